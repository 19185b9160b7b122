import { BOS, EOS, gazFlags, OFFSETS, shapeOf, shortShapeOf } from './features.ts';
import type { Gazetteer } from './gazetteer.ts';

// The model's feature rows, split by template ("cl:", "bss:", "cp3:", "bg:" ...) into one Map per
// template keyed by the value. A word's features are then looked up with the strings the tagger holds
// anyway (its form, lower case, shape), whose hash V8 computes once, instead of building and hashing a
// fresh name per feature. The rows found are those of wordFeatures() (integer sums, so the order they
// are added in does not matter).

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
 * Returns a function that sums, into an Int32Array of OFFSETS.length × T, the (integer) weights of a
 * word's features at each offset (features.ts: wordFeatures). The array is the same on every call
 * (zeroed first): copy what must outlive the next call. `read` gives the array the rows are read from,
 * holding the model's rows at the offsets of `weights` (the tagger's row pool, 16-bit while every
 * score fits: half the memory a new word's ~30 rows are fetched from, the same the unit loop reads).
 */
export function createWordRows(
  weights: Int32Array,
  T: number,
  gaz: Gazetteer,
  byPrefix: Map<string, Map<string, number>>,
  read: () => Int16Array | Int32Array = () => weights,
) {
  const at = (prefix: string) => byPrefix.get(prefix) ?? EMPTY;
  const W = MARKS.map((m) => at(m + 'w:'));
  // Templates read at several offsets, one Map each: value -> k, with the rows at offset o in
  // rows[k * 5 + o] (-1 where the model has none). One lookup finds a value's rows at every offset,
  // instead of one lookup per offset in a Map per offset: each is a likely cache miss in a large table.
  const joined = (name: string, offsets: readonly number[]) => {
    const index = new Map<string, number>();
    const rows: number[] = [];
    for (const o of offsets) {
      for (const [value, r] of at(MARKS[o] + name)) {
        let k = index.get(value);
        if (k === undefined) {
          index.set(value, (k = index.size));
          rows.push(-1, -1, -1, -1, -1);
        }
        rows[k * 5 + o] = r;
      }
    }
    return { index, rows: Int32Array.from(rows), offsets };
  };
  const L = joined('l:', [0, 1, 2, 3, 4]);
  const SS = joined('ss:', [0, 1, 2, 3, 4]);
  const POS = joined('pos:', [1, 2, 3]);
  const S3 = joined('s3:', [1, 3]);
  const SH = at('csh:');
  const PSS = at('cpss:');
  const PRE = [at('cp2:'), at('cp3:'), at('cp4:')];
  const SUF = [at('cs2:'), at('cs3:'), at('cs4:')];
  // Prefixes and suffixes of ASCII characters (nearly all) by a number: no string is sliced, hashed
  // and compared per lookup. k characters c1..ck are (k - 2) * 2^28 + c1 * 128^(k-1) + ... + ck.
  const asciiKey = (s: string): number => {
    let key = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 128) return -1;
      key = key * 128 + c;
    }
    return (s.length - 2) * 2 ** 28 + key;
  };
  const numeric = (maps: ReadonlyMap<string, number>[]) => {
    const out = new Map<number, number>();
    maps.forEach((m, j) => {
      for (const [value, r] of m) {
        const key = value.length === j + 2 ? asciiKey(value) : -1;
        if (key >= 0) out.set(key, r);
      }
    });
    return out;
  };
  const PREN = numeric(PRE);
  const SUFN = numeric(SUF);
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
  const v = new Int32Array(OFFSETS.length * T);
  let src: Int16Array | Int32Array = weights;
  const add = (o: number, r: number | undefined) => {
    if (r === undefined || r < 0) return;
    const base = o * T;
    for (let t = 0; t < T; t++) v[base + t] += src[r + t];
  };
  const addJoined = (j: ReturnType<typeof joined>, value: string) => {
    const k = j.index.get(value);
    if (k === undefined) return;
    for (const o of j.offsets) add(o, j.rows[k * 5 + o]);
  };
  // Integer sums: the order rows are added in does not change the result.
  return function wordRows(form: string, pos: string, lower: string): Int32Array {
    v.fill(0);
    src = read();
    if (form === BOS || form === EOS) {
      for (let o = 0; o < OFFSETS.length; o++) add(o, W[o].get(form));
      return v;
    }
    const ss = shortShapeOf(form);
    const flags = gazFlags(form, lower, gaz);
    const n = lower.length;
    addJoined(L, lower);
    addJoined(SS, ss);
    addJoined(POS, pos);
    addJoined(S3, lower.slice(-3));
    add(2, W[2].get(form));
    add(2, SH.get(shapeOf(form)));
    add(2, PSS.get(`${pos}|${ss}`));
    let pre = 0;
    let suf = 0;
    let ascii = n > 0 && lower.charCodeAt(0) < 128 && lower.charCodeAt(n - 1) < 128;
    if (ascii) {
      pre = lower.charCodeAt(0);
      suf = lower.charCodeAt(n - 1);
    }
    for (let k = 2; k <= 4 && k < n; k++) {
      const a = lower.charCodeAt(k - 1);
      const b = lower.charCodeAt(n - k);
      if (ascii && a < 128 && b < 128) {
        pre = pre * 128 + a;
        suf += b * 128 ** (k - 1);
        const tag = (k - 2) * 2 ** 28;
        add(2, PREN.get(tag + pre));
        add(2, SUFN.get(tag + suf));
        continue;
      }
      ascii = false;
      add(2, PRE[k - 2].get(lower.slice(0, k)));
      add(2, SUF[k - 2].get(lower.slice(n - k)));
    }
    if (n > 12) add(2, LONG);
    for (const g of flags) for (let o = 0; o < OFFSETS.length; o++) add(o, gazRow(g, o));
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
