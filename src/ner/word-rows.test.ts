import { describe, expect, it } from 'vitest';
import { BOS, OFFSETS, wordFeatures } from './features.ts';
import { parseGazetteer } from './gazetteer.ts';
import { bigramIndex, createRowPool, createWordRows, splitIndex } from './word-rows.ts';

const gaz = parseGazetteer('[country]\nBurkina Faso\nMali\n[title]\nPresident\n[first]\nAmadou\n', 'test');
const T = 3;

/** A toy model: every feature that wordFeatures can name for these words gets a row of its own. */
function toyModel(words: [string, string][]) {
  const index = new Map<string, number>();
  for (const [form, pos] of words) for (const k of OFFSETS) for (const f of wordFeatures(form, pos, k, gaz)) if (!index.has(f)) index.set(f, index.size);
  // A feature the words never use, and bigrams with bars inside a word.
  for (const f of ['cl:unused', 'bg:a|b|c', 'bg:<S>|the']) index.set(f, index.size);
  const weights = Int32Array.from({ length: index.size * T }, (_, k) => ((k * 7919) % 201) - 100);
  return { index, weights };
}

describe('word rows', () => {
  const words: [string, string][] = [
    ['Mali', 'PROPN'],
    ['Faso', 'PROPN'],
    ['president', 'NOUN'],
    ['Amadou', 'PROPN'],
    // Non-ASCII at the start, inside the prefixes, at the end (prefixes and suffixes looked up by string).
    ['Ōtara', 'PROPN'],
    ['naïveté', 'NOUN'],
    ['Ngozí', 'PROPN'],
    ['São', 'PROPN'],
    ['of', 'ADP'],
    ['intergovernmental', 'ADJ'],
    ['a|b', 'SYM'],
    ['U.S.', 'PROPN'],
    ['7', 'NUM'],
    [BOS, ''],
  ];
  const { index, weights } = toyModel(words);
  const wordRows = createWordRows(weights, T, gaz, splitIndex(index, T));

  it('sums exactly the rows of the features wordFeatures names, at each offset', () => {
    for (const [form, pos] of words) {
      const got = wordRows(form, pos, form === BOS ? form : form.toLowerCase());
      OFFSETS.forEach((k, o) => {
        const want = new Int32Array(T);
        for (const f of wordFeatures(form, pos, k, gaz)) {
          const r = index.get(f);
          if (r !== undefined) for (let t = 0; t < T; t++) want[t] += weights[r * T + t];
        }
        expect(Array.from(got.subarray(o * T, o * T + T)), `${form} at ${k}`).toEqual(Array.from(want));
      });
    }
  });

  it('finds a bigram row under every split of its name, as the joined name would', () => {
    const bg = bigramIndex(splitIndex(index, T));
    const row = index.get('bg:a|b|c')! * T;
    expect(bg.get('a')?.get('b|c')).toBe(row);
    expect(bg.get('a|b')?.get('c')).toBe(row);
    expect(bg.get('<S>')?.get('the')).toBe(index.get('bg:<S>|the')! * T);
    expect(bg.get('the')).toBeUndefined();
  });

  it('keeps rows in one array: 16-bit until a score does not fit, then 32-bit with the same values', () => {
    const weights = Int32Array.from([1, -2, 3, 4, 5, -6]);
    const pool = createRowPool(weights, 3, 6, 1);
    expect(pool.rows()).toBeInstanceOf(Int16Array);
    expect([...pool.rows().subarray(0, 6)]).toEqual([...weights]);
    expect([...pool.rows().subarray(pool.zero, pool.zero + 3)]).toEqual([0, 0, 0]);
    const read = (at: number) => [...pool.rows().subarray(at, at + 6)];
    const a = pool.store(Int32Array.from([7, 8, 9, 10, 11, -32768]));
    // Past the reserved slot: the array grows.
    const b = pool.store(Int32Array.from([1, 1, 1, 1, 1, 32767]));
    expect(pool.rows()).toBeInstanceOf(Int16Array);
    const c = pool.store(Int32Array.from([40000, 0, 0, 0, 0, -40000]));
    expect(pool.rows()).toBeInstanceOf(Int32Array);
    expect(read(a)).toEqual([7, 8, 9, 10, 11, -32768]);
    expect(read(b)).toEqual([1, 1, 1, 1, 1, 32767]);
    expect(read(c)).toEqual([40000, 0, 0, 0, 0, -40000]);
    expect(new Set([a, b, c]).size).toBe(3);
    // A slot given back is used again.
    pool.release(b);
    expect(pool.store(Int32Array.from([2, 2, 2, 2, 2, 2]))).toBe(b);
    expect(read(b)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(read(a)).toEqual([7, 8, 9, 10, 11, -32768]);
  });

  it('starts 32-bit when a model weight does not fit 16 bits', () => {
    expect(createRowPool(Int32Array.from([1, 2, 70000]), 3, 6, 2).rows()).toBeInstanceOf(Int32Array);
  });
});
