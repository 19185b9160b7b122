// A greedy arc-hybrid parser with a separate labeller: heads first, then a relation for each word.
import type { Encoded } from './encode.ts';
import { MAX_FEATURES, stateFeatures } from './features.ts';
import { dependents, labelFeatures, labelOrder, MAX_LABEL_FEATURES } from './labeler.ts';
import { LEFT, RIGHT, SHIFT, State } from './state.ts';
import type { Scorer } from './weights.ts';

export interface Parse {
  /** Head of each word (0-based), -1 for the root. */
  heads: Int32Array;
  labels: string[];
}

export class Parser {
  readonly moves: Scorer;
  readonly labeller: Scorer;
  readonly labels: readonly string[];
  private readonly state = new State();
  private readonly keys = new Int32Array(Math.max(MAX_FEATURES, MAX_LABEL_FEATURES));
  private readonly scores: Float32Array;
  private readonly root: number;

  constructor(moves: Scorer, labeller: Scorer, labels: readonly string[]) {
    this.moves = moves;
    this.labeller = labeller;
    this.labels = labels;
    this.scores = new Float32Array(Math.max(3, labels.length));
    this.root = labels.indexOf('root');
  }

  /**
   * The best legal move by the model's scores. A move that is the only legal one (the first SHIFT, and
   * every RIGHT once the buffer is empty: about one move in six) is taken without scoring: the scores
   * could not change it.
   */
  bestMove(s: State, e: Encoded): number {
    if (s.next >= s.n) return RIGHT;
    if (s.depth === 1) return SHIFT;
    const k = stateFeatures(s, e, this.keys);
    this.moves.score(this.keys, k, this.scores);
    let best = -1;
    for (let m = SHIFT; m <= RIGHT; m++) if (s.canDo(m) && (best < 0 || this.scores[m] > this.scores[best])) best = m;
    return best;
  }

  heads(e: Encoded): Int32Array {
    const s = this.state.reset(e.n);
    while (!s.done()) s.apply(this.bestMove(s, e));
    const out = new Int32Array(e.n);
    for (let d = 0; d < e.n; d++) out[d] = s.heads[d] === e.n ? -1 : s.heads[d];
    return out;
  }

  /**
   * Labels for a tree, as label ids. In training, `onEach` gets each word's features and returns the
   * label to go on with (the gold one), in place of the model's choice.
   */
  label(e: Encoded, heads: Int32Array, onEach?: (d: number, keys: Int32Array, count: number) => number): Int32Array {
    const n = e.n;
    const kids = dependents(heads, n);
    const ids = new Int32Array(n).fill(-1);
    const prevLeft = new Int32Array(n + 1).fill(-1);
    const prevRight = new Int32Array(n + 1).fill(-1);
    for (const d of labelOrder(kids, n)) {
      const h = heads[d] < 0 ? n : heads[d];
      const side = d < h ? prevLeft : prevRight;
      const k = labelFeatures(e, heads, kids, ids, d, side[h], this.keys);
      let best: number;
      if (onEach) best = onEach(d, this.keys, k);
      else if (h === n && this.root >= 0) best = this.root;
      else {
        this.labeller.score(this.keys, k, this.scores);
        best = -1;
        for (let c = 0; c < this.labels.length; c++) if (c !== this.root && (best < 0 || this.scores[c] > this.scores[best])) best = c;
      }
      ids[d] = best;
      side[h] = best;
    }
    return ids;
  }

  parse(e: Encoded): Parse {
    const heads = this.heads(e);
    const ids = this.label(e, heads);
    return { heads, labels: Array.from(ids, (c) => this.labels[c] ?? 'dep') };
  }
}

export { LEFT, RIGHT, SHIFT };
