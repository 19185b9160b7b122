import { describe, expect, it } from 'vitest';
import { buildConfig } from '../config/config.ts';
import type { Doc } from '../doc/doc.ts';
import { nlpStage } from '../nlp/stage.ts';
import { createPipeline } from '../pipeline/pipeline.ts';
import { readParties } from './parties.ts';
import { actorsStageWith } from './stage.ts';
import { analyse, ent } from './test-helpers.ts';

/** Runs the actors stage with a tagger that tags every match of `re` with `type`. */
const taggedBy = (re: RegExp, text: string, type: 'PERSON' | 'ORG' = 'PERSON'): Doc =>
  createPipeline(buildConfig({}), [nlpStage, actorsStageWith({ tagger: (d) => [...d.text.matchAll(re)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, type })) })]).analyze({ id: 't', text, date: '2016-03-01' } as never);

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

  it('knows the parties WordNet places in one country, by their full names and acronyms', () => {
    const doc = analyse('News\n\nThe GOP and the Democratic Party met. The British Labour Party did not.', '2016-03-01');
    expect(ent(doc, 'GOP').actor).toMatchObject({ id: 'wn-republican-party', country: 'USA', sector: 'PTY' });
    expect(ent(doc, 'Democratic Party').actor).toMatchObject({ country: 'USA', sector: 'PTY' });
    expect(ent(doc, 'British Labour Party').actor).toMatchObject({ country: 'GBR', sector: 'PTY' });
    const labor = analyse('News\n\nThe Labor Department said jobs grew.', '2016-03-01');
    expect(labor.get('entities').some((e) => e.actor?.country === 'GBR')).toBe(false);
  });

  it('gives a party named with its country that country', () => {
    const re = /Democratic Party of Japan/g;
    const doc = taggedBy(re, 'News\n\nThe Democratic Party of Japan lost the vote.', 'ORG');
    const found = doc.get('entities').find((e) => doc.slice(e) === 'Democratic Party of Japan');
    expect(found?.actor?.country).toBe('JPN');
  });
});
