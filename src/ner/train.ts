import type { Gazetteer } from './gazetteer.ts';
import type { NerModel } from './model.ts';
import { N_TAGS, TAGS } from './tags.ts';
import type { Units } from './units.ts';
import { allFeatures, unitContext } from './unit-features.ts';
import { constraintMask, endMask, viterbi } from './viterbi.ts';

/** One training document: its units and a gold tag per unit (index into TAGS). */
export interface Example {
  units: Units;
  labels: Int32Array;
}

export interface TrainOptions {
  epochs: number;
  /** Features seen fewer times than this in training are dropped before training. */
  minCount: number;
  seed: number;
  log?: (line: string) => void;
}

/** A small deterministic random generator (mulberry32), so a training run can be repeated exactly. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Trains an averaged structured perceptron (Collins 2002) with Viterbi decoding under the BILOU
 * constraints. Returns the averaged weights.
 */
export function trainModel(examples: Example[], gaz: Gazetteer, opt: TrainOptions): NerModel {
  const log = opt.log ?? (() => {});
  const T = N_TAGS;
  // Pass 1: count features.
  const counts = new Map<string, number>();
  const perDoc = examples.map((ex) => unitContext(ex.units, gaz));
  examples.forEach((ex, d) => {
    const u = ex.units;
    for (let s = 0; s < u.sentStart.length; s++)
      for (let i = u.sentStart[s]; i < u.sentEnd[s]; i++)
        for (const f of allFeatures(u, i, u.sentStart[s], u.sentEnd[s], perDoc[d], gaz)) counts.set(f, (counts.get(f) ?? 0) + 1);
  });
  const index = new Map<string, number>();
  for (const [f, c] of counts) if (c >= opt.minCount) index.set(f, index.size);
  log(`features: ${counts.size} seen, ${index.size} kept (count >= ${opt.minCount})`);
  counts.clear();
  // Pass 2: feature ids per unit, sentences as ranges.
  const ids: number[] = [];
  const unitFeat: number[] = [0];
  const gold: number[] = [];
  const sents: [number, number][] = [];
  examples.forEach((ex, d) => {
    const u = ex.units;
    for (let s = 0; s < u.sentStart.length; s++) {
      const a = gold.length;
      for (let i = u.sentStart[s]; i < u.sentEnd[s]; i++) {
        for (const f of allFeatures(u, i, u.sentStart[s], u.sentEnd[s], perDoc[d], gaz)) {
          const id = index.get(f);
          if (id !== undefined) ids.push(id);
        }
        unitFeat.push(ids.length);
        gold.push(ex.labels[i]);
      }
      if (gold.length > a) sents.push([a, gold.length]);
    }
  });
  const feats = Int32Array.from(ids);
  const fStart = Int32Array.from(unitFeat);
  const F = index.size;
  const w = new Float32Array(F * T);
  const wa = new Float64Array(F * T);
  const tr = new Float32Array((T + 1) * T);
  const tra = new Float64Array((T + 1) * T);
  const mask = constraintMask(T);
  const ends = endMask(T);
  const scratch = { delta: new Float64Array(0), back: new Int32Array(0) };
  const rnd = random(opt.seed);
  let c = 1;
  let emit = new Float32Array(0);
  const pred = new Int32Array(8192);
  const order = sents.map((_, k) => k);
  log(`units: ${gold.length}, sentences: ${sents.length}`);
  for (let epoch = 1; epoch <= opt.epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(rnd() * (k + 1));
      [order[k], order[j]] = [order[j], order[k]];
    }
    let wrong = 0;
    for (const sIdx of order) {
      const [a, b] = sents[sIdx];
      const n = b - a;
      if (n > pred.length) continue;
      if (emit.length < n * T) emit = new Float32Array(n * T * 2);
      emit.fill(0, 0, n * T);
      for (let i = 0; i < n; i++) {
        for (let q = fStart[a + i]; q < fStart[a + i + 1]; q++) {
          const row = feats[q] * T;
          for (let t = 0; t < T; t++) emit[i * T + t] += w[row + t];
        }
      }
      viterbi(emit, n, T, tr, mask, ends, pred, scratch);
      let prevG = -1;
      let prevP = -1;
      for (let i = 0; i < n; i++) {
        const g = gold[a + i];
        const p = pred[i];
        if (g !== p) {
          wrong++;
          for (let q = fStart[a + i]; q < fStart[a + i + 1]; q++) {
            const row = feats[q] * T;
            w[row + g] += 1;
            wa[row + g] += c;
            w[row + p] -= 1;
            wa[row + p] -= c;
          }
        }
        if (g !== p || prevG !== prevP) {
          const kg = (prevG + 1) * T + g;
          const kp = (prevP + 1) * T + p;
          tr[kg] += 1;
          tra[kg] += c;
          tr[kp] -= 1;
          tra[kp] -= c;
        }
        prevG = g;
        prevP = p;
      }
      c++;
    }
    log(`epoch ${epoch}: ${wrong} unit errors (${((100 * wrong) / gold.length).toFixed(2)}%)`);
  }
  const weights = new Float32Array(F * T);
  for (let k = 0; k < weights.length; k++) weights[k] = w[k] - wa[k] / c;
  const trans = new Float32Array((T + 1) * T);
  for (let k = 0; k < trans.length; k++) trans[k] = tr[k] - tra[k] / c;
  return { tags: TAGS, index, weights, trans, header: {} };
}
