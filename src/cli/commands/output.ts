// How query commands print: a table for people, or one JSON array (--json) or CSV (--csv) for
// machines. A column says how to get its cell from a row.
import { createWriteStream, type WriteStream } from 'node:fs';
import { table } from '../table.ts';
import { UsageError } from '../usage-error.ts';

export interface OutputOptions {
  json?: boolean;
  csv?: boolean;
  out?: NodeJS.WritableStream;
}

export type Column<T> = [header: string, cell: (row: T) => unknown];

const text = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'number' ? String(v) : String(v));

export function csvCell(v: unknown): string {
  const s = text(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (cells: unknown[]) => cells.map(csvCell).join(',');

/** Prints rows: JSON gets the rows themselves (`json` maps them first if given). */
export function emit<T>(rows: T[], columns: Column<T>[], opts: OutputOptions, json: (r: T) => unknown = (r) => r): void {
  const out = opts.out ?? process.stdout;
  if (opts.json) {
    out.write(JSON.stringify(rows.map(json), null, 2) + '\n');
    return;
  }
  if (opts.csv) {
    out.write([csvLine(columns.map((c) => c[0])), ...rows.map((r) => csvLine(columns.map((c) => c[1](r))))].join('\n') + '\n');
    return;
  }
  if (!rows.length) {
    out.write('(nothing found)\n');
    return;
  }
  out.write(table(columns.map((c) => c[0]), rows.map((r) => columns.map((c) => text(c[1](r))))) + '\n');
}

/**
 * A write that waits while the reader is slower, and fails (instead of waiting for ever or throwing
 * from an event) when the stream does: a full disk under --out.
 */
export function writer(out: NodeJS.WritableStream): (s: string) => Promise<void> {
  let failed: Error | null = null;
  const waiting = new Set<(e: Error) => void>();
  out.on('error', (e: Error) => {
    failed = e;
    for (const j of waiting) j(e);
  });
  return (s) => {
    if (failed) return Promise.reject(failed);
    if (out.write(s)) return Promise.resolve();
    return new Promise<void>((r, j) => {
      waiting.add(j);
      out.once('drain', () => (waiting.delete(j), r()));
    });
  };
}

/** Opens --out for writing, or refuses at once naming it: no such folder, a folder, no permission. */
export async function openOut(path: string): Promise<WriteStream> {
  const s = createWriteStream(path);
  try {
    await new Promise<void>((r, j) => s.once('open', () => r()).once('error', j));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such folder' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'not allowed to write there' : (e as Error).message;
    throw new UsageError(`--out ${path}: cannot write (${why})`);
  }
  return s;
}

/**
 * Prints rows as they come, for lists longer than one store page: JSON and CSV are written row by
 * row (waiting when the reader is slower), a table is laid out once every row is in.
 */
export async function emitAll<T>(rows: AsyncIterable<T>, columns: Column<T>[], opts: OutputOptions, json: (r: T) => unknown = (r) => r): Promise<void> {
  const out = opts.out ?? process.stdout;
  if (!opts.json && !opts.csv) {
    const all: T[] = [];
    for await (const r of rows) all.push(r);
    emit(all, columns, opts, json);
    return;
  }
  const write = writer(out);
  let n = 0;
  if (opts.csv) await write(csvLine(columns.map((c) => c[0])) + '\n');
  for await (const r of rows) {
    if (opts.json) await write((n ? ',\n' : '[\n') + JSON.stringify(json(r), null, 2).replace(/^/gm, '  '));
    else await write(csvLine(columns.map((c) => c[1](r))) + '\n');
    n++;
  }
  if (opts.json) await write(n ? '\n]\n' : '[]\n');
}

export const actorName = (a: { name: string; country: string | null } | null) => (a ? (a.country && !a.name.includes(a.country) ? `${a.name} (${a.country})` : a.name) : '');
export const num = (n: number | null) => (n === null ? '' : n.toFixed(2).replace(/\.?0+$/, '') || '0');
