// dyad watch and dyad sources as a user runs them: a watch in its own process follows a local feed
// round after round (a 304 each time after the first), stops cleanly on SIGTERM with its state
// stored, and `dyad sources` lists each source's health, as a table and as JSON. A bad --interval is
// refused with a line naming it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dyad } from '../src/cli/test-run.ts';
import { startServer, type TestServer } from '../src/ingest/url/test-server.ts';

const dir = mkdtempSync(join(tmpdir(), 'dyad-watch-cli-'));
let srv: TestServer;
const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>
<item><title>Chile and Peru agree on water talks</title><link>/items/1</link><pubDate>Tue, 01 Dec 2026 08:00:00 GMT</pubDate>
<description>Chile and Peru agreed on Tuesday to open talks on sharing the water of a border river, their foreign ministers said.</description></item></channel></rss>`;

beforeAll(async () => {
  srv = await startServer();
  srv.route('/feed.xml', (req, res) => {
    if (req.headers['if-none-match'] === '"a"') return void res.writeHead(304, { etag: '"a"' }).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"a"' }).end(FEED);
  });
  srv.route('/down.xml', (_, res) => res.writeHead(500).end());
});
afterAll(async () => {
  await srv.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('dyad watch (command line)', () => {
  it('follows a feed in rounds, stops on SIGTERM with its state stored, and dyad sources shows it', async () => {
    const db = join(dir, 'watch.db');
    const list = join(dir, 'feeds.txt');
    writeFileSync(list, `# test feeds\n${srv.base}/feed.xml\n${srv.base}/down.xml\n`);
    const child = spawn(process.execPath, ['bin/dyad.js', 'watch', '--list', list, '--db', db, '--interval', '1s', '--workers', '0', '--allow-private'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    // wait for two rounds of the feed: the first stores its item, the second is answered 304
    for (let i = 0; i < 600 && (err.match(/feed\.xml: /g) ?? []).length < 2; i++) await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((r) => child.on('exit', r));
    const lines = err.trim().split('\n');
    expect(code).toBe(0);
    expect(lines[0]).toBe(`dyad watch: 2 sources every 1s into ${db} (Ctrl-C stops)`);
    expect(lines).toContain(`dyad watch: ${srv.base}/feed.xml: 200: 1 new of 1`);
    expect(lines).toContain(`dyad watch: ${srv.base}/feed.xml: 304 not modified`);
    expect(lines).toContain(`dyad watch: ${srv.base}/down.xml: HTTP 500 Internal Server Error (failed; next try in 2s)`);
    expect(lines.at(-1)).toMatch(/^dyad watch: \d+ tries, 1 new article, \d+ failed$/);
    expect(lines.some((l) => /Error|at .*\.ts/.test(l) && !l.includes('HTTP 500'))).toBe(false);

    const table = await dyad('sources', '--db', db);
    expect(table.code).toBe(0);
    const [head, , ...rows] = table.out.trim().split('\n');
    expect(head).toMatch(/^source +health +last try +last new +seen +added +errors +next +last answer$/);
    expect(rows.find((r) => r.includes('/feed.xml'))).toMatch(/ ok +\d+s ago +\d+s ago +1 +1 +0 .*304 not modified$/);
    expect(rows.find((r) => r.includes('/down.xml'))).toMatch(/ failing \(\d+ in a row\) .*HTTP 500 Internal Server Error$/);

    const json = JSON.parse((await dyad('sources', '--db', db, '--json')).out);
    expect(json).toHaveLength(2);
    expect(json.find((s: { source: string }) => s.source.endsWith('/feed.xml'))).toMatchObject({ health: 'ok', etag: '"a"', itemsAdded: 1, failures: 0 });
    expect(json.find((s: { source: string }) => s.source.endsWith('/down.xml'))).toMatchObject({ health: 'failing', itemsSeen: 0, lastError: `${srv.base}/down.xml: HTTP 500 Internal Server Error` });
  });

  it('runs one round with --once, exiting 1 when a source failed', async () => {
    const db = join(dir, 'once.db');
    const ok = await dyad('watch', `${srv.base}/feed.xml`, '--db', db, '--once', '--workers', '0', '--allow-private');
    expect(ok).toMatchObject({ code: 0 });
    expect(ok.err).toContain(`dyad watch: ${srv.base}/feed.xml: 200: 1 new of 1\n`);
    const refused = await dyad('watch', `${srv.base}/feed.xml`, '--db', join(dir, 'refused.db'), '--once', '--workers', '0');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`dyad watch: ${srv.base}/feed.xml: 127.0.0.1, a loopback address: not fetched (--allow-private fetches it) (failed; next try in 30m)\n`);
  });

  it('refuses a bad interval and an empty list, naming them', async () => {
    const bad = await dyad('watch', 'inbox', '--interval', '5 weeks');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain(`option '--interval <time>' argument '5 weeks' is invalid. expected a duration such as 90s, 15m, 1h or 2d, got "5 weeks"`);
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '# nothing yet\n');
    expect(await dyad('watch', '--list', empty, '--db', join(dir, 'e.db'))).toMatchObject({ code: 2, err: 'dyad: watch needs URLs, folders or files, or --list FILE with one a line\n' });
    expect(await dyad('sources', '--db', join(dir, 'none.db'))).toMatchObject({ code: 2 });
  });
});
