// POST /api/analyze: JSON in, contract out; its caps and refusals; and one run of the real pipeline
// on a briefing-like report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { DyadError } from '../doc/errors.ts';
import { createApp } from './app.ts';
import { pipelineAnalyzer } from './serve.ts';
import { BRIEFING_TEXT, fixtureStore } from './test-fixtures.ts';

let app: Hono;
let real: Hono;
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
  real = createApp(f.store, { analyze: pipelineAnalyzer() });
});
afterAll(() => done());

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
});
