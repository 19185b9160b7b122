import type { Doc } from '../doc/doc.ts';
import type { Sentence, Token } from '../doc/types.ts';
import { tokenizeParagraph } from '../nlp/tokenize.ts';

/**
 * The body's tokens and sentences (the nlp stage's), plus those of the other blocks the nlp stage
 * leaves out: the headline, headings, datelines and the like name actors too. Merged in text order;
 * the doc's own layers are left as they are.
 */
export function allTokens(doc: Doc): { tokens: Token[]; sentences: Sentence[] } {
  const body = doc.get('tokens');
  const bodySentences = doc.get('sentences');
  const blocks = doc.layers.blocks ?? [];
  const extra: Sentence[] = [];
  const extraTokens: Token[] = [];
  blocks.forEach((b, block) => {
    if (b.role === 'body' || b.end <= b.start) return;
    for (const s of tokenizeParagraph(doc.text, b.start, b.end, extraTokens)) extra.push({ ...s, block });
  });
  if (!extra.length) return { tokens: body, sentences: bodySentences };
  const all = [...bodySentences.map((s) => ({ s, toks: body })), ...extra.map((s) => ({ s, toks: extraTokens }))].sort((x, y) => x.s.start - y.s.start);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (const { s, toks } of all) {
    const start = tokens.length;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) tokens.push(toks[k]);
    sentences.push({ ...s, tokenStart: start, tokenEnd: tokens.length });
  }
  return { tokens, sentences };
}
