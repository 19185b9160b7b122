import { BOS, EOS, gazFlags, OFFSETS, shapeOf, shortShapeOf } from './features.ts';
import type { Gazetteer } from './gazetteer.ts';

// The model's feature rows, split by template ("cl:", "bss:", "cp3:", "bg:" ...) into one Map per
// template keyed by the value. A word's features are then looked up with the strings the tagger holds
// anyway (its form, lower case, shape), whose hash V8 computes once, instead of building and hashing a
// fresh name per feature. The rows found, and the order they are summed in, are those of wordFeatures().

const MARKS = ['a', 'b', 'c', 'd', 'e'] as const;
const EMPTY: ReadonlyMap<string, number> = new Map();

/**
 * Row offsets (row × T) by template prefix, then by value; names without a ":" ("bias", "clong") under
 * the prefix "". It holds every row, so the tagger does not keep the model's own index as well.
 */
export function splitIndex(index: ReadonlyMap<string, number>, T: number): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const [name, r] of index) {
    const c = name.indexOf(':');
    const prefix = name.slice(0, c + 1);
    let m = out.get(prefix);
    if (!m) out.set(prefix, (m = new Map()));
    m.set(name.slice(c + 1), r * T);
  }
  return out;
}

/** The row offset (row × T) of a feature by its full name, or -1. */
export function rowOf(byPrefix: Map<string, Map<string, number>>, name: string): number {
  const c = name.indexOf(':');
  const r = byPrefix.get(name.slice(0, c + 1))?.get(name.slice(c + 1));
  return r === undefined ? -1 : r;
}

/**
 * Word bigrams "bg:<previous>|<word>" as previous -> word -> row × T. A name with more than one "|"
 * is entered under every split, which finds exactly the rows the joined name would.
 */
export function bigramIndex(byPrefix: Map<string, Map<string, number>>): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const [value, r] of byPrefix.get('bg:') ?? EMPTY) {
    for (let bar = value.indexOf('|'); bar >= 0; bar = value.indexOf('|', bar + 1)) {
      const a = value.slice(0, bar);
      let m = out.get(a);
      if (!m) out.set(a, (m = new Map()));
      m.set(value.slice(bar + 1), r);
    }
  }
  return out;
}

/**
 * Returns a function that sums, into a new Int32Array of OFFSETS.length × T, the (integer) weights of a word's
 * features at each offset (features.ts: wordFeatures), offset by offset in the same order.
 */
export function createWordRows(weights: Int32Array, T: number, gaz: Gazetteer, byPrefix: Map<string, Map<string, number>>) {
  const at = (prefix: string) => byPrefix.get(prefix) ?? EMPTY;
  const per = (name: string) => MARKS.map((m) => at(m + name));
  const W = per('w:');
  const L = per('l:');
  const SS = per('ss:');
  const POS = per('pos:');
  const S3 = per('s3:');
  const SH = at('csh:');
  const PSS = at('cpss:');
  const PRE = [at('cp2:'), at('cp3:'), at('cp4:')];
  const SUF = [at('cs2:'), at('cs3:'), at('cs4:')];
  const LONG = rowOf(byPrefix, 'clong');
  // Rows of gazetteer flags at each offset, by flag.
  const gazRows = new Map<string, Int32Array>();
  const gazRow = (flag: string, o: number): number => {
    let rows = gazRows.get(flag);
    if (!rows) {
      rows = Int32Array.from(MARKS, (m) => rowOf(byPrefix, m + flag));
      gazRows.set(flag, rows);
    }
    return rows[o];
  };
  return function wordRows(form: string, pos: string, lower: string): Int32Array {
    const v = new Int32Array(OFFSETS.length * T);
    const add = (o: number, r: number | undefined) => {
      if (r === undefined || r < 0) return;
      const base = o * T;
      for (let t = 0; t < T; t++) v[base + t] += weights[r + t];
    };
    if (form === BOS || form === EOS) {
      for (let o = 0; o < OFFSETS.length; o++) add(o, W[o].get(form));
      return v;
    }
    const ss = shortShapeOf(form);
    const flags = gazFlags(form, lower, gaz);
    const n = lower.length;
    for (let o = 0; o < OFFSETS.length; o++) {
      add(o, L[o].get(lower));
      add(o, SS[o].get(ss));
      if (o === 2) {
        add(o, W[2].get(form));
        add(o, SH.get(shapeOf(form)));
        add(o, POS[2].get(pos));
        add(o, PSS.get(`${pos}|${ss}`));
        for (let k = 2; k <= 4 && k < n; k++) {
          add(o, PRE[k - 2].get(lower.slice(0, k)));
          add(o, SUF[k - 2].get(lower.slice(n - k)));
        }
        if (n > 12) add(o, LONG);
      } else if (o === 1 || o === 3) {
        add(o, POS[o].get(pos));
        add(o, S3[o].get(lower.slice(-3)));
      }
      for (const g of flags) add(o, gazRow(g, o));
    }
    return v;
  };
}

/**
 * Score rows in one typed array: the model's rows (at their usual offsets), one zero row at `zero`,
 * then one slot of W scores per stored word. A unit's scores are the sum of seven rows read from this
 * one array, which the JIT reads with one bounds check (about twice as fast as one typed array per
 * word). While every score fits 16 bits the array is an Int16Array (half the memory traffic); the
 * first that does not turns it into an Int32Array, values unchanged. Slots for `slots` words are
 * reserved at once: pages no word reaches stay unallocated by the OS; more grow the array.
 */
export function createRowPool(weights: Int32Array, T: number, W: number, slots: number) {
  const base = weights.length + T;
  const narrow = (a: Int32Array): boolean => {
    for (let k = 0; k < a.length; k++) if (a[k] < -32768 || a[k] > 32767) return false;
    return true;
  };
  let wide = !narrow(weights);
  let rows: Int16Array | Int32Array = wide ? new Int32Array(base + slots * W) : new Int16Array(base + slots * W);
  rows.set(weights);
  let next = 0;
  const free: number[] = [];
  const resize = (length: number, toWide: boolean) => {
    const grown = toWide ? new Int32Array(length) : new Int16Array(length);
    grown.set(rows.subarray(0, base + next * W));
    rows = grown;
    wide = toWide;
  };
  return {
    /** The rows; read it again after `store`, which may replace it. */
    rows: () => rows,
    zero: weights.length,
    /** Copies a word's W scores to a free slot; returns its offset. */
    store(v: Int32Array): number {
      if (!wide && !narrow(v)) resize(rows.length, true);
      let at = free.pop();
      if (at === undefined) {
        if (next === slots) resize(base + (slots = Math.ceil(slots * 1.5)) * W, wide);
        at = base + W * next++;
      }
      rows.set(v, at);
      return at;
    },
    /** Gives a slot back for a later word. */
    release(at: number): void {
      free.push(at);
    },
  };
}
