import type { Span, Token } from './types.ts';

/** Index of the first span whose end is after `offset` (spans sorted by offset, not overlapping). */
export function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token whose end is after `offset`. */
export const tokenAt: (tokens: readonly Token[], offset: number) => number = firstEndingAfter;

export type SnapMode = 'strict' | 'contract' | 'expand';

/**
 * Snaps a character span to token boundaries. strict: null unless both ends already fall on
 * boundaries; contract: the largest run of tokens inside the span; expand: the smallest run of tokens
 * that covers it. Null when no token fits.
 */
export function snapToTokens(tokens: Token[], span: Span, mode: SnapMode): Span | null {
  const first = tokenAt(tokens, span.start);
  if (first >= tokens.length) return null;
  let last = tokenAt(tokens, span.end - 1);
  if (last >= tokens.length) last = tokens.length - 1;
  if (mode === 'strict') {
    const ok = tokens[first].start === span.start && tokens[last].end === span.end;
    return ok ? { start: span.start, end: span.end } : null;
  }
  if (mode === 'expand') return { start: Math.min(tokens[first].start, span.start), end: Math.max(tokens[last].end, span.end) };
  let a = first;
  let b = last;
  while (a <= b && tokens[a].start < span.start) a++;
  while (b >= a && tokens[b].end > span.end) b--;
  return a <= b ? { start: tokens[a].start, end: tokens[b].end } : null;
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
export const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

/** Trims white space off both ends of a span of `text`. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
