// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011): a stack, a buffer that
// is the words from `next` on, and three moves. SHIFT puts the buffer's first word on the stack; LEFT
// makes the stack's top a dependent of the buffer's first word; RIGHT makes it a dependent of the word
// below it. The virtual root (index n) sits at the bottom of the stack and takes one dependent, last.

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;

export class State {
  n = 0;
  stack: Int32Array;
  depth = 0;
  next = 0;
  heads: Int32Array;
  /** Leftmost, second leftmost, rightmost and second rightmost dependents of each word, or -1. */
  l1: Int32Array;
  l2: Int32Array;
  r1: Int32Array;
  r2: Int32Array;
  nl: Int32Array;
  nr: Int32Array;

  constructor(cap = 64) {
    this.stack = new Int32Array(cap + 1);
    this.heads = new Int32Array(cap + 1);
    this.l1 = new Int32Array(cap + 1);
    this.l2 = new Int32Array(cap + 1);
    this.r1 = new Int32Array(cap + 1);
    this.r2 = new Int32Array(cap + 1);
    this.nl = new Int32Array(cap + 1);
    this.nr = new Int32Array(cap + 1);
  }

  reset(n: number): this {
    if (n + 1 > this.heads.length) Object.assign(this, new State(n * 2));
    this.n = n;
    this.depth = 1;
    this.stack[0] = n;
    this.next = 0;
    for (const a of [this.heads, this.l1, this.l2, this.r1, this.r2]) a.fill(-1, 0, n + 1);
    this.nl.fill(0, 0, n + 1);
    this.nr.fill(0, 0, n + 1);
    return this;
  }

  done(): boolean {
    return this.next >= this.n && this.depth === 1;
  }

  canDo(move: number): boolean {
    if (move === SHIFT) return this.next < this.n;
    if (move === LEFT) return this.depth > 1 && this.next < this.n;
    // the root takes its one dependent only when nothing is left to read
    return this.depth > 2 || (this.depth === 2 && this.next >= this.n);
  }

  apply(move: number): void {
    if (move === SHIFT) {
      this.stack[this.depth++] = this.next++;
      return;
    }
    const d = this.stack[--this.depth];
    this.attach(move === LEFT ? this.next : this.stack[this.depth - 1], d);
  }

  private attach(h: number, d: number): void {
    this.heads[d] = h;
    if (d < h) {
      this.nl[h]++;
      if (this.l1[h] < 0 || d < this.l1[h]) {
        this.l2[h] = this.l1[h];
        this.l1[h] = d;
      } else if (this.l2[h] < 0 || d < this.l2[h]) this.l2[h] = d;
    } else {
      this.nr[h]++;
      if (this.r1[h] < 0 || d > this.r1[h]) {
        this.r2[h] = this.r1[h];
        this.r1[h] = d;
      } else if (this.r2[h] < 0 || d > this.r2[h]) this.r2[h] = d;
    }
  }
}

/**
 * What each move costs against a projective gold tree: how many gold arcs it makes unreachable (the
 * dynamic oracle of Goldberg and Nivre 2013 for arc-hybrid). `gold[d]` is d's head, n for the root.
 */
export function moveCosts(s: State, gold: Int32Array, out: Int32Array): void {
  const n = s.n;
  const top = s.depth > 0 ? s.stack[s.depth - 1] : -1;
  const below = s.depth > 1 ? s.stack[s.depth - 2] : -1;
  const b = s.next < n ? s.next : -1;
  out[SHIFT] = out[LEFT] = out[RIGHT] = 0;
  if (b >= 0) {
    // SHIFT: b loses its dependents on the stack, and a head on the stack under the top
    let c = 0;
    for (let k = 0; k < s.depth; k++) {
      const x = s.stack[k];
      if (x < n && gold[x] === b) c++;
      if (k < s.depth - 1 && gold[b] === x) c++;
    }
    out[SHIFT] = c;
  }
  if (top >= 0 && top < n) {
    // both reductions lose the top's dependents still in the buffer
    let deps = 0;
    let headInBuffer = false;
    for (let k = s.next; k < n; k++) if (gold[k] === top) deps++;
    const h = gold[top];
    if (h >= s.next && h < n) headInBuffer = true;
    // LEFT (head b): loses a head that is the word below or in the buffer after b
    out[LEFT] = deps + ((h === below) || (headInBuffer && h !== b) ? 1 : 0);
    // RIGHT (head below): loses a head in the buffer
    out[RIGHT] = deps + (headInBuffer ? 1 : 0);
  }
}
