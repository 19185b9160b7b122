// The job queue on a real PostgreSQL (store/postgres/harness.ts): a worker process killed with
// SIGKILL mid-batch, then two more side by side on the same queue, end with the store a single-process ingest of the same
// input makes, each article once; a record that is bad input ends in the dead letters with its
// error, listed by `dyad queue`. The articles are written here for the test.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueCommand, queueCommand } from '../cli/commands/queue.ts';
import { ingest } from '../ingest/ingest.ts';
import { pgBinDir, PG_MISSING, startPgServer, type PgServer } from '../store/postgres/harness.ts';
import { openStore } from '../store/open.ts';
import { QUEUE, SCHEMA } from './boss.ts';
import { queueStatus } from './status.ts';
import { work } from './work.ts';

const bin = pgBinDir();
if (!bin && process.env.CI !== 'true') console.log(`skipping the job queue tests: ${PG_MISSING}`);
const dir = mkdtempSync(join(tmpdir(), 'dyad-queue-'));

// 24 articles, no two alike: an act between two states, a place and a detail, each from its own list.
const PAIRS = [['Chile', 'Peru'], ['Norway', 'Sudan'], ['Kenya', 'Somalia'], ['Japan', 'Vietnam'], ['Ghana', 'Togo'], ['Poland', 'Ukraine'], ['Canada', 'Mexico'], ['Egypt', 'Jordan'],
  ['Brazil', 'Bolivia'], ['India', 'Nepal'], ['Spain', 'Morocco'], ['Turkey', 'Greece'], ['Chad', 'Niger'], ['Fiji', 'Samoa'], ['Iraq', 'Syria'], ['Cuba', 'Haiti'],
  ['Laos', 'Thailand'], ['Mali', 'Senegal'], ['Oman', 'Yemen'], ['Peru', 'Ecuador'], ['Sweden', 'Finland'], ['Angola', 'Zambia'], ['Qatar', 'Bahrain'], ['Austria', 'Hungary']];
const ACTS = ['signed a fisheries agreement with', 'sent food aid to', 'recalled its ambassador from', 'praised the election held in', 'accused the border guards of',
  'opened talks on a rail link with', 'imposed tariffs on steel from', 'hosted the foreign minister of'];
const DETAILS = ['The deal runs for ten years and covers coastal waters.', 'Ships carrying grain left the port at dawn.', 'Officials gave no date for a return of the envoy.',
  'Observers from several regional bodies watched the count.', 'The ministry published photographs of the damaged fence.', 'Engineers will study the route through the mountains next spring.'];
const RECORDS = PAIRS.map(([a, b], i) => ({
  id: `r${i + 1}`,
  url: `https://wire.example/world/${i + 1}`,
  date: `2026-11-${String(1 + i).padStart(2, '0')}`,
  text: `${a} ${ACTS[i % ACTS.length]} ${b} on ${['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'][i % 5]}, the government of ${a} said in a statement. ${DETAILS[i % DETAILS.length]}`,
}));

const sink = () => {
  const s = new PassThrough();
  let text = '';
  s.on('data', (d) => (text += d));
  return { s, text: () => text };
};

async function counts(url: string) {
  const s = await openStore(url);
  try {
    const { articles, copies, events, quotes, actors, mentions } = await s.stats();
    const urls = (await s.articles({ limit: 100 })).map((a) => a.url).sort();
    return { articles, copies, events, quotes, actors, mentions, urls };
  } finally {
    await s.close();
  }
}

const exited = (c: ChildProcess) => new Promise<number | null>((r) => (c.exitCode !== null || c.signalCode !== null ? r(c.exitCode) : c.on('exit', (code) => r(code))));

