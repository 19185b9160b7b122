import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Readable } from 'node:stream';
import { DyadError } from '../doc/errors.ts';
import type { RawRecord } from '../doc/record.ts';
import { decodeBytes } from './decode.ts';

const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);

/** Told of what was mended in a record that is still read (a line, no 'dyad:' prefix). */
export type Warn = (message: string) => void;

/** The note for bytes that were not UTF-8 in a file read as UTF-8. */
export const replacedNote = (id: string, n: number) =>
  `record ${id}: ${n === 1 ? '1 byte that is' : `${n} bytes that are`} not valid UTF-8 replaced with U+FFFD (the rest is read as UTF-8)`;

/** True when decoded content looks like an HTML page rather than plain text. */
export function looksLikeHtml(s: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body|<\?xml[^>]*>\s*<html)/i.test(s.slice(0, 1024));
}

/** Reads one .txt or .html file (or '-' for standard input, when it is a file or a terminal) as one raw record. */
export function readArticleFile(path: string, maxBytes: number, warn: Warn = () => {}, id = path === '-' ? 'stdin' : basename(path)): RawRecord {
  let buf: Buffer;
  try {
    // A file over the limit is rejected from its size, before a byte of it is read.
    const size = path === '-' ? 0 : statSync(path).size;
    if (size > maxBytes) throw tooLarge(id, size, maxBytes);
    buf = path === '-' ? readFileSync(0) : readFileSync(path);
  } catch (e) {
    if (e instanceof DyadError) throw e;
    throw new DyadError('UNREADABLE', `${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (buf.length > maxBytes) throw tooLarge(id, buf.length, maxBytes);
  return recordOf(id, path, buf, warn);
}

/**
 * Reads standard input (or any stream) as one raw record, counting bytes as they come: once they
 * pass the limit, reading stops and the stream is let go, so an endless or huge input (a pipe from
 * /dev/zero) costs no more memory than the limit, and the error comes at once, not at its end.
 */
export async function readStdinArticle(input: Readable, maxBytes: number, warn: Warn = () => {}): Promise<RawRecord> {
  const parts: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of input) {
      const b: Buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += b.length;
      if (size > maxBytes) {
        input.destroy();
        throw new DyadError('TOO_LARGE', `record stdin: standard input is over the ${(maxBytes / 1e6).toFixed(1)} MB limit (raise it with --max-bytes)`);
      }
      parts.push(b);
    }
  } catch (e) {
    if (e instanceof DyadError) throw e;
    throw new DyadError('UNREADABLE', `standard input: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return recordOf('stdin', '-', Buffer.concat(parts, size), warn);
}

/** The bytes of one file as a record: decoded, checked, and taken as HTML or text. */
function recordOf(id: string, path: string, buf: Buffer, warn: Warn): RawRecord {
  if (buf.length === 0) throw new DyadError('EMPTY', `record ${id}: the file is empty`);
  const { text, encoding, replaced } = decodeBytes(buf);
  if (replaced) warn(replacedNote(id, replaced));
  // UTF-16 has zero bytes in every other place; in any other encoding a NUL byte means binary.
  if (!encoding.startsWith('utf-16') && buf.includes(0)) throw new DyadError('BINARY', `record ${id}: holds NUL bytes: binary content, not an article`);
  const html = HTML_EXT.has(extname(path).toLowerCase()) || looksLikeHtml(text);
  const file = path === '-' ? {} : { path };
  return html ? { id, html: text, origin: path, ...file } : { id, text, origin: path, ...file };
}

const tooLarge = (id: string, bytes: number, maxBytes: number) =>
  new DyadError('TOO_LARGE', `record ${id}: ${(bytes / 1e6).toFixed(1)} MB is over the ${(maxBytes / 1e6).toFixed(1)} MB limit (raise it with --max-bytes)`);
