// Perceptron weights: a row of one weight per class for each feature key. Training keeps rows in a
// growing pool with the sums that averaging needs; a trained model is frozen into an open-addressing
// table (keys and rows in two typed arrays) that loads straight from a file.

/** Weights a parser reads: adds each feature's row into `scores`. */
export interface Scorer {
  readonly classes: number;
  score(keys: Int32Array, count: number, scores: Float32Array): void;
}

export class TrainWeights implements Scorer {
  readonly classes: number;
  private rows = new Map<number, number>();
  private w: Float32Array;
  private u: Float64Array;
  private used = 0;
  /** Number of updates so far: the averaging clock. */
  clock = 1;

  constructor(classes: number) {
    this.classes = classes;
    this.w = new Float32Array(classes * 1024);
    this.u = new Float64Array(classes * 1024);
  }

  score(keys: Int32Array, count: number, scores: Float32Array): void {
    const C = this.classes;
    scores.fill(0, 0, C);
    for (let f = 0; f < count; f++) {
      const r = this.rows.get(keys[f]);
      if (r === undefined) continue;
      const o = r * C;
      for (let c = 0; c < C; c++) scores[c] += this.w[o + c];
    }
  }

  private row(key: number): number {
    let r = this.rows.get(key);
    if (r === undefined) {
      r = this.used++;
      if (this.used * this.classes > this.w.length) {
        const w = new Float32Array(this.w.length * 2);
        w.set(this.w);
        this.w = w;
        const u = new Float64Array(this.u.length * 2);
        u.set(this.u);
        this.u = u;
      }
      this.rows.set(key, r);
    }
    return r;
  }

  /** Moves the weights of the features towards `good` and away from `bad`. */
  update(keys: Int32Array, count: number, good: number, bad: number): void {
    const C = this.classes;
    const t = this.clock;
    for (let f = 0; f < count; f++) {
      const o = this.row(keys[f]) * C;
      this.w[o + good] += 1;
      this.u[o + good] += t;
      this.w[o + bad] -= 1;
      this.u[o + bad] -= t;
    }
  }

  tick(): void {
    this.clock++;
  }

  /** The averaged weights; weights whose size is at most `prune` are left out, and rows left empty. */
  freeze(prune = 0): FrozenWeights {
    const C = this.classes;
    const t = this.clock;
    const keep: { key: number; ids: number[]; vals: number[] }[] = [];
    for (const [key, r] of this.rows) {
      const ids: number[] = [];
      const vals: number[] = [];
      for (let c = 0; c < C; c++) {
        const v = this.w[r * C + c] - this.u[r * C + c] / t;
        if (Math.abs(v) > prune) ids.push(c), vals.push(v);
      }
      if (ids.length) keep.push({ key, ids, vals });
    }
    let cap = 2;
    while (cap < keep.length * 2) cap <<= 1;
    const keys = new Int32Array(cap);
    const at = new Int32Array(cap).fill(-1);
    keep.forEach((row, k) => {
      let s = slot(row.key, cap);
      while (keys[s] !== 0) s = (s + 1) & (cap - 1);
      keys[s] = row.key;
      at[s] = k;
    });
    const starts = new Int32Array(cap + 1);
    let total = 0;
    for (let s = 0; s < cap; s++) {
      starts[s] = total;
      if (at[s] >= 0) total += keep[at[s]].ids.length;
    }
    starts[cap] = total;
    const ids = new Uint8Array(total);
    const vals = new Float32Array(total);
    for (let s = 0; s < cap; s++) {
      if (at[s] < 0) continue;
      const row = keep[at[s]];
      ids.set(row.ids, starts[s]);
      vals.set(row.vals, starts[s]);
    }
    return new FrozenWeights(C, keys, starts, ids, vals);
  }

  get size(): number {
    return this.used;
  }
}

const slot = (key: number, cap: number) => Math.imul(key, 0x9e3779b1) >>> (32 - Math.log2(cap)) & (cap - 1);