describe.skipIf(!bin && process.env.CI !== 'true')('job queue on PostgreSQL', () => {
  let server: PgServer;
  const jsonl = join(dir, 'in.jsonl');
  beforeAll(async () => {
    server = await startPgServer(bin);
    writeFileSync(jsonl, RECORDS.map((r) => JSON.stringify(r)).join('\n') + '\n');
  });
  afterAll(() => {
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a worker killed with SIGKILL mid-batch, then two workers side by side, store what one ingest stores, each article once', async () => {
    const single = await server.createDatabase();
    const queued = await server.createDatabase();
    expect(await ingest([jsonl], { db: single, workers: 0, progress: false, err: sink().s })).toMatchObject({ records: 24, failed: 0 });

    const said = sink();
    expect(await enqueueCommand([jsonl], { db: queued, expire: 3, retryDelay: 1, err: said.s })).toBe(0);
    expect(said.text()).toMatch(/^queued 24 of 24 records on postgres:\/\/dyad@127\.0\.0\.1:\d+\/t\d+_\d+: 0 already stored, 0 failed/);

    const spawnWorker = () => {
      const c = spawn(process.execPath, ['bin/dyad.js', 'worker', '--db', queued, '--workers', '0', '--batch', '2', '--exit-when-empty', '--supervise', '1'], { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      c.stderr!.on('data', (d) => (err += d));
      return { c, err: () => err };
    };
    // The first worker runs alone until it has written one batch; it has taken the next one by then
    // (the batches overlap) and most of the queue is left, so the kill always lands mid-batch. Started
    // together, a slow-starting first worker could find the queue drained and hold nothing when killed.
    const first = spawnWorker();
    for (let i = 0; i < 4000 && !first.err().includes(' jobs: '); i++) await new Promise((r) => setTimeout(r, 20));
    expect(first.err()).toContain(' jobs: ');
    first.c.kill('SIGKILL');
    expect(await exited(first.c)).toBe(null); // killed, no exit code
    const before = await queueStatus(queued);
    expect(before?.states.active).toBeGreaterThan(0); // the jobs it held, until they expire
    expect(before?.states.completed).toBeLessThan(24);
    // two workers finish the queue side by side, the killed worker's jobs among them once expired
    const codes = await Promise.all([spawnWorker(), spawnWorker()].map((w) => exited(w.c)));
    expect(codes).toEqual([0, 0]);

    expect(await counts(queued)).toEqual(await counts(single));
    const status = await queueStatus(queued);
    expect(status).toMatchObject({ states: { created: 0, retry: 0, active: 0, completed: 24, failed: 0 }, dead: 0 });
    // the killed worker's jobs were handed out again after they expired
    const c = new pg.Client({ connectionString: queued });
    await c.connect();
    const retried = await c.query(`SELECT count(*)::int AS n FROM (SELECT retry_count FROM ${SCHEMA}.job WHERE name = $1 UNION ALL SELECT retry_count FROM ${SCHEMA}.archive WHERE name = $1) j WHERE retry_count > 0`, [QUEUE]);
    await c.end();
    expect(retried.rows[0].n).toBeGreaterThan(0);
  }, 600_000);

  it('sends a record that is bad input to the dead letters with its error, and dyad queue lists it', async () => {
    const url = await server.createDatabase();
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, [JSON.stringify(RECORDS[0]), JSON.stringify({ id: 'menu-only', html: '<html><body><nav><a href="/">Home</a></nav><script>track()</script></body></html>' })].join('\n') + '\n');
    expect(await enqueueCommand([bad], { db: url, err: sink().s })).toBe(0);
    const err = sink();
    const rep = await work({ db: url, workers: 0, exitWhenEmpty: true, superviseSeconds: 1, pollMs: 200, err: err.s });
    expect(rep).toMatchObject({ jobs: 2, added: 1, dead: 1, retried: 0 });
    expect(err.text()).toMatch(/dyad worker: .* \(record menu-only; dead letter\)/);
    const out = sink();
    expect(await queueCommand({ db: url, out: out.s })).toBe(0);
    const lines = out.text().trim().split('\n');
    expect(lines[0]).toBe('jobs: 0 waiting, 0 to retry, 0 active, 2 done, 0 failed after retries; 1 dead letters');
    expect(lines[2]).toMatch(/^record +from +error +when$/);
    expect(lines[4]).toMatch(/^menu-only +\S+ +.+ +\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    // a second enqueue of the same file queues only what the store lacks
    const again = sink();
    expect(await enqueueCommand([bad], { db: url, err: again.s })).toBe(0);
    expect(again.text()).toContain('queued 1 of 2 records');
  }, 120_000);

  it('a worker told to stop takes no more jobs, stores those it took, and leaves none active', async () => {
    const url = await server.createDatabase();
    expect(await enqueueCommand([jsonl], { db: url, err: sink().s })).toBe(0);
    const stop = new AbortController();
    const err = new PassThrough();
    err.on('data', () => stop.abort()); // the first batch is stored: stop, with the next one taken already
    const rep = await work({ db: url, workers: 0, batch: 2, superviseSeconds: 1, err, signal: stop.signal });
    expect(rep.jobs).toBeGreaterThanOrEqual(4); // the batch stored and the one fetched meanwhile
    expect(rep.jobs).toBeLessThan(24);
    expect(rep.added).toBe(rep.jobs);
    expect(await queueStatus(url)).toMatchObject({ states: { created: 24 - rep.jobs, active: 0, completed: rep.jobs } });
    expect((await counts(url)).articles).toBe(rep.jobs);
  }, 120_000);

  it('refuses a store that is not PostgreSQL, naming it', async () => {
    await expect(enqueueCommand([jsonl], { db: join(dir, 'x.db') })).rejects.toThrow(`--db ${join(dir, 'x.db')}: the job queue lives in a PostgreSQL store; give its postgres:// URL`);
  });
});
