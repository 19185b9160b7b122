// POST /api/analyze: JSON in, contract out; its caps and refusals; the real pipeline in its worker
// thread on a briefing-like report; other requests answered while it works; a full queue and an
// analysis that runs too long refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { DyadError } from '../doc/errors.ts';
import { createApp } from './app.ts';
import { createAnalyzePool, type AnalyzePool } from './analyze-pool.ts';
import { BRIEFING_TEXT, fixtureStore } from './test-fixtures.ts';

let app: Hono;
let real: Hono;
let pool: AnalyzePool;
let done: () => Promise<void>;
const seen: unknown[] = [];
beforeAll(async () => {
  const f = await fixtureStore();
  done = f.done;
  app = createApp(f.store, {
    maxBody: 2000,
    analyze: async (r) => {
      seen.push(r);
      if (r.text === 'fail') throw new DyadError('EMPTY', 'nothing to analyse');
      return { id: r.id, echoed: r.text ?? r.html };
    },
  });
  pool = createAnalyzePool();
  real = createApp(f.store, { analyze: pool.analyze, cacheMs: 0 });
});
afterAll(async () => {
  await pool.close();
  await done();
});

const post = (a: Hono, body: unknown, type = 'application/json') =>
  a.request('/api/analyze', { method: 'POST', headers: { 'content-type': type }, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('POST /api/analyze', () => {
  it('passes text or HTML with url and date to the pipeline and returns its answer', async () => {
    const r = await post(app, { text: 'Some words.', date: '2024-05-01', url: 'https://x.example/a' });
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ id: 'pasted', echoed: 'Some words.' });
    expect(seen.at(-1)).toEqual({ id: 'pasted', text: 'Some words.', url: 'https://x.example/a', date: '2024-05-01' });
    expect(await (await post(app, { html: '<p>Hi</p>' })).json()).toMatchObject({ echoed: '<p>Hi</p>' });
  });
  it('refuses what it cannot use, saying why', async () => {
    const cases: [unknown, string, number, string][] = [
      [{ text: 'a', html: '<p>b</p>' }, 'application/json', 400, 'body'],
      [{}, 'application/json', 400, 'body'],
      [{ text: '   ' }, 'application/json', 400, 'text'],
      [{ text: 5 }, 'application/json', 400, 'text'],
      [{ text: 'a', date: '2024-02-30' }, 'application/json', 400, 'date'],
      [{ text: 'a', url: 'javascript:alert(1)' }, 'application/json', 400, 'url'],
      ['{not json', 'application/json', 400, 'body'],
      ['[1,2]', 'application/json', 400, 'body'],
      ['plain words', 'text/plain', 415, 'body'],
      [{ text: 'x'.repeat(3000) }, 'application/json', 413, 'body'],
    ];
    for (const [body, type, status, param] of cases) {
      const r = await post(app, body, type);
      expect(r.status, JSON.stringify(body).slice(0, 40)).toBe(status);
      expect((await r.json()).param).toBe(param);
    }
  });
  it('turns a record the pipeline rejects into a 422 with its code', async () => {
    const r = await post(app, { text: 'fail' });
    expect(r.status).toBe(422);
    expect(await r.json()).toEqual({ error: 'nothing to analyse', code: 'EMPTY' });
  });
  it('is not there when the server runs without a pipeline', async () => {
    const { store, done: close } = await fixtureStore();
    expect((await post(createApp(store), { text: 'a' })).status).toBe(404);
    await close();
  });
  it('analyses a briefing-like report with the real pipeline: quotes with speaker and offsets into the text', async () => {
    const r = await post(real, { text: BRIEFING_TEXT, date: '2024-03-11' });
    expect(r.status).toBe(200);
    const c = await r.json();
    expect(c.quotes.length).toBeGreaterThanOrEqual(2);
    for (const q of c.quotes) expect(BRIEFING_TEXT.slice(q.start, q.end)).toBe(q.text);
    const fuel = c.quotes.find((q: any) => q.text.includes('adding fuel to the fire'));
    expect(fuel?.speaker?.text).toBe('Lin');
  });
  it('answers a status request while a large analysis runs (the pipeline is off the event loop)', async () => {
    expect((await post(real, { text: BRIEFING_TEXT })).status).toBe(200); // the worker is up
    const big = Array(600).fill(BRIEFING_TEXT).join('\n\n'); // about 260 KB, seconds of work
    const t0 = performance.now();
    let analysed = 0;
    const analysis = Promise.resolve(post(real, { text: big })).then((r) => ((analysed = performance.now()), r));
    await new Promise((r) => setTimeout(r, 20));
    const s0 = performance.now();
    const stats = await real.request('/api/stats');
    const answered = performance.now();
    expect(stats.status).toBe(200);
    expect((await stats.json()).articles).toBe(5);
    const r = await analysis;
    expect(r.status).toBe(200);
    const c = await r.json();
    expect(c.quotes.length).toBeGreaterThanOrEqual(2);
    for (const q of c.quotes) expect(big.slice(q.start, q.end)).toBe(q.text);
    const analysisMs = analysed - t0;
    expect(answered).toBeLessThan(analysed);
    expect(answered - s0).toBeLessThan(analysisMs / 10);
  }, 60_000);
});

describe('POST /api/analyze under load', () => {
  it('answers 503 with Retry-After when the worker is busy and the queue is full, and stops an analysis that runs too long', async () => {
    const f = await fixtureStore();
    const tight = createAnalyzePool({ workers: 1, queue: 0, timeoutMs: 300 });
    const app = createApp(f.store, { analyze: tight.analyze });
    try {
      const big = Array(2000).fill(BRIEFING_TEXT).join('\n\n'); // far more than 300 ms of work
      const first = post(app, { text: big });
      const second = await post(app, { text: BRIEFING_TEXT });
      expect(second.status).toBe(503);
      expect(Number(second.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect((await second.json()).param).toBe('analyze');
      const r = await first;
      expect(r.status).toBe(422);
      expect(await r.json()).toMatchObject({ code: 'TOO_LARGE', error: expect.stringMatching(/stopped after 0\.3 s/) });
      // the stopped worker is replaced: the next article is analysed
      const again = await post(app, { text: BRIEFING_TEXT });
      expect(again.status).toBe(200);
      expect((await again.json()).quotes.length).toBeGreaterThanOrEqual(2);
      expect(tight.load()).toEqual({ running: 0, waiting: 0 });
    } finally {
      await tight.close();
      await f.done();
    }
  }, 60_000);
});
