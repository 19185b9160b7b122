import { describe, expect, it } from 'vitest';
import { aggregateCues, CUE_FEATURES, cueBits } from './aggregate.ts';
import { parseGazetteer } from './gazetteer.ts';

const gaz = parseGazetteer('[title]\nMinister\n[orgword]\nMinistry\n[first]\nAmina\n', 'test');
const names = (bits: number) => CUE_FEATURES.filter(([b]) => bits & b).map(([, n]) => n);

describe('context aggregation', () => {
  it('reads cues from single words', () => {
    expect(names(cueBits('Minister', 'minister', gaz))).toEqual(['ag:title']);
    expect(names(cueBits('said', 'said', gaz))).toEqual(['ag:speech']);
    expect(names(cueBits('in', 'in', gaz))).toEqual(['ag:locprep']);
    // Head words of organisations count only when capitalised.
    expect(cueBits('ministry', 'ministry', gaz)).toBe(0);
  });

  it('gives a capitalised word the cues around all its occurrences in the article', () => {
    const form = ['Minister', 'Okello', 'spoke', '.', 'Okello', 'said', 'no', '.', 'In', 'Gulu', ',', 'Okello', 'waited', '.'];
    const bits = form.map((f) => cueBits(f, f.toLowerCase(), gaz));
    const capital = form.map((f) => f[0] !== f[0].toLowerCase());
    const cues = aggregateCues(form, bits, capital, [0, 4, 8], [4, 8, 14]);
    expect(names(cues.get('Okello')!)).toEqual(['ag:title', 'ag:speech']);
    expect(names(cues.get('Gulu')!)).toEqual(['ag:locprep']);
  });
});
