// Trains the parser: the move classifier with the dynamic oracle and error exploration (Goldberg and
// Nivre 2012, "A dynamic oracle for arc-eager dependency parsing"; 2013 for arc-hybrid), and the
// labeller on gold trees, both averaged perceptrons. Deterministic for a given seed and data.
import { isProjective } from './conllu.ts';
import { MAX_FEATURES, stateFeatures } from './features.ts';
import { Parser } from './parser.ts';
import { moveCosts, RIGHT, SHIFT, State } from './state.ts';
import type { Example } from './treebank.ts';
import { TrainWeights, type FrozenWeights } from './weights.ts';

export interface TrainOptions {
  epochs: number;
  labelEpochs: number;
  /** From this epoch on (0-based), the parser follows its own moves, right or wrong, with this chance. */
  exploreFrom: number;
  explore: number;
  seed: number;
  /** Averaged weights at most this large are left out of the model, per table (the model's size). */
  prune: { moves: number; labels: number; tags: number };
  log?: (line: string) => void;
}

export const DEFAULTS: TrainOptions = { epochs: 15, labelEpochs: 10, exploreFrom: 1, explore: 0.9, seed: 1, prune: { moves: 2, labels: 1, tags: 0.5 } };

/** A small seeded generator (mulberry32), so a retrain gives the same model. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(xs: T[], r: () => number): T[] {
  for (let k = xs.length - 1; k > 0; k--) {
    const j = Math.floor(r() * (k + 1));
    [xs[k], xs[j]] = [xs[j], xs[k]];
  }
  return xs;
}

export function trainMoves(examples: readonly Example[], opts: TrainOptions): FrozenWeights {
  const w = new TrainWeights(3);
  const r = rng(opts.seed);
  const train = examples.filter((x) => isProjective(x.heads));
  const s = new State();
  const keys = new Int32Array(MAX_FEATURES);
  const scores = new Float32Array(3);
  const costs = new Int32Array(3);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    let right = 0;
    let all = 0;
    for (const x of shuffle([...train], r)) {
      const n = x.e.n;
      const gold = Int32Array.from(x.heads, (h) => (h < 0 ? n : h));
      s.reset(n);
      while (!s.done()) {
        const k = stateFeatures(s, x.e, keys);
        w.score(keys, k, scores);
        moveCosts(s, gold, costs);
        let pred = -1;
        let good = -1;
        let min = Infinity;
        for (let m = SHIFT; m <= RIGHT; m++) if (s.canDo(m)) min = Math.min(min, costs[m]);
        for (let m = SHIFT; m <= RIGHT; m++) {
          if (!s.canDo(m)) continue;
          if (pred < 0 || scores[m] > scores[pred]) pred = m;
          if (costs[m] === min && (good < 0 || scores[m] > scores[good])) good = m;
        }
        all++;
        if (costs[pred] === min) right++;
        else w.update(keys, k, good, pred);
        w.tick();
        s.apply(costs[pred] === min || (epoch >= opts.exploreFrom && r() < opts.explore) ? pred : good);
      }
    }
    opts.log?.(`moves epoch ${epoch + 1}/${opts.epochs}: ${((100 * right) / all).toFixed(2)}% moves optimal, ${w.size} features`);
  }
  return w.freeze(opts.prune.moves);
}

export function trainLabels(examples: readonly Example[], labels: readonly string[], opts: TrainOptions): FrozenWeights {
  const id = new Map(labels.map((l, k) => [l, k]));
  const w = new TrainWeights(labels.length);
  const scorer = new Parser(w, w, labels);
  const root = id.get('root') ?? -1;
  const scores = new Float32Array(labels.length);
  const r = rng(opts.seed + 1);
  for (let epoch = 0; epoch < opts.labelEpochs; epoch++) {
    let right = 0;
    let all = 0;
    for (const x of shuffle([...examples], r)) {
      scorer.label(x.e, x.heads, (d, keys, k) => {
        const g = id.get(x.rels[d]) ?? id.get('dep')!;
        if (x.heads[d] < 0) return g;
        w.score(keys, k, scores);
        let best = -1;
        for (let c = 0; c < labels.length; c++) if (c !== root && (best < 0 || scores[c] > scores[best])) best = c;
        all++;
        if (best === g) right++;
        else w.update(keys, k, g, best);
        w.tick();
        return g;
      });
    }
    opts.log?.(`labels epoch ${epoch + 1}/${opts.labelEpochs}: ${((100 * right) / all).toFixed(2)}% right, ${w.size} features`);
  }
  return w.freeze(opts.prune.labels);
}

/** The relations of the training data, most frequent first, with 'dep' always among them. */
export function labelSet(examples: readonly Example[]): string[] {
  const count = new Map<string, number>([['dep', 0]]);
  for (const x of examples) for (const r of x.rels) count.set(r, (count.get(r) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([l]) => l);
}
