import { BOS, EOS, isCapital, isLowerWord, OFFSETS, shortShapeOf } from './features.ts';
import { aggregateCues, CUE_FEATURES, cueBits } from './aggregate.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { NerModel } from './model.ts';
import { spansOf, TAGS } from './tags.ts';
import type { Units } from './units.ts';
import { allowedTable, endMask, prunedScratch, viterbiBeam } from './viterbi.ts';
import { bigramIndex, createRowPool, createWordRows, rowOf, splitIndex } from './word-rows.ts';

/** What the tagger keeps per distinct word (form + POS): summed weights at each offset, and its shape. */
interface WordEntry {
  /** Offset in the pool of its summed weights at each offset (OFFSETS.length × T). */
  at: number;
  /** Cache generation it was last stored in (see entry()). */
  gen: number;
  ss: string;
  lower: string;
  /** 1 capitalised, 2 starts in lower case, 0 neither (digits, punctuation). */
  kase: number;
  /** Small id of the short shape, for the shape-trigram cache. */
  shapeId: number;
  /** Row of `first:<shape>`, or -1. */
  firstRow: number;
  /** Cue bits for the words around it (aggregate.ts). */
  cue: number;
  /** Ids of the lower case as the first and as the second word of bigram features, or -1 when never. */
  bgFirst: number;
  bgId: number;
  /** The POS it was stored under, and wink's id of its word (or -1): the keys of the byLex table. */
  pos: string;
  lex: number;
}

/** Span found: [firstUnit, endUnit (exclusive), typeIndex, margin]. */
export type UnitSpan = [number, number, number, number];

// About 0.5 kB per word. When the cache holds 40k words it becomes the old generation and a new one
// starts; a word found in the old one moves to the new, so frequent words are never computed again
// and at most 80k words (some 40 MB, each ingest worker holding its own) are kept.
const CACHE_LIMIT = 40_000;
/** Decoder states scoring this far below the best at a unit are dropped (see viterbiBeam), unless the model says otherwise. */
export const DEFAULT_BEAM = 60;

/**
 * Tags units with a loaded model. The features of a word at each offset (features.ts) are summed once
 * per distinct word and cached; per unit only the position features (bias, shape trigram, sentence
 * start, inside a quotation) are looked up. The scores equal those of `allFeatures` summed row by row.
 */
