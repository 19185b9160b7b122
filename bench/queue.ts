// Queue throughput: N synthetic articles (default 400) ingested into fresh databases of a throwaway
// PostgreSQL (src/store/postgres/harness.ts): directly (dyad ingest, one analysis thread), and
// through the queue (dyad enqueue, then dyad worker processes with one thread each, --exit-when-empty)
// with one worker and with two. Each run is timed from its start to its last write, start-up
// included. Reports articles/s, two workers against one (target >= 1.8 on 2 cores) and the queue's
// overhead per article against the direct ingest (enqueue + one worker, target <= 10%).
// Run: npx tsx bench/queue.ts [N]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { ingest } from '../src/ingest/ingest.ts';
import { enqueue } from '../src/queue/enqueue.ts';
import { startPgServer } from '../src/store/postgres/harness.ts';
import { syntheticArticles } from './synthetic.ts';

const N = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 400);
const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-queue-'));
const input = join(dir, 'in.jsonl');
writeFileSync(input, [...syntheticArticles(N, 7, 0)].map((a) => JSON.stringify(a)).join('\n') + '\n');
const quiet = new PassThrough().resume();
const server = await startPgServer();

const worker = (db: string) =>
  new Promise<void>((resolve, reject) => {
    const c = spawn(process.execPath, ['bin/dyad.js', 'worker', '--db', db, '--workers', '1', '--exit-when-empty', '--supervise', '5'], { stdio: ['ignore', 'ignore', 'inherit'] });
    c.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited ${code}`))));
  });

async function timed(run: () => Promise<unknown>): Promise<number> {
  const t = Date.now();
  await run();
  return (Date.now() - t) / 1000;
}

try {
  const direct = await timed(async () => ingest([input], { db: await server.createDatabase(), workers: 1, progress: false, err: quiet }));
  const db1 = await server.createDatabase();
  const enq = await timed(() => enqueue([input], { db: db1, err: quiet }));
  const one = await timed(() => worker(db1));
  const db2 = await server.createDatabase();
  const enq2 = await timed(() => enqueue([input], { db: db2, err: quiet }));
  const two = await timed(() => Promise.all([worker(db2), worker(db2)]));
  const rate = (s: number) => (N / s).toFixed(1);
  console.log(`${N} articles, one analysis thread per process; a shared machine: figures vary from run to run`);
  console.log(`direct ingest:        ${direct.toFixed(1)} s  ${rate(direct)} articles/s`);
  console.log(`enqueue:              ${enq.toFixed(1)} s (${enq2.toFixed(1)} s the second time)`);
  console.log(`queue, 1 worker:      ${one.toFixed(1)} s  ${rate(one)} articles/s`);
  console.log(`queue, 2 workers:     ${two.toFixed(1)} s  ${rate(two)} articles/s`);
  console.log(`2 workers / 1 worker: ${(one / two).toFixed(2)} (target >= 1.8)`);
  console.log(`queue overhead:       ${(((enq + one) / direct - 1) * 100).toFixed(1)}% per article (enqueue + 1 worker against direct; target <= 10%)`);
} finally {
  server.stop();
  rmSync(dir, { recursive: true, force: true });
}
