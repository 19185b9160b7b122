// Test helper: tokens and deps from a CoNLL-U-like text written by hand. One token a line,
// `id form lemma upos head rel` separated by spaces; ids and heads count from 1 inside each sentence,
// head 0 is the root; a blank line starts the next sentence. Returned indices are global.
import type { Dep, Token } from '../../doc/types.ts';

export interface Parsed {
  tokens: Token[];
  deps: Dep[];
  text: string;
  /** Global index of the first token whose form is `form` (the `n`th such, from 0). */
  at(form: string, n?: number): number;
}

export function parse(conll: string): Parsed {
  const tokens: Token[] = [];
  const deps: Dep[] = [];
  let text = '';
  let base = 0;
  let inSentence = 0;
  for (const raw of conll.split('\n')) {
    const line = raw.trim();
    if (!line) {
      base += inSentence;
      inSentence = 0;
      continue;
    }
    const [id, form, lemma, upos, head, rel] = line.split(/\s+/);
    if (rel === undefined) throw new Error(`test-parse: six fields wanted in "${line}"`);
    if (Number(id) !== inSentence + 1) throw new Error(`test-parse: id ${id} out of order in "${line}"`);
    if (text) text += ' ';
    const start = text.length;
    text += form;
    tokens.push({ start, end: text.length, text: form, lex: -1, pos: upos, norm: form.toLowerCase(), lemma });
    deps.push({ head: Number(head) === 0 ? -1 : base + Number(head) - 1, rel, upos });
    inSentence++;
  }
  const at = (form: string, n = 0): number => {
    let seen = 0;
    for (let i = 0; i < tokens.length; i++) if (tokens[i].text === form && seen++ === n) return i;
    throw new Error(`test-parse: no token "${form}" #${n}`);
  };
  return { tokens, deps, text, at };
}
