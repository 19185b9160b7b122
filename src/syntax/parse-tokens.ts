// Parses dyad's own tokens, one sentence at a time, into the deps layer (heads as indices into tokens).
import type { Dep, Sentence, Token } from '../doc/types.ts';
import { encode } from './encode.ts';
import type { SyntaxModel } from './model-file.ts';
import { tagInput } from './tagger.ts';

/** Sentences longer than this are parsed in pieces of this many words (linear time on run-on text). */
export const MAX_WORDS = 200;

export function parseSentence(model: SyntaxModel, tokens: readonly Token[], from: number, to: number, out: Dep[]): void {
  for (let a = from; a < to; a += MAX_WORDS) {
    const b = Math.min(to, a + MAX_WORDS);
    const forms: string[] = [];
    const tags: string[] = [];
    for (let k = a; k < b; k++) forms.push(tokens[k].text), tags.push(tokens[k].pos);
    const upos = model.tagger.tag(tagInput(forms, tags));
    const p = model.parser.parse(encode(forms, upos));
    for (let k = 0; k < b - a; k++) out[a + k] = { head: p.heads[k] < 0 ? -1 : a + p.heads[k], rel: p.labels[k], upos: upos[k] };
  }
}

export function parseTokens(model: SyntaxModel, tokens: readonly Token[], sentences: readonly Sentence[]): Dep[] {
  const out: Dep[] = new Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) out[k] = { head: -1, rel: 'root', upos: tokens[k].pos };
  for (const s of sentences) parseSentence(model, tokens, s.tokenStart, s.tokenEnd, out);
  return out;
}
