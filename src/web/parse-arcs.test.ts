// Laying out one sentence's parse: its tokens, one arc per dependent, and arcs stacked over the ones they span.
import { describe, expect, it } from 'vitest';
import { sentenceParse, tokensIn, type ParseToken } from './parse-arcs.ts';

/** Tokens of a text split on spaces, with heads given as document indices. */
function toks(text: string, heads: number[], rels: string[], from = 0): ParseToken[] {
  let at = from;
  return text.split(' ').map((w, i) => {
    const t = { text: w, start: at, end: at + w.length, head: heads[i], rel: rels[i] };
    at += w.length + 1;
    return t;
  });
}

describe('sentenceParse', () => {
  // "Chile rejected the offer ." then "Peru agreed ." (document indices 5..7)
  const all = [
    ...toks('Chile rejected the offer .', [1, -1, 3, 1, 1], ['nsubj', 'root', 'det', 'obj', 'punct']),
    ...toks('Peru agreed .', [6, -1, 6], ['nsubj', 'root', 'punct'], 27),
  ];

  it('takes the sentence\'s own tokens, with heads made local and the root apart', () => {
    const p = sentenceParse(all, 27, 40);
    expect(p.tokens.map((t) => t.text)).toEqual(['Peru', 'agreed', '.']);
    expect(p.offset).toBe(5);
    expect(p.roots).toEqual([1]);
    expect(p.arcs.map((a) => `${a.head}>${a.dep} ${a.rel}`).sort()).toEqual(['1>0 nsubj', '1>2 punct']);
  });

  it('stacks an arc one above the highest arc it spans', () => {
    const p = sentenceParse(all, 0, 26);
    const level = Object.fromEntries(p.arcs.map((a) => [a.rel, a.level]));
    // det (offer -> the) and nsubj span nothing; obj (rejected -> offer) spans det; punct spans obj
    expect(level).toEqual({ nsubj: 1, det: 1, obj: 2, punct: 3 });
  });

  it('treats a head outside the sentence as none', () => {
    const stray = toks('Talks ended', [9, -1], ['nsubj', 'root']);
    expect(sentenceParse(stray, 0, 11).roots).toEqual([0, 1]);
  });

  it('finds the words an actor span covers', () => {
    const p = sentenceParse(all, 0, 26);
    expect([...tokensIn(p, [{ start: 0, end: 5 }, { start: 15, end: 24 }])]).toEqual([0, 2, 3]);
  });
});
