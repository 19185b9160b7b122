import type { Token } from '../doc/types.ts';
import { wink } from './wink.ts';

export interface RawSentence {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
}

/**
 * Tokenises one paragraph with wink and maps tokens back to offsets in the full text. wink keeps the
 * spaces before each token; a token whose value does not match the text at the cursor (wink expands
 * some contractions) is found by a short forward search instead.
 */
export function tokenizeParagraph(text: string, start: number, end: number, tokens: Token[]): RawSentence[] {
  const nlp = wink();
  const its = nlp.its;
  const para = text.slice(start, end);
  const wdoc = nlp.readDoc(para);
  const values = wdoc.tokens().out(its.value) as string[];
  const spaces = wdoc.tokens().out(its.precedingSpaces) as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  const lemma = wdoc.tokens().out(its.lemma as any) as string[];
  const base = tokens.length;
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    let at = cursor + spaces[i].length;
    if (para.startsWith(v, at) === false) {
      const found = para.indexOf(v, cursor);
      at = found >= 0 && found - cursor < 16 ? found : at;
    }
    const len = para.startsWith(v, at) ? v.length : Math.max(1, Math.min(v.length, para.length - at));
    if (at >= para.length) break;
    tokens.push({ start: start + at, end: start + at + len, pos: pos[i], norm: v.toLowerCase(), lemma: lemma[i] });
    cursor = at + len;
  }
  const out: RawSentence[] = [];
  const spans = wdoc.sentences().out(its.span) as unknown as [number, number][];
  for (const [a, b] of spans) {
    const ta = base + a;
    const tb = Math.min(base + b + 1, tokens.length);
    if (ta >= tb) continue;
    out.push({ start: tokens[ta].start, end: tokens[tb - 1].end, tokenStart: ta, tokenEnd: tb });
  }
  return out;
}
