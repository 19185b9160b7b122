// Attachment scores on a treebank, two ways: on the treebank's own words (tagged by wink), and end to
// end on dyad's tokens and sentences of the raw sentence text, where a gold word counts as right only
// when a dyad token has exactly its span, that token's head has exactly the gold head's span (or both
// are roots) and, for LAS, the relation matches.
import type { Token } from '../doc/types.ts';
import { tokenizeParagraphs } from '../nlp/tokenize.ts';
import { joinQuotedSentences } from '../nlp/quote-balance.ts';
import type { TreeSentence } from './conllu.ts';
import { parseTokens } from './parse-tokens.ts';
import type { SyntaxModel } from './model-file.ts';
import { tagInput } from './tagger.ts';
import { toExample, winkTags } from './treebank.ts';

export interface Scores {
  words: number;
  /** Unlabelled attachment, labelled with the universal relation (CoNLL 2018), and with the subtype. */
  uas: number;
  las: number;
  lasFull: number;
  /** Share of gold words that a dyad token has exactly (end to end only). */
  aligned?: number;
}

const universal = (r: string) => r.split(':')[0];

export function scoreGoldWords(model: SyntaxModel, sents: readonly TreeSentence[]): Scores & { tags: number } {
  let n = 0, u = 0, l = 0, f = 0, t = 0;
  for (const s of sents) {
    const forms = s.words.map((w) => w.form);
    const tags = model.tagger.tag(tagInput(forms, winkTags(s)));
    tags.forEach((g, k) => { if (g === s.words[k].upos) t++; });
    const x = toExample(s, tags);
    const p = model.parser.parse(x.e);
    for (let d = 0; d < x.e.n; d++) {
      n++;
      if (p.heads[d] !== x.heads[d]) continue;
      u++;
      if (universal(p.labels[d]) === universal(x.rels[d])) l++;
      if (p.labels[d] === x.rels[d]) f++;
    }
  }
  return { words: n, uas: u / n, las: l / n, lasFull: f / n, tags: t / n };
}

export function scoreDyadTokens(model: SyntaxModel, sents: readonly TreeSentence[]): Scores {
  let n = 0, a = 0, u = 0, l = 0, f = 0;
  for (const s of sents) {
    const tokens: Token[] = [];
    const [raw] = tokenizeParagraphs(s.text, [{ start: 0, end: s.text.length }], tokens);
    const sentences = joinQuotedSentences(s.text, raw).map((r) => ({ ...r, block: 0 }));
    const deps = parseTokens(model, tokens, sentences);
    const byStart = new Map<number, number>();
    tokens.forEach((t, k) => byStart.set(t.start, k));
    const tokOf = s.words.map((w) => {
      const k = w.start < 0 ? undefined : byStart.get(w.start);
      return k !== undefined && tokens[k].end === w.start + w.form.length ? k : -1;
    });
    s.words.forEach((w, d) => {
      n++;
      const k = tokOf[d];
      if (k < 0) return;
      a++;
      const h = deps[k].head;
      const ok = w.head < 0 ? h < 0 : h >= 0 && tokOf[w.head] === h;
      if (!ok) return;
      u++;
      if (universal(deps[k].rel) === universal(w.rel)) l++;
      if (deps[k].rel === w.rel) f++;
    });
  }
  return { words: n, uas: u / n, las: l / n, lasFull: f / n, aligned: a / n };
}
