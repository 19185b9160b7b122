// The features of a parser state: words, tags and word endings at the top of the stack and the front of
// the buffer, their leftmost and rightmost dependents, distance and valency (after Zhang and Nivre 2011,
// "Transition-based dependency parsing with rich non-local features", without the label features: dyad
// labels the finished tree apart, see labeler.ts).
import { mix, ROOT_TAG, tagAt, wordAt, type Encoded } from './encode.ts';
import type { State } from './state.ts';

export const MAX_FEATURES = 64;

export function stateFeatures(s: State, e: Encoded, keys: Int32Array): number {
  const n = s.n;
  const W = e.words;
  const T = e.tags;
  const d = s.depth;
  const s0 = d > 0 ? s.stack[d - 1] : -1;
  const s1 = d > 1 ? s.stack[d - 2] : -1;
  const s2 = d > 2 ? s.stack[d - 3] : -1;
  const b0 = s.next < n ? s.next : -1;
  const b1 = s.next + 1 < n ? s.next + 1 : -1;
  const b2 = s.next + 2 < n ? s.next + 2 : -1;
  const s0w = wordAt(W, n, s0), s0t = tagAt(T, n, s0), s1w = wordAt(W, n, s1), s1t = tagAt(T, n, s1), b0w = wordAt(W, n, b0), b0t = tagAt(T, n, b0), b1w = wordAt(W, n, b1), b1t = tagAt(T, n, b1);
  const s2t = tagAt(T, n, s2), b2t = tagAt(T, n, b2), b2w = wordAt(W, n, b2);
  const s0l = s0 >= 0 ? s.l1[s0] : -1, s0l2 = s0 >= 0 ? s.l2[s0] : -1;
  const s0r = s0 >= 0 ? s.r1[s0] : -1, s0r2 = s0 >= 0 ? s.r2[s0] : -1;
  const s1l = s1 >= 0 ? s.l1[s1] : -1, s1r = s1 >= 0 ? s.r1[s1] : -1, s1r2 = s1 >= 0 ? s.r2[s1] : -1;
  const b0l = b0 >= 0 ? s.l1[b0] : -1, b0l2 = b0 >= 0 ? s.l2[b0] : -1;
  const s0lt = tagAt(T, n, s0l), s0rt = tagAt(T, n, s0r), b0lt = tagAt(T, n, b0l), s1rt = tagAt(T, n, s1r);
  // distance between the stack's top and the buffer's front, bucketed
  const dist = s0 >= 0 && b0 >= 0 && s0 < n ? Math.min(b0 - s0, 6) + (b0 - s0 > 10 ? 1 : 0) : 0;
  const dist01 = s0 >= 0 && s1 >= 0 && s0 < n && s1 < n ? Math.min(s0 - s1, 6) : 0;
  const vl0 = s0 >= 0 ? s.nl[s0] : 0, vr0 = s0 >= 0 ? s.nr[s0] : 0, vlb = b0 >= 0 ? s.nl[b0] : 0;
  const sf0 = s0 >= 0 && s0 < n ? e.suffixes[s0] : 0;
  const sfb = b0 >= 0 ? e.suffixes[b0] : 0;
  const sfb1 = b1 >= 0 ? e.suffixes[b1] : 0;
  let k = 0;
  // single words
  keys[k++] = mix(1, s0w);
  keys[k++] = mix(2, s0t);
  keys[k++] = mix(3, s0w, s0t);
  keys[k++] = mix(4, s1w);
  keys[k++] = mix(5, s1t);
  keys[k++] = mix(6, s1w, s1t);
  keys[k++] = mix(7, s2t);
  keys[k++] = mix(8, b0w);
  keys[k++] = mix(9, b0t);
  keys[k++] = mix(10, b0w, b0t);
  keys[k++] = mix(11, b1w);
  keys[k++] = mix(12, b1t);
  keys[k++] = mix(13, b1w, b1t);
  keys[k++] = mix(14, b2t);
  keys[k++] = mix(15, b2w);
  keys[k++] = mix(16, sf0, s0t);
  keys[k++] = mix(17, sfb, b0t);
  keys[k++] = mix(18, sfb1);
  // pairs of the top and the front
  keys[k++] = mix(20, s0w, s0t, mix(0, b0w, b0t));
  keys[k++] = mix(21, s0w, s0t, b0w);
  keys[k++] = mix(22, s0w, b0w, b0t);
  keys[k++] = mix(23, s0w, s0t, b0t);
  keys[k++] = mix(24, s0t, b0w, b0t);
  keys[k++] = mix(25, s0w, b0w);
  keys[k++] = mix(26, s0t, b0t);
  keys[k++] = mix(27, b0t, b1t);
  // the top and the word below it (RIGHT's two words)
  keys[k++] = mix(28, s1w, s0w);
  keys[k++] = mix(29, s1t, s0t);
  keys[k++] = mix(30, s1w, s1t, s0t);
  keys[k++] = mix(31, s1t, s0w, s0t);
  keys[k++] = mix(32, s1t, s0t, dist01);
  // three tags
  keys[k++] = mix(33, b0t, b1t, b2t);
  keys[k++] = mix(34, s0t, b0t, b1t);
  keys[k++] = mix(35, s1t, s0t, b0t);
  keys[k++] = mix(36, s0t, s0lt, b0t);
  keys[k++] = mix(37, s0t, s0rt, b0t);
  keys[k++] = mix(38, s0t, b0t, b0lt);
  keys[k++] = mix(39, s2t, s1t, s0t);
  keys[k++] = mix(40, s1t, s1rt, s0t);
  // distance
  keys[k++] = mix(41, s0w, dist);
  keys[k++] = mix(42, s0t, dist);
  keys[k++] = mix(43, b0w, dist);
  keys[k++] = mix(44, b0t, dist);
  keys[k++] = mix(45, s0w, b0w, dist);
  keys[k++] = mix(46, s0t, b0t, dist);
  // valency
  keys[k++] = mix(47, s0w, vr0);
  keys[k++] = mix(48, s0t, vr0);
  keys[k++] = mix(49, s0w, vl0);
  keys[k++] = mix(50, s0t, vl0);
  keys[k++] = mix(51, b0w, vlb);
  keys[k++] = mix(52, b0t, vlb);
  // dependents
  keys[k++] = mix(53, wordAt(W, n, s0l));
  keys[k++] = mix(54, s0lt);
  keys[k++] = mix(55, wordAt(W, n, s0r));
  keys[k++] = mix(56, s0rt);
  keys[k++] = mix(57, wordAt(W, n, b0l));
  keys[k++] = mix(58, b0lt);
  keys[k++] = mix(59, s1rt, wordAt(W, n, s1r));
  keys[k++] = mix(60, tagAt(T, n, s1l));
  keys[k++] = mix(61, s0t, s0lt, tagAt(T, n, s0l2));
  keys[k++] = mix(62, s0t, s0rt, tagAt(T, n, s0r2));
  keys[k++] = mix(63, b0t, b0lt, tagAt(T, n, b0l2));
  keys[k++] = mix(64, s1t, s1rt, tagAt(T, n, s1r2));
  return k;
}
