import { DyadError } from '../doc/errors.ts';

/** Control characters other than tab, line feed, form feed and carriage return; U+FFFD. */
const SUSPECT = /[\x00-\x08\x0b\x0e-\x1f\ufffd]/;

/** Rejects content that is not text: NUL characters, or many control characters. */
export function checkText(id: string, s: string, what: 'text' | 'html'): void {
  if (s.indexOf('\u0000') >= 0) throw new DyadError('BINARY', `record ${id}: ${what} holds NUL bytes: binary content, not an article`);
  const sample = s.length > 65536 ? s.slice(0, 65536) : s;
  // Nearly every text has none of them: one native scan settles it.
  if (!SUSPECT.test(sample)) return;
  let control = 0;
  let replacement = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
    else if (c === 0xfffd) replacement++;
  }
  if (control > 0.01 * sample.length + 2 || replacement > 0.1 * sample.length + 8) {
    throw new DyadError('BINARY', `record ${id}: ${what} looks binary (${control + replacement} control or undecodable characters in the first ${sample.length})`);
  }
}

/** Rejects a record over the size limit, before any work is spent on it. */
export function checkSize(id: string, s: string, maxBytes: number): void {
  // A JS string needs at least one byte per UTF-16 unit: cheap bound first, exact count if close.
  if (s.length * 3 <= maxBytes) return;
  const bytes = Buffer.byteLength(s, 'utf8');
  if (bytes > maxBytes) {
    throw new DyadError('TOO_LARGE', `record ${id}: ${(bytes / 1e6).toFixed(1)} MB is over the ${(maxBytes / 1e6).toFixed(1)} MB limit (raise it with --max-bytes)`);
  }
}
