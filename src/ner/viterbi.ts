import { allowed, mayEnd } from './tags.ts';

/** Precomputed BILOU constraints: for each tag b, the tags that may come before it (start excluded). */
export interface Constraints {
  /** start[b] = 1 when a sentence may open with b. */
  start: Uint8Array;
  /** Predecessors of b: prev[prevStart[b] .. prevStart[b + 1]). */
  prev: Int32Array;
  prevStart: Int32Array;
}

export function constraintMask(T: number): Constraints {
  const start = Uint8Array.from({ length: T }, (_, b) => (allowed(-1, b) ? 1 : 0));
  const prev: number[] = [];
  const prevStart = [0];
  for (let b = 0; b < T; b++) {
    for (let a = 0; a < T; a++) if (allowed(a, b)) prev.push(a);
    prevStart.push(prev.length);
  }
  return { start, prev: Int32Array.from(prev), prevStart: Int32Array.from(prevStart) };
}

export function endMask(T: number): Uint8Array {
  return Uint8Array.from({ length: T }, (_, a) => (mayEnd(a) ? 1 : 0));
}

/**
 * Best tag sequence for n units under the BILOU constraints. `emit` holds n × T scores,
 * `trans` (T + 1) × T (row 0 = start). Writes tags to out[0..n). Scratch arrays are grown as needed.
 */
