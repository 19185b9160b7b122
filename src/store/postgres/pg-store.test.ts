// PostgreSQL-only behaviour, on a throwaway server (harness.ts): migrations under the advisory lock,
// atomic batches (a failed or killed batch leaves nothing), writers sharing one store, read-only
// sessions, and the same answers as SQLite. The shared cases run in store.case.test.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../open.ts';
import { loadMigrations } from '../sqlite/migrate.ts';
import { openSqliteStore } from '../sqlite/sqlite-store.ts';
import type { Store } from '../store.ts';
import { makeArticle, PUTIN, TALIBAN, wireSpec } from '../test-articles.ts';
import { pgBinDir, PG_MISSING, startPgServer, type PgServer } from './harness.ts';
import { loadPgMigrations, MIGRATION_LOCK } from './migrate.ts';
import { openPostgresStore } from './pg-store.ts';

const bin = pgBinDir();
if (!bin && process.env.CI !== 'true') console.log(`skipping the PostgreSQL store tests: ${PG_MISSING}`);

const query = async (url: string, sql: string, params: unknown[] = []) => {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows;
  } finally {
    await c.end();
  }
};

const story = (id: string, url: string, extra = '') => makeArticle(wireSpec(id, url, extra));
const other = (id: string, url: string) =>
  makeArticle({
    id, url, date: '2024-08-02', title: 'Taliban envoy meets Russian officials',
    text: 'A Taliban envoy met Russian officials in Kazan on Friday to discuss wheat shipments and a new rail link, the envoy said afterwards.',
    entities: [['Taliban', 'ORG', TALIBAN]],
    events: [{ source: ['Taliban', TALIBAN], target: ['Russian officials', { id: null, name: 'Russia', country: 'RUS', sector: 'GOV' }], trigger: 'met', plover: 'CONSULT', cameo: '040', goldstein: 1, quadClass: 1 }],
  });

