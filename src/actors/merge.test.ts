import { describe, expect, it } from 'vitest';
import { buildConfig } from '../config/config.ts';
import type { Doc } from '../doc/doc.ts';
import { nlpStage } from '../nlp/stage.ts';
import { createPipeline } from '../pipeline/pipeline.ts';
import type { NameSpan } from './ner-bridge.ts';
import { actorsStageWith } from './stage.ts';
import { ent, ents } from './test-helpers.ts';

/** A stand-in tagger that tags the given strings (every occurrence) with the given types. */
const fakeTagger = (names: [string, string][]) => (doc: Doc): NameSpan[] => {
  const out: NameSpan[] = [];
  for (const [name, type] of names) for (let i = doc.text.indexOf(name); i >= 0; i = doc.text.indexOf(name, i + 1)) out.push({ start: i, end: i + name.length, type });
  return out;
};

const run = (text: string, names: [string, string][]) =>
  createPipeline(buildConfig({}), [nlpStage, actorsStageWith({ tagger: fakeTagger(names) })]).analyze({ id: 't', text, date: '2025-06-01' } as never);

describe('merging the name tagger', () => {
  it('keeps dictionary actors and takes the tagger for names in no dictionary', () => {
    const doc = run('News\n\nVladimir Putin met Wanjiru Kamau at the Lakeside Farmers Forum in Sochi.', [
      ['Vladimir Putin', 'PERSON'],
      ['Wanjiru Kamau', 'PERSON'],
      ['Lakeside Farmers Forum', 'ORG'],
    ]);
    expect(ent(doc, 'Vladimir Putin').actor?.id).toBe('vladimir-putin');
    expect(ent(doc, 'Wanjiru Kamau').type).toBe('PERSON');
    expect(ent(doc, 'Lakeside Farmers Forum').type).toBe('ORG');
    expect(ent(doc, 'Sochi').type).toBe('LOC');
  });

  it('lets a tagged name that holds a country win, with that country', () => {
    const doc = run('News\n\nShe studied at the University of Ghana for two years.', [['University of Ghana', 'ORG']]);
    expect(ent(doc, 'University of Ghana')).toMatchObject({ type: 'ORG', actor: { country: 'GHA' } });
    expect(ents(doc, 'Ghana')).toHaveLength(0);
  });

  it('drops what the rules guessed without a dictionary when the tagger disagrees', () => {
    const doc = run('News\n\nAccording to Borgen Insight analysts, prices rose.', []);
    expect(ents(doc, 'Borgen Insight')).toHaveLength(0);
  });

  it('gives a tagged person the role of the title before it', () => {
    const doc = run('News\n\nKenyan President Amani Wekesa opened the port.', [['Amani Wekesa', 'PERSON']]);
    expect(ent(doc, 'Amani Wekesa').actor).toMatchObject({ country: 'KEN', sector: 'GOV' });
  });

  it("gives one name one type in an article, and a person's surname the person", () => {
    const text = 'News\n\nKorvex grew fast. Douglas Marwick runs Korvex. Analysts like Korvex, Marwick said.';
    const doc = createPipeline(buildConfig({}), [
      nlpStage,
      actorsStageWith({
        tagger: (d) => {
          const at = (s: string, n: number) => {
            let i = -1;
            for (let k = 0; k <= n; k++) i = d.text.indexOf(s, i + 1);
            return i;
          };
          return [
            { start: at('Korvex', 0), end: at('Korvex', 0) + 6, type: 'ORG' },
            { start: at('Douglas Marwick', 0), end: at('Douglas Marwick', 0) + 15, type: 'PERSON' },
            { start: at('Korvex', 1), end: at('Korvex', 1) + 6, type: 'ORG' },
            { start: at('Korvex', 2), end: at('Korvex', 2) + 6, type: 'LOC' },
            { start: at('Marwick', 1), end: at('Marwick', 1) + 7, type: 'LOC' },
          ];
        },
      }),
    ]).analyze({ id: 't', text, date: '2025-06-01' } as never);
    expect(ents(doc, 'Korvex').map((e) => e.type)).toEqual(['ORG', 'ORG', 'ORG']);
    expect(ents(doc, 'Marwick')[0]).toMatchObject({ type: 'PERSON', how: 'alias', actor: { name: 'Douglas Marwick' } });
  });
});
