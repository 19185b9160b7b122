import { CUE_FEATURES } from './aggregate.ts';
import type { Gazetteer } from './gazetteer.ts';

// Feature templates. A unit's features are (a) the features of the words around it, each computed
// from the word alone and marked with its offset (-2..+2), and (b) a few features of its position.
// Splitting them this way lets the tagger cache, per word, the summed weights at each offset.

export const OFFSETS = [-2, -1, 0, 1, 2] as const;
const MARK: Record<number, string> = { [-2]: 'a', [-1]: 'b', 0: 'c', 1: 'd', 2: 'e' };

export const BOS = '<S>';
export const EOS = '</S>';

/** Shape class of one character (a code point): X upper, x lower, d digit, any other kept as it is. */
const classOf = (ch: string): string => (ch >= '0' && ch <= '9' ? 'd' : ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : ch);
// The classes of ASCII characters, looked up instead of computed (no new strings per character).
const ASCII = Array.from({ length: 128 }, (_, k) => classOf(String.fromCharCode(k)));

/** Calls f with the shape class of each code point of form, in order. */
function eachClass(form: string, f: (c: string) => void): void {
  for (let i = 0; i < form.length; i++) {
    const code = form.charCodeAt(i);
    if (code < 128) {
      f(ASCII[code]);
      continue;
    }
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < form.length && (form.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    f(classOf(pair ? form.slice(i, i + 2) : form[i]));
    if (pair) i++;
  }
}

/** Word shape: X upper, x lower, d digit, other characters kept; runs longer than 3 cut to 3. */
export function shapeOf(form: string): string {
  let out = '';
  let last = '';
  let run = 0;
  eachClass(form, (c) => {
    if (c === last) {
      if (++run >= 3) return;
    } else run = 0;
    out += c;
    last = c;
  });
  return out;
}

/** Short shape: every run cut to one character ("Xx", "X.X.", "d,d"). */
export function shortShapeOf(form: string): string {
  let out = '';
  let last = '';
  eachClass(form, (c) => {
    if (c !== last) out += c;
    last = c;
  });
  return out;
}

/** Gazetteer flags of a word: only for capitalised words, except titles ("president") which count in any case. */
export function gazFlags(form: string, lower: string, gaz: Gazetteer): readonly string[] {
  const flags = gaz.flags(lower);
  if (!flags.length) return flags;
  const capital = form[0] !== lower[0];
  return capital ? flags : flags.filter((f) => f.endsWith(':title') || f.endsWith(':orgword') || f.endsWith(':locword'));
}

/** Features of one word seen at `offset` from the unit being tagged. Deterministic, in a fixed order. */
export function wordFeatures(form: string, pos: string, offset: number, gaz: Gazetteer): string[] {
  const m = MARK[offset];
  if (form === BOS || form === EOS) return [`${m}w:${form}`];
  const lower = form.toLowerCase();
  const ss = shortShapeOf(form);
  const out = [`${m}l:${lower}`, `${m}ss:${ss}`];
  if (offset === 0) {
    out.push(`${m}w:${form}`, `${m}sh:${shapeOf(form)}`, `${m}pos:${pos}`, `${m}pss:${pos}|${ss}`);
    const n = lower.length;
    for (let k = 2; k <= 4 && k < n; k++) out.push(`${m}p${k}:${lower.slice(0, k)}`, `${m}s${k}:${lower.slice(n - k)}`);
    if (n > 12) out.push(`${m}long`);
  } else if (offset === -1 || offset === 1) {
    out.push(`${m}pos:${pos}`, `${m}s3:${lower.slice(-3)}`);
  }
  for (const g of gazFlags(form, lower, gaz)) out.push(m + g);
  return out;
}

/** What the tagger knows about the whole document: words seen in lower case, and capitalised words seen inside a sentence. */
export interface DocContext {
  shapes: string[];
  lowers: string[];
  quoted: boolean[];
  lowerSeen: Set<string>;
  capSeen: Set<string>;
  /** Aggregated cue bits of capitalised forms (aggregate.ts). */
  cues: Map<string, number>;
}

export const isCapital = (form: string): boolean => form[0] !== form[0].toLowerCase();
export const isLowerWord = (form: string): boolean => form[0] !== form[0].toUpperCase();

/**
 * Features of unit i that do not come from one word alone: bias, the shape trigram, the word bigram,
 * sentence start, inside a quotation, and two document cues for a capitalised word: its lower-case
 * form is used elsewhere in the document ("Court" / "court"), and, at a sentence start, it is also
 * capitalised inside a sentence elsewhere (so it is a name, not just the first word).
 */
export function positionFeatures(form: string, i: number, first: number, last: number, c: DocContext): string[] {
  const prev = i > first ? c.shapes[i - 1] : BOS;
  const next = i < last - 1 ? c.shapes[i + 1] : EOS;
  const out = ['bias', `t:${prev}|${c.shapes[i]}|${next}`, `bg:${i > first ? c.lowers[i - 1] : BOS}|${c.lowers[i]}`];
  if (i === first) out.push(`first:${c.shapes[i]}`);
  if (c.quoted[i]) out.push('quote');
  if (isCapital(form)) {
    if (c.lowerSeen.has(c.lowers[i])) out.push('dl');
    if (i === first && c.capSeen.has(form)) out.push('dc');
    const bits = c.cues.get(form) ?? 0;
    for (const [bit, name] of CUE_FEATURES) if (bits & bit) out.push(name);
  }
  return out;
}

/** Whether each unit is inside a quotation, reading straight and curly quote marks in one sentence. */
export function quoteFlags(form: readonly string[], first: number, last: number, out: boolean[]): void {
  let open = false;
  for (let i = first; i < last; i++) {
    const f = form[i];
    if (f === '"' || f === '“' || f === '”') {
      open = f === '“' ? true : f === '”' ? false : !open;
      out[i] = false;
      continue;
    }
    out[i] = open;
  }
}
