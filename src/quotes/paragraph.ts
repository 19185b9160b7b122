import type { Doc } from '../doc/doc.ts';
import type { Token } from '../doc/types.ts';
import { findQuotes, type MarkedQuote } from './marks.ts';
import { useText } from './speaker.ts';

/** A quotation with the tokens it covers: [ti, tj). */
export interface TokQuote extends MarkedQuote {
  ti: number;
  tj: number;
}

/** One body paragraph as the quote rules read it: its tokens, quotations and narrative sentences. */
export interface Paragraph {
  block: number;
  start: number;
  end: number;
  t0: number;
  t1: number;
  quotes: TokQuote[];
  /** For each token of [t0, t1): the index of the quotation it lies in, or -1. */
  inQuote: Int32Array;
  /** Narrative sentences as token ranges: split at . ! ? outside quotations. */
  sentences: [number, number][];
}

const isEnd = (n: string) => n === '.' || n === '!' || n === '?';
/** [A-Za-z0-9]; NaN (past the text's end) is none. */
const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The body paragraphs that have tokens, each with its quotations mapped to tokens. */
export function paragraphs(doc: Doc): Paragraph[] {
  const tokens = doc.get('tokens');
  useText(tokens, doc.text);
  const blocks = doc.get('blocks');
  const out: Paragraph[] = [];
  let cur: Paragraph | null = null;
  for (const s of doc.get('sentences')) {
    if (!cur || cur.block !== s.block) {
      const b = blocks[s.block];
      cur = { block: s.block, start: b.start, end: b.end, t0: s.tokenStart, t1: s.tokenEnd, quotes: [], inQuote: new Int32Array(0), sentences: [] };
      out.push(cur);
    } else cur.t1 = Math.max(cur.t1, s.tokenEnd);
  }
  for (const p of out) fill(doc.text, tokens, p);
  return out;
}

function fill(text: string, tokens: Token[], p: Paragraph): void {
  const marked = findQuotes(text, p.start, p.end);
  const inQ = new Int32Array(p.t1 - p.t0).fill(-1);
  let k = p.t0;
  for (let qi = 0; qi < marked.length; qi++) {
    const m = marked[qi];
    while (k < p.t1 && tokens[k].end <= m.start) k++;
    const ti = k;
    while (k < p.t1 && tokens[k].start < m.end) inQ[k++ - p.t0] = qi;
    p.quotes.push({ ...m, ti, tj: k });
  }
  p.inQuote = inQ;
  let a = p.t0;
  for (let i = p.t0; i < p.t1; i++) {
    const q = inQ[i - p.t0];
    const last = q >= 0 ? p.quotes[q].tj - 1 : -1;
    // A quotation closing a sentence (“… .”) ends it only if a capital follows.
    // a point before a closing parenthesis is an abbreviation's ("(D-Ore.)"), not a sentence end
    const ends = q < 0 ? isEnd(tokens[i].norm) && !isAsciiAlnum(text.charCodeAt(tokens[i].end)) && text[tokens[i].end] !== ')' : i === last && endsSentence(text, p.quotes[q]) && i + 1 < p.t1 && /^[A-Z“"']/.test(text[tokens[i + 1].start]);
    if (ends) {
      p.sentences.push([a, i + 1]);
      a = i + 1;
    }
  }
  if (a < p.t1) p.sentences.push([a, p.t1]);
}

const CLOSING = /(?:["”»]|'')+$/;

/** The text of a quotation without its closing mark. */
export const innerEnd = (text: string, q: { start: number; end: number }): string => text.slice(q.start, q.end).replace(CLOSING, '').trimEnd();

/** Whether a quotation ends its sentence inside the marks ("… today."). */
const endsSentence = (text: string, q: { start: number; end: number }) => /[.!?]$/.test(innerEnd(text, q));