export function createUnitTagger(
  model: NerModel,
  gaz: Gazetteer,
  beam = typeof model.header.beam === 'number' ? model.header.beam : DEFAULT_BEAM,
  /** Words per cache generation (tests make it small to exercise slot reuse). */
  cacheLimit = CACHE_LIMIT,
) {
  const T = model.tags.length;
  if (T !== TAGS.length || model.tags.some((t, k) => t !== TAGS[k])) throw new Error('NER model: its tag set does not match this version of dyad');
  // Scores in integer units of 1/scale (the model stores its weights so): exact sums, and integer adds
  // are cheaper than float ones in the loops below.
  const scale = typeof model.header.scale === 'number' && model.header.scale > 0 ? model.header.scale : 100;
  const toUnits = (f: Float32Array): Int32Array => {
    const out = new Int32Array(f.length);
    for (let k = 0; k < f.length; k++) out[k] = Math.round(f[k] * scale);
    return out;
  };
  const weights = toUnits(model.weights);
  // The cached words' rows live in one array with the model's (word-rows.ts: createRowPool).
  const W = OFFSETS.length * T;
  const pool = createRowPool(weights, T, W, 2 * cacheLimit + 2);
  const ZERO = pool.zero;
  const pending: number[] = [];
  const trans = toUnits(model.trans);
  const beamUnits = Math.round(beam * scale);
  const ok = allowedTable(T);
  const ends = endMask(T);
  const scratch = prunedScratch();
  // Entries by POS, then form: the POS strings are wink's constants, so no key is built per unit.
  let cache = new Map<string, Map<string, WordEntry>>();
  let old = new Map<string, Map<string, WordEntry>>();
  let size = 0;
  let gen = 0;
  const byPrefix = splitIndex(model.index, T);
  // Bigram rows in an open-addressing table keyed by the small ids of the first and second word:
  // most pairs hold a word that is never first or never second, and are not looked up at all.
  const firstIds = new Map<string, number>();
  const secondIds = new Map<string, number>();
  const pairs: number[] = [];
  for (const [a, byB] of bigramIndex(byPrefix)) {
    firstIds.set(a, firstIds.size);
    for (const [b, r] of byB) {
      let id = secondIds.get(b);
      if (id === undefined) secondIds.set(b, (id = secondIds.size));
      pairs.push(firstIds.size - 1, id, r);
    }
  }
  let mask = 15;
  while (mask + 1 < pairs.length) mask = mask * 2 + 1;
  const bgA = new Int32Array(mask + 1).fill(-1);
  const bgB = new Int32Array(mask + 1);
  const bgRow = new Int32Array(mask + 1);
  const slotOf = (a: number, b: number): number => {
    let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca77)) & mask;
    while (bgA[h] >= 0 && (bgA[h] !== a || bgB[h] !== b)) h = (h + 1) & mask;
    return h;
  };
  for (let k = 0; k < pairs.length; k += 3) {
    const h = slotOf(pairs[k], pairs[k + 1]);
    bgA[h] = pairs[k];
    bgB[h] = pairs[k + 1];
    bgRow[h] = pairs[k + 2];
  }
  const firstRows = byPrefix.get('first:') ?? new Map<string, number>();
  const wordRows = createWordRows(weights, T, gaz, byPrefix, pool.rows);
  const shapeIds = new Map<string, number>();
  // Rows of shape trigrams by a numeric key of three shape ids (ids stay below 2^13 in practice).
  const trigrams = new Map<number, number>();
  const trigramRow = (p: WordEntry, e: WordEntry, x: WordEntry): number => {
    const small = p.shapeId < 8192 && e.shapeId < 8192 && x.shapeId < 8192;
    const k = small ? (p.shapeId * 8192 + e.shapeId) * 8192 + x.shapeId : -1;
    let r = small ? trigrams.get(k) : undefined;
    if (r === undefined) {
      r = row(`t:${p.ss}|${e.ss}|${x.ss}`);
      if (small) trigrams.set(k, r);
    }
    return r;
  };
  const row = (feature: string): number => rowOf(byPrefix, feature);
  const addRow = (dst: Int32Array, at: number, r: number) => {
    if (r < 0) return;
    for (let t = 0; t < T; t++) dst[at + t] += weights[r + t];
  };
  const bias = row('bias');
  const quote = row('quote');
  const entry = (form: string, pos: string): WordEntry => {
    let byForm = cache.get(pos);
    let e = byForm?.get(form);
    if (e) return e;
    if (size >= cacheLimit) {
      // The old generation goes: its words not moved to the new one give their pool slots back once
      // the article being tagged is done (it may still read them).
      for (const m of old.values()) {
        for (const x of m.values()) {
          if (x.gen >= gen) continue;
          pending.push(x.at);
          if (x.lex >= 0 && byLex[x.lex] === x) byLex[x.lex] = undefined;
        }
      }
      old = cache;
      cache = new Map();
      size = 0;
      gen++;
      byForm = undefined;
    }
    e = old.get(pos)?.get(form) ?? newEntry(form, pos);
    if (!byForm) cache.set(pos, (byForm = new Map()));
    byForm.set(form, e);
    e.gen = gen;
    size++;
    return e;
  };
  const newEntry = (form: string, pos: string): WordEntry => {
    const pseudo = form === BOS || form === EOS;
    const lower = pseudo ? form : form.toLowerCase();
    const v = wordRows(form, pos, lower);
    // The bias is the same for every unit: fold it into the word's own (offset 0) row.
    addRow(v, 2 * T, bias);
    const at = pool.store(v);
    const kase = pseudo ? 0 : isCapital(form) ? 1 : isLowerWord(form) ? 2 : 0;
    const ss = pseudo ? form : shortShapeOf(form);
    let shapeId = shapeIds.get(ss);
    if (shapeId === undefined) shapeIds.set(ss, (shapeId = shapeIds.size));
    const first = firstRows.get(ss);
    return { at, gen, ss, lower, kase, shapeId, firstRow: first === undefined ? -1 : first, bgFirst: firstIds.get(lower) ?? -1, bgId: secondIds.get(lower) ?? -1, cue: pseudo ? 0 : cueBits(form, lower, gaz), pos, lex: -1 };
  };
  // The entry of a unit whose word has a wink id (Units.lex), by that id: an array read instead of a
  // string-keyed Map lookup, the costliest step of tagging a word once its rows are cached. An entry is
  // taken from it only while in the current generation (so it is never one whose pool slot was given
  // back) and under the same POS; otherwise entry() finds or makes it, and it is put here.
  const byLex: (WordEntry | undefined)[] = [];
  const entryOf = (form: string, pos: string, lex: number): WordEntry => {
    if (lex < 0) return entry(form, pos);
    let e = lex < byLex.length ? byLex[lex] : undefined;
    if (e !== undefined && e.gen === gen && e.pos === pos) return e;
    e = entry(form, pos);
    while (byLex.length <= lex) byLex.push(undefined);
    const held = byLex[lex];
    if (held !== undefined && held !== e) held.lex = -1;
    e.lex = lex;
    byLex[lex] = e;
    return e;
  };
  // The boundary pseudo-words stay out of the cache, so their slots are never given back.
  const bos = newEntry(BOS, '');
  const eos = newEntry(EOS, '');
  // Frequent words listed by the trainer: cached now, so the first articles are tagged at full speed.
  const warm = model.header.warm;
  if (Array.isArray(warm)) for (const p of warm) if (Array.isArray(p) && typeof p[0] === 'string' && typeof p[1] === 'string') entry(p[0], p[1]);
  let emit = new Int32Array(0);
  let tags = new Int32Array(0);

  const cueRows = CUE_FEATURES.map(([bit, name]) => [bit, row(name)] as const).filter(([, r]) => r >= 0);
  let cueBuf = new Int32Array(0);
  let capBuf = new Uint8Array(0);
  const dl = row('dl');
  const dc = row('dc');
  let docEnts: WordEntry[] = [];

  /** Tags a document's units; `onScores` (for tests) sees each sentence's n × T unit scores. */
  return function tagUnits(u: Units, onScores?: (sentence: number, scores: Float32Array) => void): UnitSpan[] {
    const spans: UnitSpan[] = [];
    const N = u.form.length;
    for (const a of pending) pool.release(a);
    pending.length = 0;
    if (docEnts.length < N) docEnts = new Array(N * 2);
    // Document cues (see positionFeatures): lower-case words, and capitalised words inside sentences.
    const lexs = u.lex;
    const lowerSeen = new Set<string>();
    const capSeen = new Set<string>();
    if (cueBuf.length < N) {
      cueBuf = new Int32Array(N * 2);
      capBuf = new Uint8Array(N * 2);
    }
    for (let s = 0; s < u.sentStart.length; s++) {
      for (let i = u.sentStart[s]; i < u.sentEnd[s]; i++) {
        const e = (docEnts[i] = lexs === undefined ? entry(u.form[i], u.pos[i]) : entryOf(u.form[i], u.pos[i], lexs[i]));
        cueBuf[i] = e.cue;
        capBuf[i] = e.kase === 1 ? 1 : 0;
        if (e.kase === 2) lowerSeen.add(u.form[i]);
        else if (e.kase === 1 && i > u.sentStart[s]) capSeen.add(u.form[i]);
      }
    }
    const cues = aggregateCues(u.form, cueBuf, capBuf, u.sentStart, u.sentEnd);
    for (let s = 0; s < u.sentStart.length; s++) {
      const first = u.sentStart[s];
      const n = u.sentEnd[s] - first;
      if (n <= 0) continue;
      // A sentence with no capitalised word but its first, and that one not a proper noun, has no name
      // to find (0.04% of the tagger's names on 1,792 articles were in such sentences): not decoded.
      let capital = u.pos[first] === 'PROPN' && docEnts[first].kase === 1;
      for (let i = first + 1; i < first + n && !capital; i++) capital = docEnts[i].kase === 1;
      if (!capital) continue;
      if (emit.length < n * T) {
        emit = new Int32Array(n * T * 2);
        tags = new Int32Array(n * 2);
      }
      const em = emit;
      const P = pool.rows();
      const T2 = 2 * T;
      const T3 = 3 * T;
      const T4 = 4 * T;
      // Unit i sums the rows of the words at offsets -2..+2 (each its row for that offset; the
      // boundary pseudo-words beyond the sentence), its shape trigram and bigram: one store per score.
      let em2 = bos;
      let em1 = bos;
      let e0 = docEnts[first];
      let ep1 = n > 1 ? docEnts[first + 1] : eos;
      let ep2 = n > 2 ? docEnts[first + 2] : eos;
      let open = false;
      for (let i = 0; i < n; i++) {
        const at = i * T;
        const tri = trigramRow(em1, e0, ep1);
        const rt = tri < 0 ? ZERO : tri;
        let rb = ZERO;
        if (em1.bgFirst >= 0 && e0.bgId >= 0) {
          const h = slotOf(em1.bgFirst, e0.bgId);
          if (bgA[h] >= 0) rb = bgRow[h];
        }
        const a = em2.at;
        const b = em1.at + T;
        const c = e0.at + T2;
        const d = ep1.at + T3;
        const x = ep2.at + T4;
        for (let t = 0; t < T; t++) em[at + t] = P[a + t] + P[b + t] + P[c + t] + P[d + t] + P[x + t] + P[rt + t] + P[rb + t];
        if (i === 0) addRow(em, at, e0.firstRow);
        // Inside a quotation (see quoteFlags in features.ts): quote marks themselves are outside.
        const f = u.form[first + i];
        if (f === '"' || f === '“' || f === '”') open = f === '“' ? true : f === '”' ? false : !open;
        else if (open) addRow(em, at, quote);
        if (e0.kase === 1) {
          if (lowerSeen.has(e0.lower)) addRow(em, at, dl);
          if (i === 0 && capSeen.has(f)) addRow(em, at, dc);
          const bits = cues.get(f) ?? 0;
          if (bits) for (const [bit, r] of cueRows) if (bits & bit) addRow(em, at, r);
        }
        em2 = em1;
        em1 = e0;
        e0 = ep1;
        ep1 = ep2;
        ep2 = i + 3 < n ? docEnts[first + i + 3] : eos;
      }
      if (onScores) onScores(s, Float32Array.from(emit.subarray(0, n * T), (x) => x / scale));
      viterbiBeam(emit, n, T, trans, ok, ends, beamUnits, tags, scratch);
      for (const [a, b, type] of spansOf(tags, 0, n)) {
        let margin = Infinity;
        for (let i = a; i < b; i++) {
          const at = i * T;
          const chosen = emit[at + tags[i]];
          let other = -Infinity;
          for (let t = 0; t < T; t++) if (t !== tags[i] && emit[at + t] > other) other = emit[at + t];
          margin = Math.min(margin, chosen - other);
        }
        spans.push([first + a, first + b, type, margin / scale]);
      }
    }
    return spans;
  };
}
