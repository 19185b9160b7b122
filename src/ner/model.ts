import { readFileSync } from 'node:fs';

/**
 * A trained tagger: for each feature a row of weights (one per tag), and tag-to-tag transition
 * weights (row 0 is the sentence start). Stored as text:
 *
 *   dyad-ner-model 1
 *   {"tags": [...], "features": N, "scale": S, ...header}
 *   trans <(T+1)*T integers>
 *   <feature>\t<tag>:<int> <tag>:<int> ...     (N lines; weight = int / S)
 *   end N
 */
export interface NerModel {
  tags: readonly string[];
  index: Map<string, number>;
  /** rows × tags, row = index.get(feature). */
  weights: Float32Array;
  /** (tags + 1) × tags. */
  trans: Float32Array;
  header: Record<string, unknown>;
}

const MAGIC = 'dyad-ner-model 1';

export class ModelError extends Error {
  constructor(source: string, line: number | null, problem: string) {
    super(`NER model ${source}${line != null ? `:${line}` : ''}: ${problem}`);
    this.name = 'ModelError';
  }
}

export function parseModel(text: string, source = 'model'): NerModel {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const bad = (line: number | null, problem: string) => new ModelError(source, line, problem);
  if (lines[0] !== MAGIC) throw bad(1, `not a dyad NER model (first line should be "${MAGIC}")`);
  let header: Record<string, unknown>;
  try {
    header = JSON.parse(lines[1] ?? '');
  } catch {
    throw bad(2, 'header is not valid JSON');
  }
  const tags = header.tags;
  const n = header.features;
  const scale = header.scale;
  if (!Array.isArray(tags) || !tags.length || !tags.every((t) => typeof t === 'string')) throw bad(2, 'header has no "tags" list');
  if (!Number.isInteger(n) || (n as number) < 0) throw bad(2, 'header "features" is not a count');
  if (typeof scale !== 'number' || !(scale > 0)) throw bad(2, 'header "scale" is not a positive number');
  const T = tags.length;
  const N = n as number;
  if (lines.length !== N + 4) throw bad(null, `expected ${N + 4} lines for ${N} features, found ${lines.length} (truncated or corrupt)`);
  if (lines[N + 3] !== `end ${N}`) throw bad(N + 4, `last line should be "end ${N}"`);
  const tr = lines[2].split(' ');
  if (tr[0] !== 'trans' || tr.length !== 1 + (T + 1) * T) throw bad(3, `transition line should hold ${(T + 1) * T} weights`);
  const trans = new Float32Array((T + 1) * T);
  for (let k = 0; k < trans.length; k++) {
    const v = Number(tr[k + 1]);
    if (!Number.isFinite(v)) throw bad(3, `transition weight ${k} is not a number`);
    trans[k] = v / scale;
  }
  const index = new Map<string, number>();
  const weights = new Float32Array(N * T);
  for (let r = 0; r < N; r++) {
    const line = lines[r + 3];
    const tab = line.indexOf('\t');
    if (tab <= 0) throw bad(r + 4, 'feature line has no tab');
    const name = line.slice(0, tab);
    if (index.has(name)) throw bad(r + 4, `feature "${name}" appears twice`);
    index.set(name, r);
    const cells = line.slice(tab + 1).split(' ');
    for (const cell of cells) {
      const colon = cell.indexOf(':');
      const t = Number(cell.slice(0, colon));
      const v = Number(cell.slice(colon + 1));
      if (colon <= 0 || !Number.isInteger(t) || t < 0 || t >= T || !Number.isFinite(v)) throw bad(r + 4, `bad weight "${cell}"`);
      weights[r * T + t] = v / scale;
    }
  }
  return { tags: tags as string[], index, weights, trans, header };
}

export function loadModel(path: string): NerModel {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ModelError(path, null, `cannot be read (${(e as Error).message})`);
  }
  return parseModel(text, path);
}

/** Writes a model as text, weights rounded to 1/scale; weights that round to 0 and empty rows are left out. */
export function serializeModel(m: Omit<NerModel, 'header'>, header: Record<string, unknown>, scale: number): string {
  const T = m.tags.length;
  const rows: string[] = [];
  for (const [name, r] of [...m.index].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (/[\t\n\r]/.test(name)) continue;
    const cells: string[] = [];
    for (let t = 0; t < T; t++) {
      const v = Math.round(m.weights[r * T + t] * scale);
      if (v !== 0) cells.push(`${t}:${v}`);
    }
    if (cells.length) rows.push(`${name}\t${cells.join(' ')}`);
  }
  const trans = Array.from(m.trans, (v) => Math.round(v * scale));
  const head = JSON.stringify({ ...header, tags: m.tags, features: rows.length, scale });
  return [MAGIC, head, `trans ${trans.join(' ')}`, ...rows, `end ${rows.length}`].join('\n') + '\n';
}
