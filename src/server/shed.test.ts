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
  it('is off unless asked for: an app without it answers however long the loop was held', async () => {
    const app = createApp(f.store);
    hold(120);
    expect((await app.request('/api/search?q=grain')).status).toBe(200);
  });
});
