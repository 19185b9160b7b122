// fetchUrl against local servers. One server on 127.0.0.1 stands for the public internet (the test's
// `blocked` lets that one address through and refuses the rest by the real rule); a second one on
// 127.0.0.2 stands for a machine inside the network, so a refusal is checked by the request that
// never reached it.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockedReason } from './address.ts';
import { fetchUrl, USER_AGENT, type FetchRequest, type Resolver } from './fetch.ts';
import { startServer, type TestServer } from './test-server.ts';

let pub: TestServer;
let inside: TestServer;
const names: Record<string, string[]> = { 'news.test': ['127.0.0.1'], 'intranet.test': ['127.0.0.2'], 'mixed.test': ['127.0.0.1', '10.0.0.5'] };
const resolve: Resolver = async (host) => {
  const a = names[host];
  if (!a) throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
  return a.map((address) => ({ address, family: 4 }));
};
const opts = (more: Partial<FetchRequest> = {}): FetchRequest => ({
  maxBytes: 1 << 20,
  resolve,
  blocked: (ip) => (ip === '127.0.0.1' ? null : blockedReason(ip)),
  ...more,
});
const url = (path: string, host = 'news.test') => `http://${host}:${pub.port}${path}`;

beforeAll(async () => {
  pub = await startServer('127.0.0.1');
  inside = await startServer('127.0.0.2');
  inside.route('/secret', (_, res) => res.end('the intranet'));
  pub.route('/page', (_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html><body><p>Hello</p></body></html>'));
  pub.route('/to-inside', (_, res) => res.writeHead(302, { location: `http://127.0.0.2:${inside.port}/secret` }).end());
  pub.route('/to-intranet', (_, res) => res.writeHead(301, { location: `http://intranet.test:${inside.port}/secret` }).end());
  pub.route('/to-file', (_, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end());
  pub.route('/loop', (_, res) => res.writeHead(307, { location: '/loop' }).end());
  pub.route('/hop', (_, res) => res.writeHead(308, { location: '/page' }).end());
  pub.route('/big', (_, res) => res.writeHead(200, { 'content-length': String(2 << 20) }).end(Buffer.alloc(2 << 20, 97)));
  pub.route('/big-chunked', (_, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    for (let i = 0; i < 40; i++) res.write(Buffer.alloc(64 << 10, 98));
    res.end();
  });
  pub.route('/bomb', (_, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(4 << 20, 32))));
  pub.route('/gzip', (_, res) => res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/plain' }).end(gzipSync('packed words')));
  pub.route('/slow', () => {});
  pub.route('/gone', (_, res) => res.writeHead(410).end());
  pub.route('/etag', (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304, { etag: '"v1"' }).end();
    res.writeHead(200, { etag: '"v1"', 'last-modified': 'Tue, 01 Dec 2026 10:00:00 GMT' }).end('fresh');
  });
});
afterAll(async () => {
  await pub.close();
  await inside.close();
});

const refused = (p: Promise<unknown>) => expect(p).rejects.toMatchObject({ code: 'REFUSED' });

describe('fetchUrl', () => {
  it('fetches a page, sending a User-Agent that names dyad', async () => {
    const got = await fetchUrl(url('/page'), opts());
    expect(got).toMatchObject({ status: 200, type: 'text/html', charset: 'utf-8', notModified: false });
    expect(got.body.toString()).toContain('Hello');
    expect(pub.headers.get('/page')!['user-agent']).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^dyad\/\d/);
  });

  it('refuses a loopback address by default, before any request is made', async () => {
    const before = pub.hits.get('/page') ?? 0;
    const e = fetchUrl(`${pub.base}/page`, { maxBytes: 1 << 20 });
    await expect(e).rejects.toMatchObject({ code: 'REFUSED', message: expect.stringMatching(/127\.0\.0\.1, a loopback address.*--allow-private/) });
    await refused(fetchUrl(`http://localhost:${pub.port}/page`, { maxBytes: 1 << 20 }));
    expect(pub.hits.get('/page') ?? 0).toBe(before);
  });

  it('fetches a loopback address with allowPrivate', async () => {
    const got = await fetchUrl(`${pub.base}/page`, { maxBytes: 1 << 20, allowPrivate: true });
    expect(got.status).toBe(200);
  });

  it('refuses a redirect to a private address, by IP or by a name that resolves to one', async () => {
    await expect(fetchUrl(url('/to-inside'), opts())).rejects.toMatchObject({ code: 'REFUSED', message: expect.stringContaining('redirected to') });
    await refused(fetchUrl(url('/to-intranet'), opts()));
    expect(inside.hits.get('/secret') ?? 0).toBe(0);
  });

  it('refuses a name when any one of its addresses is private', async () => {
    const before = pub.hits.get('/page') ?? 0;
    await expect(fetchUrl(url('/page', 'mixed.test'), opts())).rejects.toMatchObject({ code: 'REFUSED', message: expect.stringContaining('10.0.0.5, a private address') });
    expect(pub.hits.get('/page') ?? 0).toBe(before);
  });

  it('checks the name again after a redirect: a second answer that is private is refused', async () => {
    let calls = 0;
    const rebinding: Resolver = async () => [{ address: calls++ === 0 ? '127.0.0.1' : '127.0.0.2', family: 4 }];
    await refused(fetchUrl(url('/hop'), opts({ resolve: rebinding })));
    expect(calls).toBe(2);
  });

  it('follows redirects up to the cap and refuses other schemes', async () => {
    expect((await fetchUrl(url('/hop'), opts())).url).toBe(url('/page'));
    await expect(fetchUrl(url('/loop'), opts({ maxRedirects: 3 }))).rejects.toMatchObject({ code: 'FETCH', message: expect.stringContaining('more than 3 redirects') });
    await expect(fetchUrl(url('/to-file'), opts())).rejects.toMatchObject({ code: 'FETCH', message: expect.stringContaining('only http and https') });
  });

  it('caps the size by Content-Length, while streaming, and after decompression', async () => {
    for (const p of ['/big', '/big-chunked', '/bomb']) {
      await expect(fetchUrl(url(p), opts())).rejects.toMatchObject({ code: 'TOO_LARGE', message: expect.stringContaining('--max-bytes') });
    }
    expect((await fetchUrl(url('/gzip'), opts())).body.toString()).toBe('packed words');
  });

  it('gives up after the time limit', async () => {
    const t = Date.now();
    await expect(fetchUrl(url('/slow'), opts({ timeoutMs: 300 }))).rejects.toMatchObject({ code: 'FETCH', message: expect.stringContaining('no answer within') });
    expect(Date.now() - t).toBeLessThan(3000);
  });

  it('turns an HTTP error and an unknown name into one line naming the URL', async () => {
    await expect(fetchUrl(url('/gone'), opts())).rejects.toMatchObject({ code: 'FETCH', message: `${url('/gone')}: HTTP 410 Gone` });
    const e = await fetchUrl(url('/page', 'nowhere.test'), opts()).catch((x) => x);
    expect(e.code).toBe('FETCH');
    expect(e.message).toMatch(/^http:\/\/nowhere\.test:\d+\/page: nowhere\.test not found/);
    expect(e.message).not.toContain('\n');
  });

  it('names a refused connection in words', async () => {
    const closed = await startServer('127.0.0.1');
    await closed.close();
    await expect(fetchUrl(`${closed.base}/x`, { maxBytes: 100, allowPrivate: true })).rejects.toMatchObject({ code: 'FETCH', message: `${closed.base}/x: connection refused` });
  });

  it('asks conditionally with the validators it is given and reads 304 as not modified', async () => {
    const first = await fetchUrl(url('/etag'), opts());
    expect(first).toMatchObject({ etag: '"v1"', lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT', notModified: false });
    const again = await fetchUrl(url('/etag'), opts({ etag: first.etag, lastModified: first.lastModified }));
    expect(again).toMatchObject({ status: 304, notModified: true });
    expect(pub.headers.get('/etag')!['if-modified-since']).toBe(first.lastModified);
  });
});