describe.skipIf(!bin && process.env.CI !== 'true')('PostgreSQL store', () => {
  let server: PgServer;
  beforeAll(async () => {
    server = await startPgServer(bin); // with CI=true and no PostgreSQL this throws, and the tests fail
  });
  afterAll(() => server?.stop());

  it('numbers its migrations as the SQLite backend does', () => {
    expect(loadPgMigrations().map((m) => `${m.version}-${m.name}`)).toEqual(loadMigrations().map((m) => `${m.version}-${m.name}`));
  });

  it('migrates once when stores open a fresh database at once, and waits for the migration lock', async () => {
    const url = await server.createDatabase();
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    let opened = 0;
    const opening = [1, 2, 3].map(() => openPostgresStore(url).then((s) => (opened++, s)));
    await new Promise((r) => setTimeout(r, 300));
    expect(opened).toBe(0); // all three queue on the lock
    await holder.query('COMMIT');
    await holder.end();
    const stores = await Promise.all(opening);
    const latest = loadPgMigrations().length;
    for (const s of stores) expect((await s.stats()).schema).toBe(latest);
    expect(await query(url, 'SELECT version FROM schema_migrations ORDER BY version')).toEqual(loadPgMigrations().map((m) => ({ version: m.version })));
    await Promise.all(stores.map((s) => s.close()));
  });

  it('leaves nothing of a batch that fails halfway, and a re-run writes it whole', async () => {
    const url = await server.createDatabase();
    const store = await openPostgresStore(url);
    const good = story('w1', 'https://wire.example/a');
    const bad = other('o1', 'https://other.example/b');
    bad.contract.entities[0].start = 2 ** 40; // out of range for the integer column: fails after w1 and o1's article row are written
    await expect(store.write([good, bad])).rejects.toThrow(/out of range/);
    expect(await store.stats()).toMatchObject({ articles: 0, actors: 0, quotes: 0, events: 0, mentions: 0, versions: {} });
    expect(await store.has(good)).toBe(false);
    expect(await store.dyads({})).toEqual([]);
    expect(await store.search({ text: 'Kremlin' })).toEqual([]);
    const fixed = other('o1', 'https://other.example/b');
    expect(await store.write([good, fixed])).toMatchObject({ added: 2, events: 2 });
    expect((await store.actors({})).find((a) => a.key === PUTIN.id)).toMatchObject({ mentions: 1, articles: 1, asSource: 1 });
    await store.close();
  });

  it('leaves nothing of a batch whose session is killed mid-write', async () => {
    const url = await server.createDatabase();
    const store = await openPostgresStore(url);
    await store.write([story('w1', 'https://wire.example/a')]);
    // Hold Putin's row: the next batch writes its articles and events, then waits on it for the counters.
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT id FROM actors WHERE key = $1 FOR UPDATE', [PUTIN.id]);
    const batch = [story('c1', 'https://daily.example/a', '\nFirst published by an agency.'), other('o1', 'https://other.example/b')];
    // The write's outcome is taken at once: its rejection can arrive while this test still awaits the
    // holder's own replies, and a rejected promise with no handler yet is an unhandled rejection
    // (seen once from Batch.flush; the wait for the backend to go below makes it happen every time).
    const writing = store.write(batch).then(() => 'written', (e: Error) => e.message);
    let pid: number | undefined;
    for (let i = 0; i < 100 && pid === undefined; i++) {
      await new Promise((r) => setTimeout(r, 50));
      pid = (await holder.query("SELECT pid FROM pg_stat_activity WHERE application_name = 'dyad' AND wait_event_type = 'Lock'")).rows[0]?.pid;
    }
    expect(pid).toBeDefined();
    const inside = (await holder.query('SELECT COUNT(*)::int AS n FROM articles')).rows[0].n;
    await holder.query('SELECT pg_terminate_backend($1)', [pid]);
    // (pg_stat_activity is read once per transaction unless its snapshot is cleared)
    const alive = async () => (await holder.query('SELECT pg_stat_clear_snapshot(); SELECT 1 FROM pg_stat_activity WHERE pid = ' + Number(pid)) as unknown as pg.QueryResult[])[1].rows.length > 0;
    for (let i = 0; i < 100 && (await alive()); i++) await new Promise((r) => setTimeout(r, 20));
    expect(await alive()).toBe(false);
    await new Promise((r) => setTimeout(r, 50)); // the killed session's error reaches the writer
    expect(await writing).toMatch(/terminating connection/);
    await holder.query('COMMIT');
    await holder.end();
    expect(inside).toBe(1); // the killed batch's rows were never visible to anyone else
    expect(await store.stats()).toMatchObject({ articles: 1, events: 1 });
    expect(await store.write(batch)).toMatchObject({ added: 1, merged: 1, skipped: 0 });
    expect(await store.stats()).toMatchObject({ articles: 3, copies: 1, events: 2, mentions: 3 });
    await store.close();
  });

  it('lets two writers share a store: a story and its copy written at once merge, an article written twice is stored once', async () => {
    const url = await server.createDatabase();
    const [a, b] = await Promise.all([openPostgresStore(url), openPostgresStore(url)]);
    const original = story('w1', 'https://wire.example/a');
    const copy = story('c1', 'https://daily.example/a', '\nThis report was first published by a news agency.');
    const [ra, rb] = await Promise.all([a.write([original, other('o1', 'https://other.example/b')]), b.write([copy, other('o1', 'https://other.example/b')])]);
    expect(ra.added + rb.added).toBe(2);
    expect(ra.merged + rb.merged).toBe(1);
    expect(ra.skipped + rb.skipped).toBe(1);
    const events = await a.events({});
    expect(events.map((e) => [e.plover, e.numMentions, e.numSources])).toEqual([['CONSULT', 1, 1], ['SUPPORT', 2, 2]]);
    expect((await b.dyads({})).map((d) => d.count)).toEqual([1, 1]);
    await Promise.all([a.close(), b.close()]);
  });

  it('opens read-only for queries: writes are refused and its sessions cannot change anything', async () => {
    const url = await server.createDatabase();
    const rw = await openPostgresStore(url);
    await rw.write([story('w1', 'https://wire.example/a')]);
    await rw.close();
    const ro = await openStore(url, { readonly: true });
    await expect(ro.write([other('o1', 'https://other.example/b')])).rejects.toThrow(/read-only/);
    expect((await ro.events({ source: 'RUS' }))[0]).toMatchObject({ plover: 'SUPPORT', target: { key: TALIBAN.id } });
    await ro.close();
    const session = new pg.Pool({ connectionString: url, options: '-c default_transaction_read_only=on', max: 1 });
    await expect(session.query('DELETE FROM articles')).rejects.toThrow(/read-only/);
    await session.end();
  });

  it('stores text with U+0000, which PostgreSQL rejects, as U+FFFD at the same offsets', async () => {
    const url = await server.createDatabase();
    const store = await openPostgresStore(url);
    const a = story('w1', 'https://wire.example/a', '\nA stray \u0000 byte.');
    await store.write([a]);
    const got = await store.article(1);
    expect(got?.docText.length).toBe(a.text.length);
    expect(got?.contract.article.text.endsWith('A stray \uFFFD byte.')).toBe(true);
    expect(got?.docText.slice(got.contract.quotes[0].start, got.contract.quotes[0].end)).toBe(got?.contract.quotes[0].text);
    await store.close();
  });

  it('folds accents in search as SQLite does, and marks the words as written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-accents-'));
    const text = 'Turkish President Recep Tayyip Erdoğan spoke to reporters in Ankara about the grain corridor on Friday.';
    const a = makeArticle({ id: 'tr', url: 'https://ankara.example/a', date: '2024-07-05', title: 'Erdoğan on the grain corridor', text });
    for (const s of [openSqliteStore(join(dir, 'a.db')), await openStore(await server.createDatabase())]) {
      await s.write([a]);
      const hits = await s.search({ text: 'erdogan' });
      expect(hits.map((h) => h.snippet)).toEqual([expect.stringContaining('[Erdoğan]')]);
      expect(await s.search({ text: '"Tayyip Erdogan spoke"' })).toHaveLength(1);
      await s.close();
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('says where it could not connect, without the password', async () => {
    const url = server.url('none').replace('dyad@', 'dyad:secret@').replace(`:${server.port}/`, ':1/');
    const err = await openStore(url).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toContain('postgres://dyad:***@127.0.0.1:1/none');
    expect((err as Error).message).not.toContain('secret');
  });

  it('answers every query as SQLite does on the same articles', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-parity-'));
    const stores: Store[] = [openSqliteStore(join(dir, 'a.db')), await openStore(await server.createDatabase())];
    const batch = [story('w1', 'https://wire.example/a'), other('o1', 'https://other.example/b'), story('c1', 'https://daily.example/a', '\nFirst published by an agency.'), story('w1', 'https://wire.example/a')];
    const answers = [];
    for (const s of stores) {
      const pageOf = { limit: 5, offset: 0 };
      answers.push({
        write: await s.write(batch),
        stats: await s.stats(),
        articles: await s.articles({}),
        detail: await s.article(3),
        actors: await s.actors({ name: 'ta' }),
        actor: await s.actor('Putin'),
        quotes: await s.quotes({ about: 'RUS' }),
        events: [await s.events({ actor: 'AFG', ...pageOf }), await s.events({ type: '04' }), await s.events({ source: TALIBAN.id!, exactKeys: true })],
        dyads: [await s.dyads({}), await s.dyads({ since: '2024-07-01', actor: 'AFG' })],
        graph: await s.graph({ country: 'AFG' }),
        // the same hits; the order is each engine's own ranking (bm25 in SQLite, ts_rank here)
        search: (await s.search({ text: 'Taliban' })).map((h) => `${h.kind} ${h.article.id} ${h.quoteId}`).sort(),
        exports: [await collect(s.contracts()), await collect(s.allEvents())],
      });
      await s.close();
    }
    rmSync(dir, { recursive: true, force: true });
    expect(answers[0].write).toMatchObject({ added: 2, merged: 1, skipped: 1 });
    // each store keeps when it wrote an article: an ISO time in both, alike but for the clock
    const timeless = (a: unknown) => JSON.parse(JSON.stringify(a, (k, v) => (k === 'storedAt' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/.test(v) ? 'ISO time' : v)));
    expect(JSON.stringify(answers[0])).toContain('"storedAt":"2');
    expect(timeless(answers[1])).toEqual(timeless(answers[0]));
  });
});

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}
