import { describe, expect, it } from 'vitest';
import { buildConfig } from '../config/config.ts';
import type { Doc } from '../doc/doc.ts';
import { nlpStage } from '../nlp/stage.ts';
import { createPipeline } from '../pipeline/pipeline.ts';
import type { NameSpan } from './ner-bridge.ts';
import { actorsStageWith } from './stage.ts';
import { analyse, ents } from './test-helpers.ts';

/** A stand-in tagger that, like the shipped one, tags a name with its possessive ending ("Trump’s"). */
const possessiveTagger = (doc: Doc): NameSpan[] => {
  const out: NameSpan[] = [];
  for (const m of doc.text.matchAll(/\b(?:Pavel Orlik|Orlik|Dana Weiss|Pavel Weiss|Weiss)(?:['’]s)?/g)) out.push({ start: m.index!, end: m.index! + m[0].length, type: 'PERSON' });
  return out;
};
const tagged = (text: string) =>
  createPipeline(buildConfig({}), [nlpStage, actorsStageWith({ tagger: possessiveTagger })]).analyze({ id: 't', text, date: '2016-03-01' } as never);

const actorsOf = (doc: Doc, surface: string) => ents(doc, surface).map((e) => e.actor?.name ?? null);

describe('one actor per person within an article', () => {
  it('links a possessive surname to the full name, with either apostrophe', () => {
    const doc = tagged("News\n\nPavel Orlik spoke on Monday. Orlik's aides agreed. Critics differ from Orlik’s. They attacked Orlik’s plan.");
    expect(actorsOf(doc, 'Orlik')).toEqual(['Pavel Orlik', 'Pavel Orlik', 'Pavel Orlik']);
    expect(ents(doc, "Orlik's")).toHaveLength(0);
  });

  it('keeps a dictionary person whose name the tagger reads with a possessive', () => {
    const doc = tagged("News\n\nVladimir Putin’s plan failed. Critics differ from Putin’s.");
    expect(ents(doc, 'Vladimir Putin')[0].actor?.id).toBe('vladimir-putin');
  });

  it('keeps a dictionary person when the tagger reads a label before the name', () => {
    const doc = createPipeline(buildConfig({}), [nlpStage, actorsStageWith({ tagger: (d) => [{ start: d.text.indexOf('Conservative'), end: d.text.indexOf(' said'), type: 'PERSON' }] })]).analyze({ id: 't', text: 'News\n\nConservative Vladimir Putin said no.', date: '2016-03-01' } as never);
    expect(ents(doc, 'Vladimir Putin')[0]?.actor?.id).toBe('vladimir-putin');
  });

  it('keeps a tagged honorific before a known full name as the name, with the known person', () => {
    const run = (text: string, span: string) =>
      createPipeline(buildConfig({}), [nlpStage, actorsStageWith({ tagger: (d) => [{ start: d.text.indexOf(span), end: d.text.indexOf(span) + span.length, type: 'PERSON' }] })]).analyze({ id: 't', text, date: '2016-03-01' } as never);
    const honoured = run('News\n\nTan Sri Vladimir Putin said no.', 'Tan Sri Vladimir Putin');
    expect(ents(honoured, 'Tan Sri Vladimir Putin')[0]?.actor?.id).toBe('vladimir-putin');
    expect(ents(honoured, 'Vladimir Putin')).toHaveLength(0);
    // A title and a demonym are labels: the name is the dictionary's.
    const titled = run('News\n\nRussian President Vladimir Putin said no.', 'Russian President Vladimir Putin');
    expect(ents(titled, 'Vladimir Putin')[0]?.actor?.id).toBe('vladimir-putin');
    expect(ents(titled, 'Russian President Vladimir Putin')).toHaveLength(0);
  });

  it('links a possessive at the end of a sentence without the tagger', () => {
    const doc = analyse('News\n\nDana Weiss arrived. It is different from Weiss’s. Weiss left.');
    expect(ents(doc, 'Weiss').map((e) => e.actor?.name)).toEqual(['Dana Weiss', 'Dana Weiss']);
  });

  it('links a surname to the one full name given later in the article', () => {
    const doc = tagged('News\n\nOrlik spoke first. Later Pavel Orlik arrived. Orlik left.');
    expect(actorsOf(doc, 'Orlik')).toEqual(['Pavel Orlik', 'Pavel Orlik']);
  });

  it('leaves a surname alone when two people of the article share it', () => {
    const doc = tagged('News\n\nWeiss spoke first. Later Dana Weiss and Pavel Weiss arrived.');
    expect(actorsOf(doc, 'Weiss')).toEqual(['Weiss']);
  });
});
