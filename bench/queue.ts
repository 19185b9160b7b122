// Queue throughput: N synthetic articles (default 400) ingested into fresh databases of a throwaway
// PostgreSQL (src/store/postgres/harness.ts): directly (ingest with one analysis thread), and through
// the queue (enqueue, then dyad worker processes with one analysis thread each) with one worker and
// with two. Start-up (loading the pipeline, about 3 s a process on an idle machine) is left out of
// every timing: the direct ingest gets a pool made beforehand, and the workers are started and
// ready before the records are enqueued; a queue run is timed from the enqueue to the last job
// done. Reports articles/s, two workers against one (target >= 1.8 on 2 cores) and the queue's
// overhead per article against the direct ingest (enqueue + one worker, target <= 10%).
//
// One thread per process keeps the comparison honest on 2 cores: a worker with two analysis threads
// fills both cores alone, and a second worker could only share them. Wall times on a shared machine
// say as much about the other processes as about dyad, so each run also gives the CPU time it cost
// per article (dyad's processes, all threads, and the PostgreSQL server), and the bench measures the
// analysis alone. One worker goes no faster than its one thread analyses, nor than two cores do all its
// work; two workers no faster than two cores do theirs. So with 2 cores to themselves two workers reach
// at most (2 / CPU of two) / min(1 / analysis, 2 / CPU of one) times one worker's rate, whatever the
// queue does; the bench prints that ceiling from the CPU times it measured.
// Run: npx tsx bench/queue.ts [N]
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { buildConfig } from '../src/config/config.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { analyseRecord, identify } from '../src/ingest/prepare.ts';
import { createPipeline } from '../src/pipeline/pipeline.ts';
import { createPool } from '../src/ingest/pool.ts';
import pg from 'pg';
import { QUEUE, SCHEMA } from '../src/queue/boss.ts';
import { enqueue } from '../src/queue/enqueue.ts';
import { startPgServer } from '../src/store/postgres/harness.ts';
import { syntheticArticles } from './synthetic.ts';

const N = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 400);
const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-queue-'));
const input = join(dir, 'in.jsonl');
writeFileSync(input, [...syntheticArticles(N, 7, 0)].map((a) => JSON.stringify(a)).join('\n') + '\n');
const quiet = new PassThrough().resume();
const server = await startPgServer();

/** CPU seconds of a process, all its threads (/proc/PID/stat utime + stime), with its reaped children's when `children`. */
function cpuOf(pid: number, children = false): number {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    const tick = (i: number) => Number(f[i - 3]) / 100; // fields counted from 1, the first two (pid, name) cut off; 100 ticks a second
    return tick(14) + tick(15) + (children ? tick(16) + tick(17) : 0);
  } catch {
    return 0; // gone
  }
}

