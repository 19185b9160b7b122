// Words and tags as integers for the parser's features: a word is the 32-bit FNV-1a hash of its lower
// case with digits as 0 (so "1999" and "2024" share weights, and no vocabulary file is needed); a tag is
// its index in UPOS.

export const UPOS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X', 'SPACE'] as const;
const TAG = new Map<string, number>(UPOS.map((t, k) => [t, k + 1]));
/** The tag id of the virtual root word; 0 stands for "no word here". */
export const ROOT_TAG = UPOS.length + 1;

export function tagId(pos: string): number {
  return TAG.get(pos) ?? TAG.get('X')!;
}

export function wordId(form: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < form.length; k++) {
    let c = form.charCodeAt(k);
    if (c >= 65 && c <= 90) c += 32;
    else if (c >= 48 && c <= 57) c = 48;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h | 1;
}

/** The last three letters, lower-cased, as a word id: what an unseen word's ending says. */
export function suffixId(form: string): number {
  return wordId('~' + form.slice(-3));
}

/** A sentence as the parser reads it. */
export interface Encoded {
  n: number;
  words: Int32Array;
  tags: Int32Array;
  suffixes: Int32Array;
}

export function encode(forms: readonly string[], tags: readonly string[]): Encoded {
  const n = forms.length;
  const e: Encoded = { n, words: new Int32Array(n), tags: new Int32Array(n), suffixes: new Int32Array(n) };
  for (let k = 0; k < n; k++) {
    e.words[k] = wordId(forms[k]);
    e.tags[k] = tagId(tags[k]);
    e.suffixes[k] = suffixId(forms[k]);
  }
  return e;
}

/** Mixes template and values into one nonzero 32-bit feature key (a signed int, as Int32Array keeps it). */
export function mix(t: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(t + 0x9e3779b1, 0x85ebca77);
  h = Math.imul(h ^ a ^ (h >>> 15), 0xc2b2ae3d);
  h = Math.imul(h ^ b ^ (h >>> 13), 0x27d4eb2f);
  h = Math.imul(h ^ c ^ (h >>> 16), 0x165667b1);
  return (h ^ (h >>> 15)) | 1;
}

// Word and tag ids by position for the feature templates: 0 before the sentence (or no word), the root
// at n. Plain functions rather than closures made per call: the parser calls them ~40 times a move.
export function wordAt(W: Int32Array, n: number, i: number): number {
  return i < 0 ? 0 : i === n ? 1 : W[i];
}

export function tagAt(T: Int32Array, n: number, i: number): number {
  return i < 0 ? 0 : i === n ? ROOT_TAG : T[i];
}