/**
 * Trained weights in an open-addressing table: `keys[s]` is the feature in slot s (0 empty), and its
 * nonzero weights are `ids`/`vals` from `starts[s]` to `starts[s + 1]`.
 */
export class FrozenWeights implements Scorer {
  readonly classes: number;
  readonly keys: Int32Array;
  readonly starts: Int32Array;
  readonly ids: Uint8Array;
  readonly vals: Float32Array;
  private readonly shift: number;
  private readonly mask: number;

  constructor(classes: number, keys: Int32Array, starts: Int32Array, ids: Uint8Array, vals: Float32Array) {
    this.classes = classes;
    this.keys = keys;
    this.starts = starts;
    this.ids = ids;
    this.vals = vals;
    this.mask = keys.length - 1;
    this.shift = 32 - Math.log2(keys.length);
  }

  score(keys: Int32Array, count: number, scores: Float32Array): void {
    const table = this.keys;
    const starts = this.starts;
    const ids = this.ids;
    const vals = this.vals;
    const mask = this.mask;
    const shift = this.shift;
    scores.fill(0, 0, this.classes);
    for (let f = 0; f < count; f++) {
      const key = keys[f];
      let s = (Math.imul(key, 0x9e3779b1) >>> shift) & mask;
      let k = table[s];
      while (k !== key) {
        if (k === 0) break;
        s = (s + 1) & mask;
        k = table[s];
      }
      if (k === 0) continue;
      const end = starts[s + 1];
      for (let j = starts[s]; j < end; j++) scores[ids[j]] += vals[j];
    }
  }
}

/**
 * A frozen table for few classes, one slot holding the key and all its weights side by side, so a
 * lookup touches one cache line (the move classifier: 3 classes, looked up 63 times a move).
 */
export class DenseWeights implements Scorer {
  readonly classes: number;
  /** Per slot: the key as an Int32, then `classes` Float32 weights (one buffer, two views). */
  readonly slots: Int32Array;
  private readonly weights: Float32Array;
  private readonly stride: number;
  private readonly shift: number;
  private readonly mask: number;

  constructor(classes: number, slots: Int32Array) {
    this.classes = classes;
    this.slots = slots;
    this.weights = new Float32Array(slots.buffer, slots.byteOffset, slots.length);
    this.stride = classes + 1;
    const cap = slots.length / this.stride;
    this.mask = cap - 1;
    this.shift = 32 - Math.log2(cap);
  }

  static from(w: FrozenWeights): DenseWeights {
    const C = w.classes;
    const stride = C + 1;
    const cap = w.keys.length;
    const slots = new Int32Array(cap * stride);
    const weights = new Float32Array(slots.buffer);
    // the same slots as the sparse table: its keys were placed with the same hash and probing
    for (let s = 0; s < cap; s++) {
      if (w.keys[s] === 0) continue;
      slots[s * stride] = w.keys[s];
      for (let j = w.starts[s]; j < w.starts[s + 1]; j++) weights[s * stride + 1 + w.ids[j]] = w.vals[j];
    }
    return new DenseWeights(C, slots);
  }

  score(keys: Int32Array, count: number, scores: Float32Array): void {
    const slots = this.slots;
    const weights = this.weights;
    const stride = this.stride;
    const mask = this.mask;
    const shift = this.shift;
    const C = this.classes;
    scores.fill(0, 0, C);
    for (let f = 0; f < count; f++) {
      const key = keys[f];
      let s = (Math.imul(key, 0x9e3779b1) >>> shift) & mask;
      let k = slots[s * stride];
      while (k !== key) {
        if (k === 0) break;
        s = (s + 1) & mask;
        k = slots[s * stride];
      }
      if (k === 0) continue;
      const o = s * stride + 1;
      for (let c = 0; c < C; c++) scores[c] += weights[o + c];
    }
  }
}