/** CPU seconds of the PostgreSQL server so far: the postmaster with the backends it has reaped, and those still running. */
function pgCpu(): number {
  const master = Number(readFileSync(join(server.dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
  let t = cpuOf(master, true);
  for (const p of readdirSync('/proc')) {
    if (!/^\d+$/.test(p)) continue;
    try {
      if (Number(readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' ')[1]) === master) t += cpuOf(Number(p));
    } catch {
      // gone meanwhile
    }
  }
  return t;
}

const selfCpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** Worker processes on the store, each resolved once it says it is taking jobs; stop() ends them. */
async function workers(db: string, n: number) {
  // Each worker in a session of its own: with the kernel's autogroup scheduling (on here) a loaded
  // machine shares its CPU out by session, so workers sharing this one would share one share, and a
  // second worker could only take time from the first. Alone, each gets what a second machine would.
  const procs = Array.from({ length: n }, () => spawn(process.execPath, ['bin/dyad.js', 'worker', '--db', db, '--workers', '1', '--supervise', '30'], { stdio: ['ignore', 'ignore', 'pipe'], detached: true }));
  const kill = () => procs.forEach((c) => c.exitCode === null && c.signalCode === null && c.kill('SIGKILL'));
  process.once('exit', kill);
  await Promise.all(procs.map((c) => new Promise<void>((resolve, reject) => {
    let err = '';
    c.stderr!.on('data', (d) => {
      err += d;
      if (err.includes('taking jobs')) resolve();
    });
    c.on('exit', (code) => reject(new Error(`worker exited ${code}: ${err}`)));
  })));
  return { procs, stop: () => Promise.all(procs.map((c) => new Promise((r) => (c.on('exit', r), c.kill('SIGTERM'))))) };
}

/** Resolves once every job is done: one connection, one count a tenth of a second (dyad queue's status opens a connection each time, which costs the server CPU this bench counts). */
async function drained(db: string) {
  const c = new pg.Client({ connectionString: db });
  await c.connect();
  try {
    for (;;) {
      const r = await c.query(`SELECT count(*)::int AS n, count(*) FILTER (WHERE state < 'completed')::int AS open FROM ${SCHEMA}.job WHERE name = $1`, [QUEUE]);
      if (r.rows[0].n >= N && r.rows[0].open === 0) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await c.end();
  }
}

interface Run {
  seconds: number;
  /** CPU seconds of dyad's processes (this one, the workers) and of the PostgreSQL server. */
  dyad: number;
  pg: number;
}

async function timed(run: () => Promise<unknown>, procs: ChildProcess[] = []): Promise<Run> {
  const cpu = () => selfCpu() + procs.reduce((n, c) => n + cpuOf(c.pid!), 0);
  const [t, c, p] = [Date.now(), cpu(), pgCpu()];
  await run();
  const seconds = (Date.now() - t) / 1000;
  const dyad = cpu() - c;
  // a backend's time reaches its postmaster once it is reaped, a moment after its connection closes
  await new Promise((r) => setTimeout(r, 1000));
  return { seconds, dyad, pg: pgCpu() - p };
}

try {
  // the analysis alone, in this thread, after a warm-up: what one analysis thread costs an article
  const records = [...syntheticArticles(N, 7, 0)];
  const pipeline = createPipeline(buildConfig({}));
  for (const r of records.slice(0, 20)) analyseRecord(pipeline, r, identify(r, null));
  const c0 = selfCpu();
  for (const r of records) analyseRecord(pipeline, r, identify(r, null));
  const analysis = selfCpu() - c0;

  const pool = await createPool(1, {});
  const direct = await timed(async () => ingest([input], { db: await server.createDatabase(), pool, progress: false, err: quiet }));
  await pool.close();
  let enq = 0;
  const viaQueue = async (n: number) => {
    const db = await server.createDatabase();
    const w = await workers(db, n);
    const r = await timed(async () => {
      const t = Date.now();
      await enqueue([input], { db, err: quiet });
      if (n === 1) enq = (Date.now() - t) / 1000;
      await drained(db);
    }, w.procs);
    await w.stop();
    return r;
  };
  const one = await viaQueue(1);
  const two = await viaQueue(2);
  const ms = (s: number) => ((s / N) * 1000).toFixed(1);
  const line = (name: string, r: Run) =>
    console.log(`${name.padEnd(22)}${r.seconds.toFixed(1).padStart(6)} s ${(N / r.seconds).toFixed(1).padStart(6)} articles/s   CPU ${ms(r.dyad + r.pg)} ms/article (dyad ${ms(r.dyad)}, PostgreSQL ${ms(r.pg)})`);
  console.log(`${N} articles, one analysis thread per process; a shared machine: wall times vary from run to run, CPU times less`);
  console.log(`analysis alone:       CPU ${ms(analysis)} ms/article`);
  line('direct ingest:', direct);
  console.log(`enqueue (in the next): ${enq.toFixed(1)} s`);
  line('queue, 1 worker:', one);
  line('queue, 2 workers:', two);
  // with 2 cores to itself, one worker goes no faster than its thread analyses nor than 2 cores do its
  // work; two workers no faster than 2 cores do theirs
  const per = (r: Run) => (r.dyad + r.pg) / N;
  const ceiling = 2 / per(two) / Math.min(N / analysis, 2 / per(one));
  console.log(`2 workers / 1 worker: ${(one.seconds / two.seconds).toFixed(2)} (target >= 1.8; with 2 cores to themselves at most ${ceiling.toFixed(2)}, from the CPU times above)`);
  console.log(`queue overhead:       ${((one.seconds / direct.seconds - 1) * 100).toFixed(1)}% per article in wall time, ${(((one.dyad + one.pg) / (direct.dyad + direct.pg) - 1) * 100).toFixed(1)}% in CPU (enqueue + 1 worker against direct; target <= 10%)`);
} finally {
  server.stop();
  rmSync(dir, { recursive: true, force: true });
}
