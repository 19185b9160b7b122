// Reads CoNLL-U treebanks (Universal Dependencies): one sentence a block, one word a line. Multiword
// ranges ("1-2") and empty nodes ("1.1") are left out: dyad parses words, as UD's basic tree does.
import { readFileSync } from 'node:fs';

export interface TreeWord {
  form: string;
  lemma: string;
  upos: string;
  /** Index of the head word in the sentence (0-based), or -1 for the root. */
  head: number;
  rel: string;
  /** Offset of the word in `text`, or -1 when the form is not found there. */
  start: number;
}

export interface TreeSentence {
  id: string;
  text: string;
  words: TreeWord[];
}

export function parseConllu(src: string): TreeSentence[] {
  const out: TreeSentence[] = [];
  let id = '';
  let text = '';
  let words: TreeWord[] = [];
  const flush = () => {
    if (words.length) out.push(place({ id, text, words }));
    id = '';
    text = '';
    words = [];
  };
  for (const line of src.split('\n')) {
    if (!line.trim()) {
      flush();
      continue;
    }
    if (line.startsWith('#')) {
      const m = /^# (sent_id|text) = (.*)$/.exec(line);
      if (m && m[1] === 'sent_id') id = m[2];
      else if (m) text = m[2];
      continue;
    }
    const c = line.split('\t');
    if (c.length < 8 || !/^\d+$/.test(c[0])) continue;
    words.push({ form: c[1], lemma: c[2], upos: c[3], head: Number(c[6]) - 1, rel: c[7], start: -1 });
  }
  flush();
  return out;
}

/** Finds each word's offset in the sentence text, in order (a word not found keeps -1). */
function place(s: TreeSentence): TreeSentence {
  if (!s.text) s.text = s.words.map((w) => w.form).join(' ');
  let at = 0;
  for (const w of s.words) {
    const k = s.text.indexOf(w.form, at);
    if (k >= 0 && k - at < 8) {
      w.start = k;
      at = k + w.form.length;
    }
  }
  return s;
}

export function readConllu(path: string): TreeSentence[] {
  return parseConllu(readFileSync(path, 'utf8'));
}

/** True when no two arcs cross (the transition system can build the tree). */
export function isProjective(heads: ArrayLike<number>): boolean {
  const n = heads.length;
  for (let d = 0; d < n; d++) {
    const h = heads[d] < 0 ? n : heads[d];
    const lo = Math.min(d, h);
    const hi = Math.max(d, h);
    for (let k = lo + 1; k < hi; k++) {
      // every word between an arc's ends must sit under the arc's head
      let a = k;
      let steps = 0;
      while (a !== h && a !== n && steps++ <= n) a = heads[a] < 0 ? n : heads[a];
      if (a !== h) return false;
    }
  }
  return true;
}
