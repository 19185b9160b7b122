// dyad ingest URL and dyad analyze URL end to end, against a local HTTP server on 127.0.0.1: pages and
// feeds are stored with their URLs, a second run skips them, private addresses are refused unless
// --allow-private, and a failing URL is one line while the others are stored.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeCommand } from '../src/cli/commands/analyze.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { startServer, type TestServer } from '../src/ingest/url/test-server.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'dyad-url-'));
let srv: TestServer;
const sink = () => {
  const s = new PassThrough();
  const lines: string[] = [];
  s.on('data', (d) => lines.push(...String(d).split('\n').filter(Boolean)));
  return { s, lines, text: () => lines.join('\n') };
};

const PAGE = `<!doctype html><html><head><title>Harbour deal signed</title></head><body><article>
<h1>Harbour deal signed</h1><p>VALLETTA, March 3, 2026 - Malta and Italy signed an agreement on Tuesday to share the cost of a new harbour patrol, officials said.</p>
<p>"This protects both our coasts," the Maltese foreign minister told reporters after the ceremony.</p></article></body></html>`;
const FEED = (base: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Coast Wire</title>
<item><title>Greece praises rescue crews</title><link>${base}/items/1</link><pubDate>Mon, 02 Mar 2026 09:00:00 GMT</pubDate>
<description>Greece praised the rescue crews of three navies on Monday after a storm sank two fishing boats.</description></item>
<item><title>Spain recalls envoy</title><link>${base}/items/2</link><pubDate>Tue, 03 Mar 2026 09:00:00 GMT</pubDate>
<description>Spain recalled its ambassador from Morocco on Tuesday over a dispute about fishing rights.</description></item>
</channel></rss>`;

beforeAll(async () => {
  srv = await startServer();
  srv.route('/story.html', (_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE));
  srv.route('/feed.xml', (_, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED(srv.base)));
  srv.route('/moved', (_, res) => res.writeHead(301, { location: '/story.html' }).end());
});
afterAll(async () => {
  await srv.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('URLs', () => {
  it('ingests a page and a feed from URLs, once: a second run skips them without analysing', async () => {
    const db = join(dir, 'urls.db');
    const err = sink();
    const urls = [`${srv.base}/story.html`, `${srv.base}/feed.xml`, `${srv.base}/missing`];
    const first = await ingest(urls, { db, workers: 0, progress: false, err: err.s, fetch: { allowPrivate: true } });
    expect(first).toMatchObject({ records: 4, added: 3, failed: 1 });
    expect(err.text()).toContain(`dyad: ${srv.base}/missing: HTTP 404`);
    const store = openSqliteStore(db);
    const rows = await store.articles({ limit: 10 });
    expect(rows.map((r) => r.url).sort()).toEqual([`${srv.base}/items/1`, `${srv.base}/items/2`, `${srv.base}/story.html`].sort());
    expect(rows.find((r) => r.url?.endsWith('/items/2'))!.date).toBe('2026-03-03');
    await store.close();
    const again = await ingest([`${srv.base}/moved`, `${srv.base}/feed.xml`], { db, workers: 0, progress: false, err: sink().s, fetch: { allowPrivate: true } });
    expect(again).toMatchObject({ records: 3, added: 0, skipped: 3, failed: 0 });
  });

  it('refuses this machine by default, in one line, and stores nothing', async () => {
    const db = join(dir, 'refused.db');
    const err = sink();
    const hits = srv.hits.get('/story.html') ?? 0;
    const rep = await ingest([`${srv.base}/story.html`], { db, workers: 0, progress: false, err: err.s });
    expect(rep).toMatchObject({ records: 1, added: 0, failed: 1 });
    expect(err.lines).toEqual([`dyad: ${srv.base}/story.html: 127.0.0.1, a loopback address: not fetched (--allow-private fetches it)`]);
    expect(srv.hits.get('/story.html') ?? 0).toBe(hits);
  });

  it('analyses a page at a URL, and each item of a feed', async () => {
    const out = sink();
    const err = sink();
    expect(await analyzeCommand([`${srv.base}/story.html`], { json: true, allowPrivate: true, out: out.s, err: err.s })).toBe(0);
    const json = JSON.parse(out.lines.join('\n'));
    expect(json.article.title).toBe('Harbour deal signed');
    expect(json.article.text).toContain('Malta and Italy signed an agreement');
    const feedOut = sink();
    expect(await analyzeCommand([`${srv.base}/feed.xml`], { allowPrivate: true, out: feedOut.s, err: sink().s })).toBe(0);
    expect(feedOut.text()).toContain('Greece praises rescue crews');
    expect(feedOut.text()).toContain('Spain recalls envoy');
    const refused = sink();
    expect(await analyzeCommand([`${srv.base}/story.html`], { out: sink().s, err: refused.s })).toBe(1);
    expect(refused.lines).toEqual([`dyad: ${srv.base}/story.html: 127.0.0.1, a loopback address: not fetched (--allow-private fetches it)`]);
    const many = sink();
    expect(await analyzeCommand([`${srv.base}/feed.xml`], { json: true, allowPrivate: true, out: sink().s, err: many.s })).toBe(1);
    expect(many.text()).toContain('a feed of 2 items; --json prints one article');
  });
});
