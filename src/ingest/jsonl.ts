import type { Readable } from 'node:stream';
import { DyadError } from '../doc/errors.ts';
import type { RawRecord } from '../doc/record.ts';
import { readLines } from './lines.ts';

/** One parsed JSONL line: a record, or the error that names it. */
export type JsonlItem = { record: RawRecord } | { id: string; error: DyadError };

/**
 * Parses one JSONL line into a record. A line that is not JSON, not an object, or has neither a
 * string `text` nor a string `html` becomes an error naming the line (or its id when it has one).
 */
export function parseJsonlLine(line: string, lineNo: number, origin = 'input', maxBytes?: number): JsonlItem {
  // a byte-order mark some editors write at the start of a UTF-8 file belongs to no record
  if (lineNo === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
  if (maxBytes != null && line.length > lineCap(maxBytes)) return overLine(line.slice(0, 4096), line.length, lineNo, origin, maxBytes);
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (e) {
    return { id: `line-${lineNo}`, error: new DyadError('BAD_RECORD', `${origin}:${lineNo}: not JSON (${(e as Error).message})`) };
  }
  return recordOf(obj, `${origin}:${lineNo}`, `line-${lineNo}`);
}

/**
 * One parsed JSON value as a record (a JSONL line, or an element of a .json list): an object with a
 * string `text` or `html`, else an error naming `where` and the record's id (or `fallbackId`).
 */
export function recordOf(obj: unknown, where: string, fallbackId: string): JsonlItem {
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) {
    return { id: fallbackId, error: new DyadError('BAD_RECORD', `${where}: not a JSON object`) };
  }
  const o = obj as Record<string, unknown>;
  const id = o.id != null ? String(o.id) : fallbackId;
  if (typeof o.text !== 'string' && typeof o.html !== 'string') {
    return { id, error: new DyadError('BAD_RECORD', `${where}: record ${id} has neither a "text" nor an "html" string`) };
  }
  return {
    record: {
      id,
      text: typeof o.text === 'string' ? o.text : undefined,
      html: typeof o.html === 'string' ? o.html : undefined,
      url: typeof o.url === 'string' ? o.url : null,
      date: typeof o.date === 'string' ? o.date : null,
      title: typeof o.title === 'string' ? o.title : null,
      origin: where,
    },
  };
}

/**
 * The most bytes a JSONL line may hold for records of at most `maxBytes`: a line far over the
 * record limit is not collected or parsed at all. JSON escapes can at most double a text's size,
 * and the other fields (url, title, date) get 64 KB.
 */
export const lineCap = (maxBytes: number) => 2 * maxBytes + 65536;

/** The error for a line over the cap, naming its record from the line's first bytes. */
function overLine(head: string, bytes: number, lineNo: number, origin: string, maxBytes: number): JsonlItem {
  const id = idOf(head) ?? `line-${lineNo}`;
  return { id, error: new DyadError('TOO_LARGE', `${origin}:${lineNo}: record ${id}: a ${(bytes / 1e6).toFixed(1)} MB line is over the ${(maxBytes / 1e6).toFixed(1)} MB limit (raise it with --max-bytes)`) };
}

/**
 * The records of a JSONL stream, each with its line number; blank lines are left out. A line over
 * the cap is one error, read no further than its first bytes, and the next line is read as usual.
 */
export async function* readJsonl(input: Readable, origin: string, maxBytes: number): AsyncGenerator<{ n: number; item: JsonlItem }> {
  for await (const l of readLines(input, lineCap(maxBytes))) {
    if ('over' in l) yield { n: l.n, item: overLine(l.head, l.over, l.n, origin, maxBytes) };
    else if (l.line.trim()) yield { n: l.n, item: parseJsonlLine(l.line, l.n, origin, maxBytes) };
  }
}

/** The id near the start of a JSON line that is too large to parse, when it is there. */
function idOf(head: string): string | null {
  const m = /"id"\s*:\s*(?:"((?:[^"\\]|\\.){1,200})"|(-?\d{1,30}))/.exec(head);
  return m ? (m[1] ?? m[2]) : null;
}
