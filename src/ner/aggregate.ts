import type { Gazetteer } from './gazetteer.ts';

// Context aggregation (after Ratinov & Roth 2009): a capitalised word gets the cues seen around all its
// occurrences in the article, so "Ndikumana" alone in one sentence still knows that elsewhere it
// follows a first name or a title, comes after "in", or is followed by "said" or "Ministry".

const LOC_PREPS = new Set(['in', 'at', 'from', 'near', 'across', 'into', 'outside', 'inside', 'to']);
const SPEECH = new Set(['said', 'says', 'told', 'added', 'explained', 'stated', 'noted', 'announced', 'wrote']);

const TITLE = 1;
const ORGWORD = 2;
const LOCPREP = 4;
const FIRST = 8;
const SPEECH_BIT = 16;
const THE = 32;
const LOCWORD = 64;
/** Cues read from the word before, and from the word after. */
const BEFORE = TITLE | LOCPREP | FIRST | THE;
const AFTER = ORGWORD | SPEECH_BIT | LOCWORD;

/** Feature names of the aggregated cue bits, in bit order. */
export const CUE_FEATURES: readonly [number, string][] = [
  [TITLE, 'ag:title'],
  [ORGWORD, 'ag:orgword'],
  [LOCPREP, 'ag:locprep'],
  [FIRST, 'ag:first'],
  [SPEECH_BIT, 'ag:speech'],
  [THE, 'ag:the'],
  [LOCWORD, 'ag:locword'],
];

/** What a word can tell about its neighbour, as bits. */
export function cueBits(form: string, lower: string, gaz: Gazetteer): number {
  let bits = 0;
  if (LOC_PREPS.has(lower)) bits |= LOCPREP;
  if (SPEECH.has(lower)) bits |= SPEECH_BIT;
  if (lower === 'the') bits |= THE;
  const flags = gaz.flags(lower);
  if (!flags.length) return bits;
  const capital = form[0] !== lower[0];
  for (const f of flags) {
    if (f.endsWith(':title')) bits |= TITLE;
    else if (capital && f.endsWith(':orgword')) bits |= ORGWORD;
    else if (capital && f.endsWith(':locword')) bits |= LOCWORD;
    else if (capital && f === 'g:first') bits |= FIRST;
  }
  return bits;
}

/** Cue bits of every capitalised form of the article, from the words around each occurrence. */
export function aggregateCues(
  form: readonly string[],
  bits: ArrayLike<number>,
  capital: ArrayLike<boolean | number>,
  sentStart: readonly number[],
  sentEnd: readonly number[],
): Map<string, number> {
  const out = new Map<string, number>();
  for (let s = 0; s < sentStart.length; s++) {
    const a = sentStart[s];
    const b = sentEnd[s];
    for (let i = a; i < b; i++) {
      if (!capital[i]) continue;
      const m = (i > a ? bits[i - 1] & BEFORE : 0) | (i < b - 1 ? bits[i + 1] & AFTER : 0);
      out.set(form[i], (out.get(form[i]) ?? 0) | m);
    }
  }
  return out;
}
