// Treebank sentences as the parser sees them at run time: each word tagged by wink-nlp (dyad's own
// tagger), not with the treebank's gold tags, so the model learns from the tags it will be given.
import type { Token } from '../doc/types.ts';
import { tokenizeParagraphs } from '../nlp/tokenize.ts';
import { encode, type Encoded } from './encode.ts';
import type { TreeSentence } from './conllu.ts';

export interface Example {
  id: string;
  e: Encoded;
  /** Gold head of each word, -1 for the root. */
  heads: Int32Array;
  rels: string[];
}

/** wink's tag for each word of a treebank sentence: the tag of the wink token at (or over) its start. */
export function winkTags(s: TreeSentence): string[] {
  const tokens: Token[] = [];
  tokenizeParagraphs(s.text, [{ start: 0, end: s.text.length }], tokens);
  let j = 0;
  return s.words.map((w) => {
    if (w.start < 0) return 'X';
    while (j < tokens.length && tokens[j].end <= w.start) j++;
    const t = tokens[j];
    return t && t.start <= w.start ? t.pos : 'X';
  });
}

/** A treebank sentence with the tags given (by default wink's; training passes its tagger's). */
export function toExample(s: TreeSentence, tags: readonly string[] = winkTags(s)): Example {
  const pos = tags;
  return { id: s.id, e: encode(s.words.map((w) => w.form), pos), heads: Int32Array.from(s.words, (w) => w.head), rels: s.words.map((w) => w.rel) };
}
