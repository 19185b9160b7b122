import { BOS, EOS, isCapital, isLowerWord, OFFSETS, positionFeatures, quoteFlags, shortShapeOf, wordFeatures, type DocContext } from './features.ts';
import { aggregateCues, cueBits } from './aggregate.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { Units } from './units.ts';

/** The word at offset k from unit i, or the sentence-boundary pseudo-word. */
export function neighbour(u: Units, i: number, k: number, first: number, last: number): [string, string] {
  const j = i + k;
  if (j < first) return [BOS, ''];
  if (j >= last) return [EOS, ''];
  return [u.form[j], u.pos[j]];
}

/** Shapes, lower-case forms, quotation flags and document cues of all units, computed once per document. */
export function unitContext(u: Units, gaz: Gazetteer): DocContext {
  const shapes = u.form.map(shortShapeOf);
  const lowers = u.form.map((f) => f.toLowerCase());
  const quoted: boolean[] = new Array(u.form.length).fill(false);
  const lowerSeen = new Set<string>();
  const capSeen = new Set<string>();
  for (let s = 0; s < u.sentStart.length; s++) {
    quoteFlags(u.form, u.sentStart[s], u.sentEnd[s], quoted);
    for (let i = u.sentStart[s]; i < u.sentEnd[s]; i++) {
      const f = u.form[i];
      if (isLowerWord(f)) lowerSeen.add(f);
      else if (i > u.sentStart[s] && isCapital(f)) capSeen.add(f);
    }
  }
  const bits = u.form.map((f, i) => cueBits(f, lowers[i], gaz));
  const cues = aggregateCues(u.form, bits, u.form.map(isCapital), u.sentStart, u.sentEnd);
  return { shapes, lowers, quoted, lowerSeen, capSeen, cues };
}

/**
 * Every feature of unit i, as strings, in a fixed order: the words at each offset, then the position.
 * The tagger computes the same sums through a per-word cache; training and tests use this form.
 */
export function allFeatures(
  u: Units,
  i: number,
  first: number,
  last: number,
  ctx: DocContext,
  gaz: Gazetteer,
): string[] {
  const out: string[] = [];
  for (const k of OFFSETS) {
    const [form, pos] = neighbour(u, i, k, first, last);
    for (const f of wordFeatures(form, pos, k, gaz)) out.push(f);
  }
  for (const f of positionFeatures(u.form[i], i, first, last, ctx)) out.push(f);
  return out;
}
