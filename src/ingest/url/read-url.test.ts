import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { Fetched } from './fetch.ts';
import { isUrl, recordsOf } from './read-url.ts';

const answer = (body: string | Buffer, type: string | null, charset: string | null = null, url = 'https://paper.example/world/index.html'): Fetched => ({
  url,
  status: 200,
  notModified: false,
  type,
  charset,
  body: typeof body === 'string' ? Buffer.from(body) : body,
  etag: null,
  lastModified: null,
});
const only = (items: ReturnType<typeof recordsOf>) => {
  expect(items).toHaveLength(1);
  const [it] = items;
  if ('error' in it) throw it.error;
  return it;
};

describe('recordsOf', () => {
  it('reads a page by its Content-Type, keyed by the URL it was fetched from', () => {
    const it = only(recordsOf('http://paper.example/a', answer('<p>The council met on Monday.</p>', 'text/html')));
    expect(it.record).toMatchObject({ id: 'http://paper.example/a', url: 'https://paper.example/world/index.html', html: '<p>The council met on Monday.</p>' });
    expect(it.source).toBe('paper.example');
    expect(only(recordsOf('u', answer('<html> is a tag', 'text/plain'))).record.text).toBe('<html> is a tag');
  });

  it('honours the charset the header declares, over the page and over a guess', () => {
    const word = 'привет, мир';
    const koi = iconv.encode(word, 'koi8-r');
    expect(only(recordsOf('u', answer(koi, 'text/plain', 'KOI8-R'))).record.text).toBe(word);
    const page = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"></head><body>'), iconv.encode(word, 'windows-1251'), Buffer.from('</body></html>')]);
    expect(only(recordsOf('u', answer(page, 'text/html', 'windows-1251'))).record.html).toContain(word);
    expect(only(recordsOf('u', answer(page, 'text/html'))).record.html).not.toContain(word);
  });

  it('reads a feed served as a feed or as plain XML, with relative links made absolute', () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Paper</title>
      <item><title>Talks resume</title><link>/world/talks.html</link><pubDate>Tue, 01 Dec 2026 08:00:00 GMT</pubDate><description>Envoys met again in the capital on Tuesday.</description></item>
      <item><title>Nothing</title><link>/world/empty.html</link></item></channel></rss>`;
    for (const type of ['application/rss+xml', 'application/xml', null]) {
      const items = recordsOf('https://paper.example/rss', answer(rss, type));
      expect(items).toHaveLength(2);
      const [good, bad] = items;
      expect('record' in good && good.record).toMatchObject({ url: 'https://paper.example/world/talks.html', date: '2026-12-01' });
      expect('error' in bad && bad.error.code).toBe('EMPTY');
    }
  });

  it('refuses what is neither a page nor a feed, and reads a 304 as nothing new', () => {
    const [pdf] = recordsOf('https://paper.example/r.pdf', answer('%PDF-1.4', 'application/pdf'));
    expect('error' in pdf && pdf.error.message).toBe('https://paper.example/r.pdf: is application/pdf, not a page or a feed');
    expect(recordsOf('u', { ...answer('', null), notModified: true, status: 304 })).toEqual([]);
    const [empty] = recordsOf('u', answer('', 'text/html'));
    expect('error' in empty && empty.error.code).toBe('EMPTY');
  });

  it('tells URLs from paths', () => {
    expect(isUrl('https://a.example/x')).toBe(true);
    expect(isUrl('HTTP://a.example')).toBe(true);
    expect(isUrl('./http/notes.txt')).toBe(false);
    expect(isUrl('ftp://a.example/x')).toBe(false);
  });
});
