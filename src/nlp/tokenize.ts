import type { Token } from '../doc/types.ts';
import { wink } from './wink.ts';

export interface RawSentence {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
}

/** Between two paragraphs in the text given to wink: wink reads it as one whitespace token. */
const SEP = '\n\n';

/** The longest run of non-space characters wink is given: its tokenizer is quadratic in a token's length. */
export const MAX_RUN = 256;

/**
 * The text with a space in place of every MAX_RUN-th character of a longer run of non-space
 * characters (a 128 KB "word" took wink 12 s), so no token is longer; same length, same offsets.
 * No word or link in prose is that long; such a run is binary or a dump, and loses those characters.
 */
export function breakLongRuns(s: string): string {
  let chars: string[] | null = null;
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c > 0xff && /\s/.test(s[i]));
    if (space) {
      run = 0;
      continue;
    }
    if (++run <= MAX_RUN) continue;
    chars ??= s.split('');
    chars[i] = ' ';
    // never half of a surrogate pair: both halves go
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) chars[++i] = ' ';
    else if (c >= 0xdc00 && c <= 0xdfff) chars[i - 1] = ' ';
    run = 0;
  }
  return chars ? chars.join('') : s;
}

/**
 * Tokenises paragraphs with one wink document (each readDoc has a fixed cost: one per article instead
 * of one per paragraph saves about 15%, with the same tokens, POS, lemmas and sentences on 1,792 news
 * articles) and returns the sentences of each paragraph. Tokens are mapped back to offsets in the full
 * text: wink keeps the spaces before each token; a token whose value does not match the text at the
 * cursor (wink expands some contractions) is found by a short forward search instead. wink does not end
 * a sentence at a paragraph break, so a sentence it reads across one is cut there; the whitespace token
 * it makes of the break between paragraphs is left out.
 */
export function tokenizeParagraphs(text: string, paras: readonly { start: number; end: number }[], tokens: Token[]): RawSentence[][] {
  const out: RawSentence[][] = paras.map(() => []);
  if (!paras.length) return out;
  const nlp = wink();
  const its = nlp.its;
  const joined = breakLongRuns(paras.map((p) => text.slice(p.start, p.end)).join(SEP));
  const wdoc = nlp.readDoc(joined);
  const values = wdoc.tokens().out(its.value) as string[];
  const spaces = wdoc.tokens().out(its.precedingSpaces) as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  const lex = wdoc.tokens().out(its.uniqueId) as unknown as number[];
  // wink gives no lemma for a part of some expanded contractions ("cannot"): the word's lower case stands in.
  const lemma = wdoc.tokens().out(its.lemma as any) as (string | undefined)[];
  // For each wink token: the index of its token in `tokens`, or -1 (separator, or past the paragraph).
  const at = new Int32Array(values.length).fill(-1);
  const paraOf = new Int32Array(values.length).fill(-1);
  let p = 0;
  let pStart = 0;
  let pEnd = paras[0].end - paras[0].start;
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    let x = cursor + spaces[i].length;
    if (x >= pEnd) {
      // Past this paragraph: the whitespace token wink makes of the separator, or the next paragraph.
      if (p === paras.length - 1) continue;
      if (pos[i] === 'SPACE' && v.trim() === '') {
        cursor = x + v.length;
        continue;
      }
      while (p < paras.length - 1 && x >= pEnd) {
        p++;
        pStart = pEnd + SEP.length;
        pEnd = pStart + paras[p].end - paras[p].start;
      }
      cursor = Math.max(cursor, pStart);
      x = Math.max(x, cursor);
    }
    let exact = joined.startsWith(v, x);
    if (!exact) {
      const found = joined.indexOf(v, cursor);
      if (found >= 0 && found - cursor < 16) (x = found), (exact = true);
    }
    if (x >= pEnd) {
      cursor = Math.max(cursor, x);
      continue;
    }
    const len = exact ? v.length : Math.max(1, Math.min(v.length, pEnd - x));
    const s = paras[p].start + (x - pStart);
    at[i] = tokens.length;
    paraOf[i] = p;
    tokens.push({ start: s, end: s + len, text: exact ? v : joined.slice(x, x + len), lex: exact ? lex[i] : -1, pos: pos[i], norm: v.toLowerCase(), lemma: lemma[i] ?? v.toLowerCase() });
    cursor = x + len;
  }
  const spans = wdoc.sentences().out(its.span) as unknown as [number, number][];
  for (const [a, b] of spans) {
    let first = -1;
    let last = -1;
    let para = -1;
    const flush = () => {
      if (first >= 0) out[para].push({ start: tokens[first].start, end: tokens[last].end, tokenStart: first, tokenEnd: last + 1 });
      first = -1;
    };
    for (let i = a; i <= b && i < values.length; i++) {
      const k = at[i];
      if (k < 0) continue;
      if (paraOf[i] !== para) {
        flush();
        para = paraOf[i];
      }
      if (first < 0) first = k;
      last = k;
    }
    flush();
  }
  return out;
}
