import { describe, expect, it } from 'vitest';
import { buildConfig } from '../config/config.ts';
import type { Doc } from '../doc/doc.ts';
import { nlpStage } from '../nlp/stage.ts';
import { createPipeline } from '../pipeline/pipeline.ts';
import { readParties } from './parties.ts';
import { actorsStageWith } from './stage.ts';
import { analyse, ent } from './test-helpers.ts';

/** Runs the actors stage with a tagger that tags every match of `re` as a person. */
const taggedBy = (re: RegExp, text: string): Doc =>
  createPipeline(buildConfig({}), [nlpStage, actorsStageWith({ tagger: (d) => [...d.text.matchAll(re)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, type: 'PERSON' as const })) })]).analyze({ id: 't', text, date: '2016-03-01' } as never);

describe('party words before a name', () => {
  it('reads the party file and refuses a bad row with its line', () => {
    const m = readParties('# note\nword\tcountry\twordnet\nDemocrat\tUSA\tn:1\nWhig\t-\tn:2\n', 'p.tsv');
    expect([...m]).toEqual([['democrat', 'USA'], ['whig', null]]);
    expect(() => readParties('word\tcountry\nrepublican\tUSA\n', 'p.tsv')).toThrow(/p\.tsv:2/);
  });

  it('gives an unknown person the party and its country, not a longer name', () => {
    const doc = analyse('News\n\nDemocrat Dana Weiss criticised the plan on Monday.');
    expect(ent(doc, 'Dana Weiss').actor).toMatchObject({ name: 'Dana Weiss', country: 'USA', sector: 'PTY' });
  });

  it('lends the party country to the title after it, which keeps its sector', () => {
    for (const t of ['Republican senator', 'Republican Senator']) {
      const doc = analyse(`News\n\n${t} Dana Weiss said no.`);
      expect(ent(doc, 'Dana Weiss').actor).toMatchObject({ country: 'USA', sector: 'LEG' });
    }
    expect(ent(analyse('News\n\nThe Labourite Dana Weiss said no.'), 'Dana Weiss').actor).toMatchObject({ country: 'GBR', sector: 'PTY' });
  });

  it('leaves a lower-case word alone', () => {
    const doc = analyse('News\n\nThey share republican ideals, Dana Weiss said.');
    expect(ent(doc, 'Dana Weiss').actor?.country ?? null).toBeNull();
  });

  it('strips the party word from a tagged name', () => {
    const doc = taggedBy(/Democrat Dana Weiss/g, 'News\n\nDemocrat Dana Weiss criticised the plan on Monday.');
    expect(ent(doc, 'Dana Weiss').actor).toMatchObject({ country: 'USA', sector: 'PTY' });
    const known = taggedBy(/Republican Vladimir Putin/g, 'News\n\nRepublican Vladimir Putin said no.');
    expect(ent(known, 'Vladimir Putin').actor?.id).toBe('vladimir-putin');
  });
});
