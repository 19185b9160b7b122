import { DyadError } from '../doc/errors.ts';
import type { RawRecord } from '../doc/record.ts';

/** One parsed JSONL line: a record, or the error that names it. */
export type JsonlItem = { record: RawRecord } | { id: string; error: DyadError };

/**
 * Parses one JSONL line into a record. A line that is not JSON, not an object, or has neither a
 * string `text` nor a string `html` becomes an error naming the line (or its id when it has one).
 */
export function parseJsonlLine(line: string, lineNo: number, origin = 'input', maxBytes?: number): JsonlItem {
  // a byte-order mark some editors write at the start of a UTF-8 file belongs to no record
  if (lineNo === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
  // A line far over the limit is not parsed at all: JSON escapes can at most double a text's size.
  if (maxBytes != null && line.length > 2 * maxBytes + 65536) {
    const id = idOf(line.slice(0, 4096)) ?? `line-${lineNo}`;
    return { id, error: new DyadError('TOO_LARGE', `${origin}:${lineNo}: record ${id}: a ${(line.length / 1e6).toFixed(1)} MB line is over the ${(maxBytes / 1e6).toFixed(1)} MB limit (raise it with --max-bytes)`) };
  }
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (e) {
    return { id: `line-${lineNo}`, error: new DyadError('BAD_RECORD', `${origin}:${lineNo}: not JSON (${(e as Error).message})`) };
  }
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) {
    return { id: `line-${lineNo}`, error: new DyadError('BAD_RECORD', `${origin}:${lineNo}: not a JSON object`) };
  }
  const o = obj as Record<string, unknown>;
  const id = o.id != null ? String(o.id) : `line-${lineNo}`;
  if (typeof o.text !== 'string' && typeof o.html !== 'string') {
    return { id, error: new DyadError('BAD_RECORD', `${origin}:${lineNo}: record ${id} has neither a "text" nor an "html" string`) };
  }
  return {
    record: {
      id,
      text: typeof o.text === 'string' ? o.text : undefined,
      html: typeof o.html === 'string' ? o.html : undefined,
      url: typeof o.url === 'string' ? o.url : null,
      date: typeof o.date === 'string' ? o.date : null,
      title: typeof o.title === 'string' ? o.title : null,
      origin: `${origin}:${lineNo}`,
    },
  };
}

/** The id near the start of a JSON line that is too large to parse, when it is there. */
function idOf(head: string): string | null {
  const m = /"id"\s*:\s*(?:"((?:[^"\\]|\\.){1,200})"|(-?\d{1,30}))/.exec(head);
  return m ? (m[1] ?? m[2]) : null;
}
