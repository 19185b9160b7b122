// Relation labels for a finished tree. Each dependent is labelled once its head has its own label,
// heads from the root down and each head's dependents from the nearest outwards, so a dependent's
// features include its head's relation and the relation of the sibling just before it on its side.
import { mix, ROOT_TAG, tagAt, wordAt, tagId, type Encoded } from './encode.ts';

export const MAX_LABEL_FEATURES = 48;
/** Tags whose words mark a relation: "by", "that", "was", "to", "not", "the". */
const MARKERS = new Set(['ADP', 'SCONJ', 'AUX', 'PART', 'DET', 'PRON', 'CCONJ'].map(tagId));

/** The dependents of each word (root = n), in order. */
export function dependents(heads: ArrayLike<number>, n: number): number[][] {
  const out: number[][] = Array.from({ length: n + 1 }, () => []);
  for (let d = 0; d < n; d++) out[heads[d] < 0 ? n : heads[d]].push(d);
  return out;
}

/**
 * The order in which words are labelled: from the root down, and each head's dependents from the
 * nearest to the farthest on each side.
 */
export function labelOrder(kids: readonly number[][], n: number): number[] {
  const order: number[] = [];
  const queue = [n];
  for (let q = 0; q < queue.length; q++) {
    const h = queue[q];
    const left = kids[h].filter((d) => d < h).reverse();
    const right = kids[h].filter((d) => d > h);
    for (const d of [...left, ...right]) {
      order.push(d);
      queue.push(d);
    }
  }
  return order;
}

/**
 * Features for labelling d under h. `labels` holds the label ids given so far (-1 none); `prev` is the
 * label of the sibling labelled just before d on the same side, or -1.
 */
export function labelFeatures(e: Encoded, heads: ArrayLike<number>, kids: readonly number[][], labels: Int32Array, d: number, prev: number, keys: Int32Array): number {
  const n = e.n;
  const h = heads[d] < 0 ? n : heads[d];
  const W = e.words;
  const T = e.tags;
  const dw = W[d], dt = T[d], hw = wordAt(W, n, h), ht = tagAt(T, n, h);
  const left = d < h ? 1 : 2;
  const span = h === n ? 0 : Math.abs(h - d);
  const dist = left * 16 + (span > 8 ? 8 + (span > 15 ? 1 : 0) : span);
  const hl = h === n ? 999 : labels[h] + 1;
  const g = h === n ? -1 : heads[h] < 0 ? n : heads[h];
  let k = 0;
  keys[k++] = mix(101, dw);
  keys[k++] = mix(102, dt);
  keys[k++] = mix(103, dw, dt);
  keys[k++] = mix(104, hw);
  keys[k++] = mix(105, ht);
  keys[k++] = mix(106, hw, ht);
  keys[k++] = mix(107, dt, ht, dist);
  keys[k++] = mix(108, dw, ht, dist);
  keys[k++] = mix(109, dt, hw, dist);
  keys[k++] = mix(110, dw, hw);
  keys[k++] = mix(111, dt, ht);
  keys[k++] = mix(112, hl, dt, dist);
  keys[k++] = mix(113, hl, dt, ht);
  keys[k++] = mix(114, prev + 1, dt, left);
  keys[k++] = mix(115, prev + 1, dt, ht);
  keys[k++] = mix(116, tagAt(T, n, g), ht, mix(0, dt, left));
  keys[k++] = mix(117, e.suffixes[d], dt);
  keys[k++] = mix(118, dt, tagAt(T, n, d - 1), tagAt(T, n, d + 1 < n ? d + 1 : -1));
  keys[k++] = mix(119, dt, wordAt(W, n, d + 1 < n ? d + 1 : -1));
  keys[k++] = mix(120, dt, wordAt(W, n, d - 1));
  keys[k++] = mix(121, kids[d].length > 0 ? Math.min(kids[d].length, 4) : 0, dt, ht);
  // marker words among d's own dependents ("by" under an agent, "that" under a clause) and the head's
  // ("was" makes a subject passive, "to" an infinitive)
  let m = 0;
  for (const c of kids[d]) {
    if (m >= 6) break;
    if (MARKERS.has(T[c])) {
      keys[k++] = mix(122, dt, W[c], c < d ? 1 : 2);
      keys[k++] = mix(123, dt, ht, W[c]);
      m++;
    }
  }
  let a = 0;
  for (const c of kids[h]) {
    if (a >= 6) break;
    if (c !== d && (T[c] === tagId('AUX') || T[c] === tagId('PART'))) {
      keys[k++] = mix(124, dt, W[c], left);
      keys[k++] = mix(125, dt, ht, mix(0, W[c], left));
      a++;
    }
  }
  // the dependent's first and last words: "the", "his", a clause's opening word
  if (kids[d].length) {
    const first = kids[d][0];
    const last = kids[d][kids[d].length - 1];
    keys[k++] = mix(126, dt, tagAt(T, n, first), first < d ? 1 : 2);
    keys[k++] = mix(127, dt, tagAt(T, n, last), last < d ? 1 : 2);
  }
  return k;
}
