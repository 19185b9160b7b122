import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { DyadError } from '../doc/errors.ts';
import type { RawRecord } from '../doc/record.ts';
import { decodeBytes } from './decode.ts';

const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);

/** True when decoded content looks like an HTML page rather than plain text. */
export function looksLikeHtml(s: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body|<\?xml[^>]*>\s*<html)/i.test(s.slice(0, 1024));
}

/** Reads one .txt or .html file (or '-' for standard input) as one raw record. */
export function readArticleFile(path: string, maxBytes: number): RawRecord {
  const id = path === '-' ? 'stdin' : basename(path);
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
  if (buf.length === 0) throw new DyadError('EMPTY', `record ${id}: the file is empty`);
  const { text, encoding } = decodeBytes(buf);
  // UTF-16 has zero bytes in every other place; in any other encoding a NUL byte means binary.
  if (!encoding.startsWith('utf-16') && buf.includes(0)) throw new DyadError('BINARY', `record ${id}: holds NUL bytes: binary content, not an article`);
  const html = HTML_EXT.has(extname(path).toLowerCase()) || looksLikeHtml(text);
  const file = path === '-' ? {} : { path };
  return html ? { id, html: text, origin: path, ...file } : { id, text, origin: path, ...file };
}

const tooLarge = (id: string, bytes: number, maxBytes: number) =>
  new DyadError('TOO_LARGE', `record ${id}: ${(bytes / 1e6).toFixed(1)} MB is over the ${(maxBytes / 1e6).toFixed(1)} MB limit (raise it with --max-bytes)`);
