import type { Doc } from '../doc/doc.ts';
import type { Sentence, Token } from '../doc/types.ts';

// Words (with inner dots, apostrophes, ampersands: "U.S.", "O'Neill", "AT&T"), or any other mark.
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}.'’&]*[\p{L}\p{N}.])?|[^\s\p{L}\p{N}]/gu;
const INITIALS = /^(?:\p{L}\.)+$/u;

/**
 * Tokens of a line the nlp stage leaves out (headline, heading, dateline...), the way wink splits body
 * text: hyphens and "'s" apart, a final period apart unless the word is initials ("U.S."). Capitalised
 * words are tagged PROPN, marks PUNCT, the rest X: these lines are short and often in title case, so
 * a tagger would add little.
 */
export function lineTokens(text: string, start: number, end: number, out: Token[]): void {
  WORD.lastIndex = 0;
  const line = text.slice(start, end);
  for (let m = WORD.exec(line); m; m = WORD.exec(line)) {
    let v = m[0];
    let at = start + m.index;
    const parts: string[] = [];
    const poss = /['’]s$/i.exec(v);
    if (poss && v.length > 2) (v = v.slice(0, -2)), parts.push(poss[0]);
    if (v.length > 1 && v.endsWith('.') && !INITIALS.test(v)) (v = v.slice(0, -1)), parts.unshift('.');
    for (const t of [v, ...parts]) {
      const c = t[0];
      const pos = /[\p{L}\p{N}]/u.test(c) ? (c !== c.toLowerCase() ? 'PROPN' : 'X') : 'PUNCT';
      out.push({ start: at, end: at + t.length, text: t, lex: -1, pos, norm: t.toLowerCase(), lemma: t.toLowerCase() });
      at += t.length;
    }
  }
}

/**
 * The body's tokens and sentences (the nlp stage's), plus those of the other blocks the nlp stage
 * leaves out: the headline, headings, datelines and the like name actors too. Each such block is one
 * sentence. Merged in text order; the doc's own layers are left as they are.
 */
export function allTokens(doc: Doc): { tokens: Token[]; sentences: Sentence[] } {
  const body = doc.get('tokens');
  const bodySentences = doc.get('sentences');
  const blocks = doc.layers.blocks ?? [];
  const extra: Sentence[] = [];
  const extraTokens: Token[] = [];
  blocks.forEach((b, block) => {
    if (b.role === 'body' || b.end <= b.start) return;
    const first = extraTokens.length;
    lineTokens(doc.text, b.start, b.end, extraTokens);
    if (extraTokens.length > first) extra.push({ start: b.start, end: b.end, block, tokenStart: first, tokenEnd: extraTokens.length });
  });
  if (!extra.length) return splitPossessives(body, bodySentences);
  const all = [...bodySentences.map((s) => ({ s, toks: body })), ...extra.map((s) => ({ s, toks: extraTokens }))].sort((x, y) => x.s.start - y.s.start);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (const { s, toks } of all) {
    const start = tokens.length;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) tokens.push(toks[k]);
    sentences.push({ start: s.start, end: s.end, block: s.block, tokenStart: start, tokenEnd: tokens.length });
  }
  return splitPossessives(tokens, sentences);
}

const POSSESSIVE_END = /^(\p{Lu}.*?)(['’]s)$/u;

/**
 * Splits a capitalised word that kept its possessive ("Trump’s" before a period, as wink leaves it)
 * into the name and "’s", as wink splits it elsewhere, so the name matches its dictionary form and
 * links to the person's other mentions. Returns the input unchanged when there is none.
 */
export function splitPossessives(tokens: Token[], sentences: Sentence[]): { tokens: Token[]; sentences: Sentence[] } {
  let any = false;
  for (const t of tokens) if (t.text.length > 3 && POSSESSIVE_END.test(t.text)) any = true;
  if (!any) return { tokens, sentences };
  const out: Token[] = [];
  const outSentences: Sentence[] = [];
  for (const s of sentences) {
    const first = out.length;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = tokens[k];
      const m = t.text.length > 3 ? POSSESSIVE_END.exec(t.text) : null;
      if (!m) {
        out.push(t);
        continue;
      }
      const cut = t.start + m[1].length;
      const name = m[1];
      out.push({ ...t, end: cut, text: name, norm: name.toLowerCase(), lemma: name.toLowerCase() });
      out.push({ ...t, start: cut, text: m[2], pos: 'PART', norm: m[2].toLowerCase(), lemma: m[2].toLowerCase() });
    }
    outSentences.push({ ...s, tokenStart: first, tokenEnd: out.length });
  }
  return { tokens: out, sentences: outSentences };
}
