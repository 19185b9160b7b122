// Queue throughput: N synthetic articles (default 400) ingested into fresh databases of a throwaway
// PostgreSQL (src/store/postgres/harness.ts): directly (ingest with one analysis thread), and through
// the queue (enqueue, then dyad worker processes with one analysis thread each) with one worker and
// with two. Start-up (loading the pipeline, about 3 s a process on an idle machine) is left out of
// every timing: the direct ingest gets a pool made beforehand, and the workers are started and
// ready before the records are enqueued; a queue run is timed from the enqueue to the last job
// done. Reports articles/s, two workers against one (target >= 1.8 on 2 cores) and the queue's
// overhead per article against the direct ingest (enqueue + one worker, target <= 10%).
// Run: npx tsx bench/queue.ts [N]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { ingest } from '../src/ingest/ingest.ts';
import { createPool } from '../src/ingest/pool.ts';
import { queueStatus } from '../src/queue/status.ts';
import { enqueue } from '../src/queue/enqueue.ts';
import { startPgServer } from '../src/store/postgres/harness.ts';
import { syntheticArticles } from './synthetic.ts';

const N = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 400);
const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-queue-'));
const input = join(dir, 'in.jsonl');
writeFileSync(input, [...syntheticArticles(N, 7, 0)].map((a) => JSON.stringify(a)).join('\n') + '\n');
const quiet = new PassThrough().resume();
const server = await startPgServer();

/** Worker processes on the store, each resolved once it says it is taking jobs; stop() ends them. */
async function workers(db: string, n: number) {
  const procs = Array.from({ length: n }, () => spawn(process.execPath, ['bin/dyad.js', 'worker', '--db', db, '--workers', '1', '--supervise', '30'], { stdio: ['ignore', 'ignore', 'pipe'] }));
  await Promise.all(procs.map((c) => new Promise<void>((resolve, reject) => {
    let err = '';
    c.stderr!.on('data', (d) => {
      err += d;
      if (err.includes('taking jobs')) resolve();
    });
    c.on('exit', (code) => reject(new Error(`worker exited ${code}: ${err}`)));
  })));
  return { stop: () => Promise.all(procs.map((c) => new Promise((r) => (c.on('exit', r), c.kill('SIGTERM'))))) };
}

async function drained(db: string) {
  for (;;) {
    const s = await queueStatus(db);
    if (s && s.states.completed + s.states.failed + s.dead >= N && s.states.active === 0) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const t = Date.now();
  await run();
  return (Date.now() - t) / 1000;
}

try {
  const pool = await createPool(1, {});
  const direct = await timed(async () => ingest([input], { db: await server.createDatabase(), pool, progress: false, err: quiet }));
  await pool.close();
  let enq = 0;
  const viaQueue = async (n: number) => {
    const db = await server.createDatabase();
    const w = await workers(db, n);
    const t = Date.now();
    await enqueue([input], { db, err: quiet });
    if (n === 1) enq = (Date.now() - t) / 1000;
    await drained(db);
    const s = (Date.now() - t) / 1000;
    await w.stop();
    return s;
  };
  const one = await viaQueue(1);
  const two = await viaQueue(2);
  const rate = (s: number) => (N / s).toFixed(1);
  console.log(`${N} articles, one analysis thread per process; a shared machine: figures vary from run to run`);
  console.log(`direct ingest:        ${direct.toFixed(1)} s  ${rate(direct)} articles/s`);
  console.log(`enqueue (in the next): ${enq.toFixed(1)} s`);
  console.log(`queue, 1 worker:      ${one.toFixed(1)} s  ${rate(one)} articles/s`);
  console.log(`queue, 2 workers:     ${two.toFixed(1)} s  ${rate(two)} articles/s`);
  console.log(`2 workers / 1 worker: ${(one / two).toFixed(2)} (target >= 1.8)`);
  console.log(`queue overhead:       ${((one / direct - 1) * 100).toFixed(1)}% per article (enqueue + 1 worker against direct; target <= 10%)`);
} finally {
  server.stop();
  rmSync(dir, { recursive: true, force: true });
}
