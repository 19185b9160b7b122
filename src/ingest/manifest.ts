// Dates for records that carry none: a manifest (JSONL or CSV) mapping files or record ids to days,
// and one day for everything (`--date`). Both only fill in where a record has no date of its own, and
// both count as the record's date: the user said so.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DyadError } from '../doc/errors.ts';
import type { RawRecord } from '../doc/record.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A YYYY-MM-DD day that exists, or null. */
export function checkDay(s: string): string | null {
  if (!DAY.test(s)) return null;
  const t = new Date(s + 'T00:00:00Z');
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === s ? s : null;
}

/** File path (absolute) or record id -> day. */
export type Manifest = Map<string, string>;

/**
 * Reads a manifest: JSON lines `{"file": "a.txt", "date": "2024-06-20"}` (or `path` / `id` for the key),
 * or CSV with a header naming a `file`/`path`/`id` column and a `date` column. Relative paths are
 * taken from the manifest's folder. A line with no key or a date that is not a day is an error.
 */
export function readManifest(path: string): Manifest {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new DyadError('UNREADABLE', `${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const base = dirname(resolve(path));
  const out: Manifest = new Map();
  const lines = text.split(/\r?\n/);
  const add = (key: string, date: string, n: number) => {
    const day = checkDay(date.trim());
    if (!key.trim() || !day) throw new DyadError('BAD_RECORD', `${path}:${n}: needs a file, path or id and a date as YYYY-MM-DD`);
    out.set(key.trim(), day);
    out.set(resolve(base, key.trim()), day);
  };
  if (lines.find((l) => l.trim())?.trim().startsWith('{')) {
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      let o: Record<string, unknown>;
      try {
        o = JSON.parse(line);
      } catch {
        throw new DyadError('BAD_RECORD', `${path}:${i + 1}: not JSON`);
      }
      add(String(o.file ?? o.path ?? o.id ?? ''), String(o.date ?? ''), i + 1);
    });
    return out;
  }
  const rows = lines.map((l, i) => [i + 1, splitCsv(l)] as const).filter(([, r]) => r.some((c) => c.trim()));
  if (!rows.length) return out;
  const head = rows[0][1].map((c) => c.trim().toLowerCase());
  const keyCol = head.findIndex((c) => c === 'file' || c === 'path' || c === 'id');
  const dateCol = head.indexOf('date');
  const hasHeader = keyCol >= 0 && dateCol >= 0;
  for (const [n, r] of hasHeader ? rows.slice(1) : rows) add(r[hasHeader ? keyCol : 0] ?? '', r[hasHeader ? dateCol : 1] ?? '', n);
  return out;
}

/** One CSV line's cells; double quotes may wrap a cell, "" inside is a quote. */
function splitCsv(line: string): string[] {
  const cells: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') (cur += '"'), i++;
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') cells.push(cur), (cur = '');
    else cur += ch;
  }
  cells.push(cur);
  return cells;
}

/** Gives a record without a date of its own the manifest's day for its file or id, else `fallback`. */
export function fillDate(record: RawRecord, file: string, manifest: Manifest | null, fallback: string | null): RawRecord {
  if (record.date) return record;
  const day = manifest?.get(resolve(file)) ?? manifest?.get(String(record.id)) ?? fallback;
  return day ? { ...record, date: day, dateSource: 'record' } : record;
}
