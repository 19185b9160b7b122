// The parser's model file: a magic word, a JSON header (labels, provenance, sizes), then the typed
// arrays of the two weight tables, each 4-byte aligned, so loading is a few array views on one read.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Parser } from './parser.ts';
import { Tagger } from './tagger.ts';
import { DenseWeights, FrozenWeights } from './weights.ts';

export const DEFAULT_MODEL = fileURLToPath(new URL('../../data/syntax/model.bin', import.meta.url));
const MAGIC = 'DYSX';

export interface ModelInfo {
  version: number;
  labels: string[];
  /** What it was trained on and how: shown by the README and checked by nothing. */
  provenance: Record<string, unknown>;
}

interface TableHead {
  classes: number;
  cap: number;
  total: number;
}

const pad4 = (n: number) => (n + 3) & ~3;

export function saveModel(path: string, info: ModelInfo, moves: FrozenWeights, labeller: FrozenWeights, tagger: FrozenWeights): void {
  const table = (w: FrozenWeights): TableHead => ({ classes: w.classes, cap: w.keys.length, total: w.vals.length });
  const head = Buffer.from(JSON.stringify({ ...info, moves: table(moves), labeller: table(labeller), tagger: table(tagger) }));
  const parts: Buffer[] = [Buffer.from(MAGIC), Buffer.alloc(4)];
  parts[1].writeUInt32LE(head.length);
  parts.push(head, Buffer.alloc(pad4(head.length) - head.length));
  for (const w of [moves, labeller, tagger]) {
    for (const a of [w.keys, w.starts, w.vals]) parts.push(Buffer.from(a.buffer, a.byteOffset, a.byteLength));
    parts.push(Buffer.from(w.ids.buffer, w.ids.byteOffset, w.ids.byteLength), Buffer.alloc(pad4(w.ids.length) - w.ids.length));
  }
  writeFileSync(path, Buffer.concat(parts));
}

/** The parser with the tagger that gives it its tags. */
export interface SyntaxModel {
  parser: Parser;
  tagger: Tagger;
}

export function loadModel(path = DEFAULT_MODEL): SyntaxModel & { info: ModelInfo; tables: { moves: FrozenWeights; labeller: FrozenWeights; tagger: FrozenWeights } } {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (err) {
    throw new Error(`cannot read the syntax model ${path} (${(err as Error).message}); retrain it with 'npx tsx bench/syntax-train.ts'`);
  }
  if (buf.toString('latin1', 0, 4) !== MAGIC) throw new Error(`${path} is not a dyad syntax model`);
  const hlen = buf.readUInt32LE(4);
  const head = JSON.parse(buf.toString('utf8', 8, 8 + hlen)) as ModelInfo & { moves: TableHead; labeller: TableHead; tagger: TableHead };
  // one aligned copy, so every view below starts on a 4-byte boundary
  const bytes = new Uint8Array(buf.length);
  bytes.set(buf);
  let at = 8 + pad4(hlen);
  const take = (t: TableHead) => {
    const keys = new Int32Array(bytes.buffer, at, t.cap);
    at += t.cap * 4;
    const starts = new Int32Array(bytes.buffer, at, t.cap + 1);
    at += (t.cap + 1) * 4;
    const vals = new Float32Array(bytes.buffer, at, t.total);
    at += t.total * 4;
    const ids = new Uint8Array(bytes.buffer, at, t.total);
    at += pad4(t.total);
    return new FrozenWeights(t.classes, keys, starts, ids, vals);
  };
  const moves = take(head.moves);
  const labeller = take(head.labeller);
  const tagger = take(head.tagger);
  // the move classifier has 3 classes: its weights sit beside their keys, one cache line a lookup
  return { parser: new Parser(DenseWeights.from(moves), labeller, head.labels), tagger: new Tagger(tagger), tables: { moves, labeller, tagger }, info: { version: head.version, labels: head.labels, provenance: head.provenance } };
}
