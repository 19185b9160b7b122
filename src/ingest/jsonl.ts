import { DyadError } from '../doc/errors.ts';
import type { RawRecord } from '../doc/record.ts';

/** One parsed JSONL line: a record, or the error that names it. */
export type JsonlItem = { record: RawRecord } | { id: string; error: DyadError };

/**
 * Parses one JSONL line into a record. A line that is not JSON, not an object, or has neither a
 * string `text` nor a string `html` becomes an error naming the line (or its id when it has one).
 */
export function parseJsonlLine(line: string, lineNo: number, origin = 'input'): JsonlItem {
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
