import { describe, expect, it } from 'vitest';
import { docOfText } from './examples.ts';
import { createUnitTagger } from './engine.ts';
import { shapeOf, shortShapeOf, wordFeatures } from './features.ts';
import { parseGazetteer } from './gazetteer.ts';
import { loadModel } from './model.ts';
import { DEFAULT_GAZETTEER, DEFAULT_MODEL } from './tagger.ts';
import { loadGazetteer } from './gazetteer.ts';
import { allFeatures, unitContext } from './unit-features.ts';
import { unitsOf } from './units.ts';

const gaz = parseGazetteer('[country]\nBurkina Faso\nMali\n[title]\nPresident\n', 'test');
const TEXT = 'President Amadou Keïta of Mali met “the delegation” in Bamako.\n\nKeïta said the talks with Burkina Faso went well.\n';

describe('NER features', () => {
  it('computes shapes', () => {
    expect(shapeOf('Keïta')).toBe('Xxxx');
    expect(shapeOf('U.S.')).toBe('X.X.');
    expect(shapeOf('2024')).toBe('ddd');
    expect(shortShapeOf('McCarthy')).toBe('XxXx');
  });

  it('gives the same features for the same word every time, in a fixed order', () => {
    const a = wordFeatures('Mali', 'PROPN', 0, gaz);
    expect(wordFeatures('Mali', 'PROPN', 0, gaz)).toEqual(a);
    expect(a).toContain('cg:country');
    expect(wordFeatures('Faso', 'PROPN', -1, gaz)).toContain('bgp:country');
    // A gazetteer word in lower case is not a name, except titles.
    expect(wordFeatures('mali', 'NOUN', 0, gaz).some((f) => f.includes('country'))).toBe(false);
    expect(wordFeatures('president', 'NOUN', 0, gaz)).toContain('cg:title');
  });

  it('extracts the same features from the same document twice', () => {
    const u = unitsOf(docOfText('t', TEXT));
    const ctx = unitContext(u, gaz);
    const run = () => u.form.map((_, i) => {
      const s = u.sentStart.findIndex((a, k) => a <= i && i < u.sentEnd[k]);
      return allFeatures(u, i, u.sentStart[s], u.sentEnd[s], ctx, gaz).join(' ');
    });
    expect(run()).toEqual(run());
    // "Keïta" opens the second sentence and is capitalised mid-sentence in the first: the "dc" cue.
    const k = u.sentStart[1];
    expect(u.form[k]).toBe('Keïta');
    expect(allFeatures(u, k, k, u.sentEnd[1], ctx, gaz)).toContain('dc');
  });

  it('scores units exactly as the sum of their feature weights (the cache changes nothing)', () => {
    const model = loadModel(DEFAULT_MODEL);
    const big = loadGazetteer(DEFAULT_GAZETTEER);
    const u = unitsOf(docOfText('t', TEXT));
    const ctx = unitContext(u, big);
    const T = model.tags.length;
    const tag = createUnitTagger(model, big);
    let checked = 0;
    tag(u, (s, scores) => {
      for (let i = u.sentStart[s]; i < u.sentEnd[s]; i++) {
        const want = new Float64Array(T);
        for (const f of allFeatures(u, i, u.sentStart[s], u.sentEnd[s], ctx, big)) {
          const r = model.index.get(f);
          if (r !== undefined) for (let t = 0; t < T; t++) want[t] += model.weights[r * T + t];
        }
        const at = (i - u.sentStart[s]) * T;
        for (let t = 0; t < T; t++) expect(scores[at + t]).toBeCloseTo(want[t], 3);
        checked++;
      }
    });
    expect(checked).toBe(u.form.length);
  });
});
