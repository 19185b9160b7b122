import { readFileSync } from 'node:fs';
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
  let buf: Buffer;
  try {
    buf = path === '-' ? readFileSync(0) : readFileSync(path);
  } catch (e) {
    throw new DyadError('UNREADABLE', `${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const id = path === '-' ? 'stdin' : basename(path);
  if (buf.length > maxBytes) throw new DyadError('TOO_LARGE', `record ${id}: ${(buf.length / 1e6).toFixed(1)} MB is over the ${(maxBytes / 1e6).toFixed(1)} MB limit (raise it with --max-bytes)`);
  if (buf.length === 0) throw new DyadError('EMPTY', `record ${id}: the file is empty`);
  if (buf.includes(0) && !(buf[0] === 0xff || buf[0] === 0xfe)) throw new DyadError('BINARY', `record ${id}: holds NUL bytes: binary content, not an article`);
  const { text } = decodeBytes(buf);
  const html = HTML_EXT.has(extname(path).toLowerCase()) || looksLikeHtml(text);
  return html ? { id, html: text, origin: path } : { id, text, origin: path };
}
