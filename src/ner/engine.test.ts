import { describe, expect, it } from 'vitest';
import { docOfText } from './examples.ts';
import { createUnitTagger } from './engine.ts';
import { loadGazetteer } from './gazetteer.ts';
import { loadModel } from './model.ts';
import { DEFAULT_GAZETTEER, DEFAULT_MODEL } from './tagger.ts';
import { unitsOf } from './units.ts';

const ARTICLES = [
  'President Amadou Keïta of Mali met “the delegation” in Bamako on Tuesday.\n\nKeïta said the talks with Burkina Faso went well, and the Sahel Farmers Union agreed.\n',
  'The Nairobi Water Board raised prices again.\n\nResidents of Kibera told Grace Wanjiku that the board had not warned them. “We pay more and get less,” she said.\n',
  'Minister Okot Lagu visited Gulu and Lira last week.\n\nLagu said the Ugandan government would pay for seeds, while the World Bank loan was delayed.\n',
  'Police in Dakar arrested two men after a protest near the port.\n\nThe Senegalese Red Cross treated 14 people, according to its spokesman Ibrahima Ndiaye.\n',
];

describe('NER engine', () => {
  it('tags and scores the same with a tiny word cache (generations roll over, slots are reused)', () => {
    const model = loadModel(DEFAULT_MODEL);
    const gaz = loadGazetteer(DEFAULT_GAZETTEER);
    const big = createUnitTagger(model, gaz);
    const tiny = createUnitTagger(model, gaz, undefined, 5);
    // Twice over, so the second round finds words in either generation, or gone and recomputed.
    for (const text of [...ARTICLES, ...ARTICLES]) {
      const u = unitsOf(docOfText('t', text));
      const want: number[][] = [];
      const got: number[][] = [];
      const a = big(u, (_, scores) => want.push([...scores]));
      const b = tiny(u, (_, scores) => got.push([...scores]));
      expect(b).toEqual(a);
      expect(got).toEqual(want);
      expect(want.length).toBeGreaterThan(0);
    }
  });

  it('finds the same words by wink id as by form and POS, also while a tiny cache rolls over', () => {
    const model = loadModel(DEFAULT_MODEL);
    const gaz = loadGazetteer(DEFAULT_GAZETTEER);
    const byForm = createUnitTagger(model, gaz, undefined, 5);
    const byId = createUnitTagger(model, gaz, undefined, 5);
    for (const text of [...ARTICLES, ...ARTICLES, ...ARTICLES]) {
      const u = unitsOf(docOfText('t', text));
      expect(u.lex?.some((x) => x >= 0)).toBe(true);
      const want: number[][] = [];
      const got: number[][] = [];
      const a = byForm({ ...u, lex: undefined }, (_, scores) => want.push([...scores]));
      const b = byId(u, (_, scores) => got.push([...scores]));
      expect(b).toEqual(a);
      expect(got).toEqual(want);
    }
  });

  it('tags the same when scores outgrow 16 bits (the model times 4: same tags, margins times 4)', () => {
    const model = loadModel(DEFAULT_MODEL);
    const gaz = loadGazetteer(DEFAULT_GAZETTEER);
    const beam = typeof model.header.beam === 'number' ? model.header.beam : 60;
    const times4 = { ...model, weights: model.weights.map((w) => w * 4), trans: model.trans.map((w) => w * 4) };
    const plain = createUnitTagger(model, gaz, beam);
    const big = createUnitTagger(times4, gaz, beam * 4);
    for (const text of ARTICLES) {
      const u = unitsOf(docOfText('t', text));
      const want = plain(u).map(([a, b, t, m]) => [a, b, t, m * 4]);
      expect(want.length).toBeGreaterThan(0);
      expect(big(u)).toEqual(want);
    }
  });
});
