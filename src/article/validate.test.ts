import { describe, expect, it } from 'vitest';
import { buildConfig } from '../config/config.ts';
import { DyadError } from '../doc/errors.ts';
import { readArticle } from './read-article.ts';
import { checkSize, checkText } from './validate.ts';

const config = buildConfig({ maxBytes: 1000 });
const errorOf = (f: () => unknown): DyadError => {
  try {
    f();
  } catch (e) {
    if (e instanceof DyadError) return e;
    throw e;
  }
  throw new Error('no error');
};

describe('bad input is rejected with a one-line error that names the record', () => {
  it('NUL bytes', () => {
    const e = errorOf(() => readArticle({ id: 'r1', text: 'A line.\u0000\u0000 more' }, config));
    expect(e.code).toBe('BINARY');
    expect(e.message).toMatch(/^record r1: /);
    expect(e.message).not.toContain('\n');
  });

  it('binary content without NULs (control characters)', () => {
    const junk = Array.from({ length: 400 }, (_, i) => String.fromCharCode((i * 7) % 31 + 1)).join('');
    expect(errorOf(() => checkText('r2', junk, 'html')).code).toBe('BINARY');
  });

  it('a record over the size limit, measured in UTF-8 bytes', () => {
    const e = errorOf(() => readArticle({ id: 'big', text: '\u00e9'.repeat(600) }, config));
    expect(e.code).toBe('TOO_LARGE');
    expect(e.message).toMatch(/^record big: 0\.0 MB is over the 0\.0 MB limit/);
    expect(() => checkSize('ok', 'x'.repeat(333), 1000)).not.toThrow();
  });

  it('an empty body after cleaning, for HTML and for text', () => {
    expect(errorOf(() => readArticle({ id: 'h', html: '<html><body><nav><a href="/">Home</a></nav><script>x()</script></body></html>' }, config)).code).toBe('EMPTY');
    expect(errorOf(() => readArticle({ id: 't', text: '   \n\n  ' }, config)).code).toBe('EMPTY');
  });

  it('a record with neither text nor html', () => {
    const e = errorOf(() => readArticle({ id: 'n' }, config));
    expect(e.code).toBe('BAD_RECORD');
    expect(e.message).toContain('record n');
  });

  it('keeps ordinary text with tabs and form feeds', () => {
    expect(() => checkText('fine', 'Col A\tCol B\fNext page.\r\n', 'text')).not.toThrow();
  });
});
