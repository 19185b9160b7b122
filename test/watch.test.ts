// dyad watch end to end against local HTTP servers: a feed answered 304 to its own validators, a
// restart that resumes from the store (no request before a source is due, then a conditional GET),
// backoff on a failing source, a redirect to a private address refused, a folder read for its new
// files only, and a source gone silent. The clock the schedule reads is moved on by the test; the
// servers count every request.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, type Pool } from '../src/ingest/pool.ts';
import { blockedReason } from '../src/ingest/url/address.ts';
import type { FetchSettings } from '../src/ingest/url/fetch.ts';
import { startServer, type TestServer } from '../src/ingest/url/test-server.ts';
import { SETTLE_MS } from '../src/ingest/watch/poll.ts';
import { loadStates, watch, type WatchSettings } from '../src/ingest/watch/watch.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'dyad-watch-'));
const MIN = 60_000;
let pub: TestServer;
let inside: TestServer;
let pool: Pool;
let clock = Date.parse('2026-12-01T10:00:00Z');

// 127.0.0.1 stands for the internet (let through), 127.0.0.2 for a machine inside the network (refused by the real rule).
const fetch: FetchSettings = { blocked: (ip) => (ip === '127.0.0.1' ? null : blockedReason(ip)) };

const sink = () => {
  const s = new PassThrough();
  const lines: string[] = [];
  s.on('data', (d) => lines.push(...String(d).split('\n').filter(Boolean)));
  return { s, lines };
};

const item = (n: number, title: string, body: string) =>
  `<item><title>${title}</title><link>/items/${n}</link><pubDate>Tue, 0${n} Dec 2026 08:00:00 GMT</pubDate><description>${body}</description></item>`;
const ITEMS = [
  item(1, 'Chile and Peru agree on water talks', 'Chile and Peru agreed on Tuesday to open talks on sharing the water of a border river, their foreign ministers said.'),
  item(2, 'Norway sends aid to Sudan', 'Norway sent emergency aid to Sudan on Wednesday after floods destroyed villages along the Nile.'),
  item(3, 'Kenya recalls envoy', 'Kenya recalled its ambassador from Somalia on Thursday over a dispute about a maritime border.'),
];
let feedItems = 2;
let feedTag = '"v2"';
const feed = () => `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>${ITEMS.slice(0, feedItems).join('')}</channel></rss>`;

beforeAll(async () => {
  pub = await startServer('127.0.0.1');
  inside = await startServer('127.0.0.2');
  inside.route('/secret.xml', (_, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed()));
  pub.route('/feed.xml', (req, res) => {
    if (req.headers['if-none-match'] === feedTag) return void res.writeHead(304, { etag: feedTag }).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: feedTag }).end(feed());
  });
  let flaky = 0;
  pub.route('/flaky.xml', (_, res) => {
    if (++flaky <= 2) return void res.writeHead(503).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Flaky</title>${ITEMS[2]}</channel></rss>`);
  });
  pub.route('/to-inside', (_, res) => res.writeHead(302, { location: `http://127.0.0.2:${inside.port}/secret.xml` }).end());
  pool = await createPool(0, {});
});
afterAll(async () => {
  await pool.close();
  await pub.close();
  await inside.close();
  rmSync(dir, { recursive: true, force: true });
});

/** One round with a freshly opened store: every call is a restart of dyad watch. */
async function round(db: string, list: string[], more: Partial<WatchSettings> = {}) {
  const store = openSqliteStore(db);
  const err = sink();
  try {
    const ctx = { store, pool, states: await loadStates(store) };
    const rep = await watch(() => list, ctx, { intervalMs: 15 * MIN, silentAfterMs: 86_400_000, fetch, config: {}, err: err.s, now: () => clock, once: true, ...more });
    const states = new Map((await store.sources()).map((s) => [s.source, s]));
    return { rep, err: err.lines, states, articles: (await store.stats()).articles };
  } finally {
    await store.close();
  }
}

