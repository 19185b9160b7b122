// The dependency parse of one sentence, laid out for drawing: the sentence's tokens in order, and one
// arc from each word to its head, stacked so that an arc spanning others sits above them. Pure: no DOM.

export interface ParseToken {
  text: string;
  start: number;
  end: number;
  head: number;
  rel: string;
}

export interface Arc {
  /** Sentence-local indices of the head and the dependent. */
  head: number;
  dep: number;
  rel: string;
  /** 1 for an arc over adjacent words, higher for an arc that spans shorter ones. */
  level: number;
}

export interface SentenceParse {
  tokens: ParseToken[];
  /** Document index of the sentence's first token. */
  offset: number;
  arcs: Arc[];
  /** Sentence-local indices of the words without a head inside the sentence (its root). */
  roots: number[];
}

/** The tokens of [start, end) and their arcs; a head outside the sentence counts as none. */
export function sentenceParse(all: readonly ParseToken[], start: number, end: number): SentenceParse {
  let first = all.findIndex((t) => t.start >= start);
  if (first < 0) first = all.length;
  let last = first;
  while (last < all.length && all[last].end <= end) last++;
  const tokens = all.slice(first, last);
  const arcs: Arc[] = [];
  const roots: number[] = [];
  tokens.forEach((t, i) => {
    const h = t.head - first;
    if (t.head < 0 || h < 0 || h >= tokens.length || h === i) roots.push(i);
    else arcs.push({ head: h, dep: i, rel: t.rel, level: 0 });
  });
  // shorter arcs first: each sits one above the highest arc it spans
  const span = (a: Arc) => Math.abs(a.head - a.dep);
  const order = [...arcs].sort((a, b) => span(a) - span(b) || Math.min(a.head, a.dep) - Math.min(b.head, b.dep));
  for (const a of order) {
    const lo = Math.min(a.head, a.dep);
    const hi = Math.max(a.head, a.dep);
    let below = 0;
    for (const b of order) {
      if (b === a || !b.level) continue;
      if (Math.min(b.head, b.dep) >= lo && Math.max(b.head, b.dep) <= hi) below = Math.max(below, b.level);
    }
    a.level = below + 1;
  }
  return { tokens, offset: first, arcs, roots };
}

/** Sentence-local indices of the tokens that overlap any of the spans. */
export function tokensIn(p: SentenceParse, spans: readonly { start: number; end: number }[]): Set<number> {
  const out = new Set<number>();
  p.tokens.forEach((t, i) => {
    if (spans.some((s) => t.start < s.end && s.start < t.end)) out.add(i);
  });
  return out;
}
