// `--limit` past one store page (MAX_PAGE rows): the list commands give every row asked for, not the
// first 10,000 without a word (search, which ranks a window of matches, refuses past it); and `pages` joins store pages without losing or repeating a row.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.ts';
import { MAX_PAGE } from '../../store/store.ts';
import { makeArticle, TALIBAN } from '../../store/test-articles.ts';
import { pages } from './pages.ts';
import { UsageError } from '../main.ts';
import { actorsCommand, dyadsCommand, eventsCommand, quotesCommand, SEARCH_MAX, searchCommand } from './queries.ts';

const N = MAX_PAGE + 50;
const dir = mkdtempSync(join(tmpdir(), 'dyad-limits-'));
const db = join(dir, 'big.db');

beforeAll(async () => {
  const store = openSqliteStore(db);
  const articles = [];
  for (let i = 0; i < N; i++) {
    // Each article has its own envoy, so actors and dyads pass one page too.
    const envoy = { id: `envoy-${i}`, name: `Envoy ${i}`, country: 'RUS', sector: 'GOV' };
    const text = `Envoy ${i} praised the Taliban on Monday.\n"Round ${i} of the talks went well," Envoy ${i} said.`;
    articles.push(makeArticle({
      id: `a${i}`, url: `https://paper.example/${i}`, date: '2024-03-01', title: `Talks ${i}`, text,
      quotes: [{ text: `Round ${i} of the talks went well,`, speaker: `Envoy ${i}`, actor: envoy, cue: 'said' }],
      events: [{ source: [`Envoy ${i}`, envoy], target: ['Taliban', TALIBAN], trigger: 'praised', plover: 'AGREE', cameo: '051', goldstein: 3.4, quadClass: 1 }],
    }));
  }
  await store.write(articles);
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(cmd: (out: PassThrough) => Promise<number>): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (d) => chunks.push(d));
  expect(await cmd(out)).toBe(0);
  return Buffer.concat(chunks).toString('utf8');
}
const csvRows = (s: string) => s.trim().split('\n').length - 1;

describe('--limit past one store page', () => {
  it('quotes --csv --limit 100000 gives every quote, each once', async () => {
    const csv = await run((out) => quotesCommand({ db, out, csv: true, limit: 100_000 }));
    expect(csvRows(csv)).toBe(N);
    expect(new Set(csv.trim().split('\n').slice(1)).size).toBe(N);
  });

  it('events, actors and dyads --csv --limit 100000 give every row', async () => {
    expect(csvRows(await run((out) => eventsCommand({ db, out, csv: true, limit: 100_000 })))).toBe(N);
    expect(csvRows(await run((out) => actorsCommand({ db, out, csv: true, limit: 100_000 })))).toBe(N + 1);
    expect(csvRows(await run((out) => dyadsCommand({ db, out, csv: true, limit: 100_000 })))).toBe(N);
  });

  it('--json past one page is one JSON array of every row; --offset counts across pages', async () => {
    const json = JSON.parse(await run((out) => eventsCommand({ db, out, json: true, limit: MAX_PAGE + 20, offset: 10 })));
    expect(json).toHaveLength(MAX_PAGE + 20);
    const ids = new Set(json.map((e: { id: number }) => e.id));
    expect(ids.size).toBe(MAX_PAGE + 20);
    const first = JSON.parse(await run((out) => eventsCommand({ db, out, json: true, limit: 10 })));
    expect(first.some((e: { id: number }) => ids.has(e.id))).toBe(false);
  });

  it('search gives every hit up to its documented cap and refuses past it, naming --limit', async () => {
    const json = await run((out) => searchCommand('talks', { db, out, json: true, limit: SEARCH_MAX, in: 'quote' }));
    expect(JSON.parse(json)).toHaveLength(SEARCH_MAX);
    await expect(searchCommand('talks', { db, out: new PassThrough(), json: true, limit: 100_000, in: 'quote' })).rejects.toThrow(/^--limit: .*1,000 hits at most/);
    await expect(searchCommand('talks', { db, out: new PassThrough(), json: true, limit: 10, offset: SEARCH_MAX })).rejects.toBeInstanceOf(UsageError);
  });
});

describe('pages', () => {
  const rows = Array.from({ length: 25 }, (_, i) => i);
  const fetch = async (p: { limit: number; offset: number }) => rows.slice(p.offset, p.offset + p.limit);
  const all = async (it: AsyncIterable<number>) => {
    const out: number[] = [];
    for await (const r of it) out.push(r);
    return out;
  };

  it('joins pages of any size into the rows from offset to limit', async () => {
    expect(await all(pages(fetch, 12, 5, 4))).toEqual(rows.slice(5, 17));
    expect(await all(pages(fetch, 100, 0, 10))).toEqual(rows);
    expect(await all(pages(fetch, 100, 30, 10))).toEqual([]);
    expect(await all(pages(fetch, 0, 0, 10))).toEqual([]);
  });
});