describe('dyad watch', () => {
  it('stores a feed once, asks again with its ETag and reads the 304 as nothing new, across restarts', async () => {
    const db = join(dir, 'feed.db');
    const url = `${pub.base}/feed.xml`;
    const first = await round(db, [url]);
    expect(first.rep).toMatchObject({ tried: 1, added: 2, failed: 0 });
    expect(first.articles).toBe(2);
    expect(first.states.get(url)).toMatchObject({ etag: '"v2"', itemsSeen: 2, itemsAdded: 2, lastStatus: '200: 2 new of 2', failures: 0, nextDue: '2026-12-01T10:15:00.000Z' });
    expect(pub.headers.get('/feed.xml')!['user-agent']).toMatch(/^dyad\//);

    // restarted before the source is due: no request at all
    const hits = pub.hits.get('/feed.xml');
    clock += 5 * MIN;
    expect((await round(db, [url])).rep.tried).toBe(0);
    expect(pub.hits.get('/feed.xml')).toBe(hits);

    // due: a conditional GET, answered 304
    clock += 11 * MIN;
    const again = await round(db, [url]);
    expect(pub.headers.get('/feed.xml')!['if-none-match']).toBe('"v2"');
    expect(again.err).toEqual([`dyad watch: ${url}: 304 not modified`]);
    expect(again.states.get(url)).toMatchObject({ lastStatus: '304 not modified', itemsSeen: 2, itemsAdded: 2, lastNew: '2026-12-01T10:00:00.000Z', lastOk: new Date(clock).toISOString() });

    // the feed gains an item: only the new one is stored
    feedItems = 3;
    feedTag = '"v3"';
    clock += 16 * MIN;
    const third = await round(db, [url]);
    expect(third.states.get(url)).toMatchObject({ etag: '"v3"', lastStatus: '200: 1 new of 3', itemsSeen: 5, itemsAdded: 3 });
    expect(third.articles).toBe(3);
  });

  it('backs off a failing source, twice the interval, then four times, and resets once it answers', async () => {
    const db = join(dir, 'flaky.db');
    const url = `${pub.base}/flaky.xml`;
    const t = clock;
    const one = await round(db, [url]);
    expect(one.err).toEqual([`dyad watch: ${url}: HTTP 503 Service Unavailable (failed; next try in 30m)`]);
    expect(one.states.get(url)).toMatchObject({ failures: 1, errors: 1, lastStatus: 'HTTP 503 Service Unavailable', nextDue: new Date(t + 30 * MIN).toISOString() });
    clock = t + 20 * MIN; // one interval on, but still backing off
    expect((await round(db, [url])).rep.tried).toBe(0);
    clock = t + 30 * MIN;
    const two = await round(db, [url]);
    expect(two.states.get(url)).toMatchObject({ failures: 2, errors: 2, nextDue: new Date(clock + 60 * MIN).toISOString() });
    expect(two.err[0]).toContain('failed 2 times in a row; next try in 1h');
    clock += 60 * MIN;
    const three = await round(db, [url]);
    expect(three.states.get(url)).toMatchObject({ failures: 0, errors: 2, lastStatus: '200: 1 new of 1', nextDue: new Date(clock + 15 * MIN).toISOString() });
    expect(three.states.get(url)!.lastError).toContain('HTTP 503');
  });

  it('refuses a redirect to a private address, in one line, and goes on with the next source', async () => {
    const db = join(dir, 'refused.db');
    const bad = `${pub.base}/to-inside`;
    const good = `${pub.base}/feed.xml`;
    const r = await round(db, [bad, good]);
    expect(r.err[0]).toBe(`dyad watch: ${bad}: 127.0.0.2, a loopback address (redirected to http://127.0.0.2:${inside.port}/secret.xml): not fetched (--allow-private fetches it) (failed; next try in 30m)`);
    expect(inside.hits.get('/secret.xml') ?? 0).toBe(0);
    expect(r.states.get(bad)).toMatchObject({ failures: 1 });
    expect(r.states.get(good)).toMatchObject({ failures: 0, itemsAdded: 3 });
  });

  it('reads a folder for its changed files only, a file copied in with an old time included', async () => {
    const db = join(dir, 'folder.db');
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    writeFileSync(join(inbox, 'a.txt'), 'Egypt hosted talks between Israel and Hamas in Cairo on Monday, officials said.');
    await new Promise((r) => setTimeout(r, SETTLE_MS + 100));
    const one = await round(db, [inbox]);
    expect(one.states.get(inbox)).toMatchObject({ lastStatus: '1 changed file: 1 new of 1', itemsAdded: 1 });
    // a file still being written (changed within the settle time) waits for the next look
    writeFileSync(join(inbox, 'b.txt'), 'Brazil and Argentina signed a trade agreement in Buenos Aires on Friday.');
    const old = new Date('2020-01-01T00:00:00Z');
    utimesSync(join(inbox, 'b.txt'), old, old); // the change time still says it is new
    clock += 16 * MIN;
    expect((await round(db, [inbox])).states.get(inbox)).toMatchObject({ lastStatus: 'no changed files', itemsSeen: 1 });
    await new Promise((r) => setTimeout(r, SETTLE_MS + 100));
    clock += 16 * MIN;
    const three = await round(db, [inbox]);
    expect(three.states.get(inbox)).toMatchObject({ lastStatus: '1 changed file: 1 new of 1', itemsSeen: 2, itemsAdded: 2 });
    clock += 16 * MIN;
    expect((await round(db, [inbox])).states.get(inbox)).toMatchObject({ lastStatus: 'no changed files', itemsSeen: 2 });
  });

  it('reports a source that answers with nothing new for too long, once', async () => {
    const db = join(dir, 'silent.db');
    const url = `${pub.base}/feed.xml`;
    await round(db, [url]);
    clock += 25 * 3600_000;
    const later = await round(db, [url]);
    expect(later.err).toEqual([`dyad watch: ${url}: 304 not modified`, `dyad watch: ${url}: silent: nothing new for 1d 1h (has the feed moved?)`]);
    clock += 16 * MIN;
    expect((await round(db, [url])).err).toEqual([`dyad watch: ${url}: 304 not modified`]);
  });

  it('names a folder that is not there and backs it off', async () => {
    const db = join(dir, 'missing.db');
    const gone = join(dir, 'no-such-folder');
    const r = await round(db, [gone]);
    expect(r.err).toEqual([`dyad watch: ${gone}: cannot be read (ENOENT) (failed; next try in 30m)`]);
    expect(r.states.get(gone)).toMatchObject({ failures: 1, lastStatus: 'cannot be read (ENOENT)' });
  });
});
