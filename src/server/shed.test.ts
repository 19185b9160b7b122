// Load shedding: while the server thread is held (slow queries piling up), a request that would reach
// the store is answered 503 with Retry-After at once, a cached answer is still given, and once the
// loop is free again the same request is answered in full.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { watchEventLoop, type Pressure } from './shed.ts';
import { fixtureStore } from './test-fixtures.ts';

const hold = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let f: Awaited<ReturnType<typeof fixtureStore>>;
let pressure: Pressure;
beforeAll(async () => {
  f = await fixtureStore();
  pressure = watchEventLoop({ maxLagMs: 50, tickMs: 10 });
});
afterAll(async () => {
  pressure.stop();
  await f.done();
});

describe('load shedding', () => {
  it('answers 503 with Retry-After while the loop is held, serves cached answers, and answers again once free', async () => {
    const app = createApp(f.store, { pressure });
    await sleep(30);
    expect((await app.request('/api/events')).status).toBe(200); // now cached
    hold(120); // as a burst of slow queries in one turn would
    const burst = [];
    for (let i = 0; i < 20; i++) burst.push((await app.request(`/api/search?q=grain&limit=${i + 1}`)).status);
    expect(burst.slice(0, 14).every((s) => s === 200)).toBe(true); // the first of a burst are answered
    expect(burst.slice(16)).toEqual([503, 503, 503, 503]);
    const busy = await app.request('/api/search?q=grain');
    expect(busy.status).toBe(503);
    expect(busy.headers.get('retry-after')).toBe('1');
    expect(await busy.json()).toMatchObject({ param: 'server', error: expect.stringMatching(/busy/) });
    const cached = await app.request('/api/events');
    expect(cached.status).toBe(200);
    expect((await cached.json()).items.length).toBeGreaterThan(0);
    await sleep(40);
    const again = await app.request('/api/search?q=grain');
    expect(again.status).toBe(200);
    expect((await again.json()).items.some((h: any) => h.snippet.includes('\u0001grain\u0002') || /grain/i.test(h.snippet))).toBe(true);
  });
  it('refuses nobody for a late loop alone: a page opening a few requests on a held (or busy) machine is answered', async () => {
    const app = createApp(f.store, { pressure: watchEventLoop({ maxLagMs: 50, tickMs: 10 }) });
    await sleep(300);
    hold(120); // a cold query, a collection, or other programs on the machine
    const page = ['/api/stats', '/api/graph', '/api/events', '/api/dyads', '/api/search?q=grain', '/api/actors'];
    for (const path of page) expect((await app.request(path)).status, path).toBe(200);
  });
  it('is off unless asked for: an app without it answers however long the loop was held', async () => {
    const app = createApp(f.store);
    hold(120);
    expect((await app.request('/api/search?q=grain')).status).toBe(200);
  });
});