export function viterbi(
  emit: Float32Array,
  n: number,
  T: number,
  trans: Float32Array,
  mask: Constraints,
  ends: Uint8Array,
  out: Int32Array | number[],
  scratch: { delta: Float64Array; back: Int32Array },
): void {
  if (n === 0) return;
  if (scratch.delta.length < n * T) {
    scratch.delta = new Float64Array(n * T * 2);
    scratch.back = new Int32Array(n * T * 2);
  }
  const { delta, back } = scratch;
  const { start, prev, prevStart } = mask;
  for (let b = 0; b < T; b++) delta[b] = start[b] ? trans[b] + emit[b] : -Infinity;
  for (let i = 1; i < n; i++) {
    const p = (i - 1) * T;
    const c = i * T;
    for (let b = 0; b < T; b++) {
      let best = -Infinity;
      let arg = 0;
      for (let q = prevStart[b], qe = prevStart[b + 1]; q < qe; q++) {
        const a = prev[q];
        const v = delta[p + a] + trans[(a + 1) * T + b];
        if (v > best) {
          best = v;
          arg = a;
        }
      }
      delta[c + b] = best + emit[c + b];
      back[c + b] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const last = (n - 1) * T;
  for (let a = 0; a < T; a++) {
    if (ends[a] && delta[last + a] > best) {
      best = delta[last + a];
      arg = a;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * T + arg];
  }
}

/** Scratch space for the pruned decoder, grown as needed. */
export interface PrunedScratch {
  cand: Int32Array;
  candStart: Int32Array;
  delta: Float64Array;
  back: Int32Array;
  extra: Uint8Array;
  tmp: Float64Array;
  tmpBack: Int32Array;
}

export const prunedScratch = (): PrunedScratch => ({
  cand: new Int32Array(0),
  candStart: new Int32Array(0),
  delta: new Float64Array(0),
  back: new Int32Array(0),
  extra: new Uint8Array(0),
  tmp: new Float64Array(0),
  tmpBack: new Int32Array(0),
});

/**
 * Beam Viterbi: at each unit every tag is scored against the states kept at the unit before, and only
 * the states within `beam` of the best are kept, plus the best state that closes a name (O, L or U),
 * from which the sentence can always end. Most units keep one or two states, so decoding costs about
 * T additions per state kept instead of the full T × T; with a wide beam the result is exact.
 */
export function viterbiBeam(
  emit: Int32Array,
  n: number,
  T: number,
  trans: Int32Array,
  ok: Uint8Array,
  ends: Uint8Array,
  beam: number,
  out: Int32Array,
  sc: PrunedScratch,
): void {
  if (n === 0) return;
  if (sc.candStart.length < n + 1) sc.candStart = new Int32Array(2 * n + 2);
  if (sc.cand.length < n * T) {
    sc.cand = new Int32Array(2 * n * T);
    sc.delta = new Float64Array(2 * n * T);
    sc.back = new Int32Array(2 * n * T);
  }
  if (sc.extra.length < 2 * T) {
    sc.extra = new Uint8Array(2 * T);
    sc.tmp = new Float64Array(T);
    sc.tmpBack = new Int32Array(T);
  }
  const { cand, candStart, delta, back, tmp, tmpBack } = sc;
  const { next, nextStart } = successors(ok, T);
  // tmp[b] is -Infinity for every tag between units (the keep loop resets it), and tmpBack[b] is read
  // only where tmp[b] was set at this unit.
  let k = 0;
  for (let i = 0; i < n; i++) {
    const at = i * T;
    if (i === 0) {
      for (let b = 0; b < T; b++) {
        tmp[b] = ok[b] ? trans[b] : -Infinity;
        tmpBack[b] = -1;
      }
    } else {
      // Each state kept at the unit before extends to the tags allowed after it (11 after O, L or U;
      // 2 after B or I), in order, so the first best predecessor wins as in a pull over all pairs.
      for (let r = candStart[i - 1]; r < k; r++) {
        const a = cand[r] + 1;
        const row = a * T;
        const d = delta[r];
        for (let q = nextStart[a], qe = nextStart[a + 1]; q < qe; q++) {
          const b = next[q];
          const v = d + trans[row + b];
          if (v > tmp[b]) {
            tmp[b] = v;
            tmpBack[b] = r;
          }
        }
      }
    }
    // Scores of the tags reached, their best, and the best tag that closes a name (the first on ties).
    let max = -Infinity;
    let closed = -1;
    let closedScore = -Infinity;
    for (let b = 0; b < T; b++) {
      let x = tmp[b];
      if (x === -Infinity) continue;
      x += emit[at + b];
      tmp[b] = x;
      if (x > max) max = x;
      if (ends[b] && x > closedScore) {
        closedScore = x;
        closed = b;
      }
    }
    candStart[i] = k;
    const floor = max - beam;
    for (let b = 0; b < T; b++) {
      const x = tmp[b];
      if (x === -Infinity) continue;
      tmp[b] = -Infinity;
      if (x < floor && b !== closed) continue;
      cand[k] = b;
      delta[k] = x;
      back[k] = tmpBack[b];
      k++;
    }
  }
  candStart[n] = k;
  let best = -Infinity;
  let arg = candStart[n - 1];
  for (let q = candStart[n - 1]; q < k; q++) {
    if (ends[cand[q]] && delta[q] > best) {
      best = delta[q];
      arg = q;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = cand[arg];
    arg = back[arg];
  }
}

const successorCache = new WeakMap<Uint8Array, { next: Int32Array; nextStart: Int32Array }>();
/** For each row of an allowed-transition table, the tags allowed after it, in order. */
function successors(ok: Uint8Array, T: number): { next: Int32Array; nextStart: Int32Array } {
  let s = successorCache.get(ok);
  if (!s) {
    const next: number[] = [];
    const nextStart = [0];
    for (let a = 0; a * T < ok.length; a++) {
      for (let b = 0; b < T; b++) if (ok[a * T + b]) next.push(b);
      nextStart.push(next.length);
    }
    s = { next: Int32Array.from(next), nextStart: Int32Array.from(nextStart) };
    successorCache.set(ok, s);
  }
  return s;
}

/** Allowed transitions as a flat (T + 1) × T table, row 0 = sentence start. */
export function allowedTable(T: number): Uint8Array {
  const m = new Uint8Array((T + 1) * T);
  for (let a = -1; a < T; a++) for (let b = 0; b < T; b++) m[(a + 1) * T + b] = allowed(a, b) ? 1 : 0;
  return m;
}
