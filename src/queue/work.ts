// `dyad worker`: takes jobs from the store's queue, analyses them in a pool of threads, writes each
// batch's articles in one transaction, and only then marks the batch's jobs done (see boss.ts for
// why that makes a killed worker lose nothing and duplicate nothing). A record that is bad input
// (empty once cleaned, too large) goes to the dead-letter queue at once with its error: analysing it
// again would fail the same way. A record that failed inside dyad (a stage threw, a thread died) is
// failed back to the queue, retried with backoff and dead-lettered by pg-boss after the last retry.
import { availableParallelism } from 'node:os';
import type { WrittenConfig } from '../config/config.ts';
import { identify } from '../ingest/prepare.ts';
import { createPool, type Outcome } from '../ingest/pool.ts';
import { openStore } from '../store/open.ts';
import type { ArticleInput } from '../store/store.ts';
import type PgBoss from 'pg-boss';
import { DEAD, openQueue, QUEUE, type DeadData, type JobData } from './boss.ts';

export interface WorkOptions {
  db: string;
  /** Analysis threads (default: one per core); 0 analyses in this thread. */
  workers?: number;
  /** Jobs taken and written at once (default: sixteen per thread, at least 16). */
  batch?: number;
  config?: WrittenConfig;
  /** Stop once no job is waiting, retrying or active anywhere (a backfill, a benchmark, a test). */
  exitWhenEmpty?: boolean;
  /** How often this worker expires jobs left active too long by a dead worker, in seconds (default 60). */
  superviseSeconds?: number;
  /** Wait between looks at an empty queue, in ms (default POLL_MS). */
  pollMs?: number;
  copyWindowDays?: number;
  signal?: AbortSignal;
  err?: NodeJS.WritableStream;
  /** Called once the analysis threads and the queue are ready, before the first job is taken. */
  onReady?: () => void;
}

export interface WorkReport {
  jobs: number;
  added: number;
  merged: number;
  skipped: number;
  /** Failed inside dyad, handed back for a retry. */
  retried: number;
  /** Bad input, sent to the dead-letter queue. */
  dead: number;
  seconds: number;
}

/** An idle worker looks at the queue four times a second: a query that finds nothing costs the server little, and new jobs wait at most this long. */
export const POLL_MS = 250;

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((r) => {
    const t = setTimeout(r, ms);
    signal?.addEventListener('abort', () => (clearTimeout(t), r()), { once: true });
  });

export async function work(opts: WorkOptions): Promise<WorkReport> {
  const err = opts.err ?? process.stderr;
  const started = Date.now();
  const rep: WorkReport = { jobs: 0, added: 0, merged: 0, skipped: 0, retried: 0, dead: 0, seconds: 0 };
  const store = await openStore(opts.db, { copyWindowDays: opts.copyWindowDays });
  try {
    const pool = await createPool(opts.workers ?? availableParallelism(), opts.config ?? {});
    try {
      const boss = await openQueue(opts.db, { superviseSeconds: opts.superviseSeconds, onError: (e) => err.write(`dyad worker: queue: ${e.message}\n`) });
      try {
        // Sixteen jobs a thread bound what a killed worker leaves to redo. The batches overlap: while
        // one is written and completed, the next is fetched and analysed, so the threads never wait on
        // the store or the queue (one write at a time, in the order the batches were taken).
        const batchSize = opts.batch ?? Math.max(16, pool.capacity * 4);
        let said = 0;
        type Taken = { jobs: PgBoss.Job<JobData>[]; outcomes: Promise<(Outcome | null)[]> };
        const none: Promise<Taken> = Promise.resolve({ jobs: [], outcomes: Promise.resolve([]) });
        const take = async (): Promise<Taken> => {
          const jobs = await boss.fetch<JobData>(QUEUE, { batchSize });
          // analysis starts as soon as the jobs are here; a job whose article is stored already is not analysed
          const outcomes = Promise.all(jobs.map(async (job) => {
            const id = identify(job.data.record, job.data.source);
            return (await store.has(id)) ? null : pool.run(job.data.record, id);
          }));
          outcomes.catch(() => undefined); // awaited below; a failure there ends the worker
          return { jobs, outcomes };
        };
        const finish = async (jobs: PgBoss.Job<JobData>[], outcomes: (Outcome | null)[]) => {
          const inputs: ArticleInput[] = [];
          const done: string[] = [];
          const dead: DeadData[] = [];
          const failed: { id: string; output: object }[] = [];
          for (const [i, o] of outcomes.entries()) {
            const job = jobs[i];
            if (o === null) {
              rep.skipped++;
              done.push(job.id);
            } else if ('input' in o) {
              inputs.push(o.input);
              done.push(job.id);
            } else if (o.code === 'INTERNAL') {
              rep.retried++;
              err.write(`dyad worker: ${o.error} (record ${job.data.record.id}; retried later)\n`);
              failed.push({ id: job.id, output: { message: o.error, code: o.code } });
            } else {
              rep.dead++;
              err.write(`dyad worker: ${o.error} (record ${job.data.record.id}; dead letter)\n`);
              dead.push({ ...job.data, error: o.error, code: o.code });
              done.push(job.id);
            }
          }
          if (inputs.length) {
            const w = await store.write(inputs);
            rep.added += w.added;
            rep.merged += w.merged;
            rep.skipped += w.skipped;
          }
          if (dead.length) await boss.insert(dead.map((data) => ({ name: DEAD, data })));
          for (const f of failed) await boss.fail(QUEUE, f.id, f.output);
          if (done.length) await boss.complete(QUEUE, done);
          rep.jobs += jobs.length;
          const secs = (Date.now() - started) / 1000;
          // the first batch, then at most one line every 5 s
          if (rep.jobs === jobs.length || Date.now() - said >= 5000) said = Date.now(), err.write(`dyad worker: ${jobs.length} jobs: ${inputs.length} analysed, ${jobs.length - inputs.length} skipped or failed; ${rep.jobs} jobs in ${secs.toFixed(1)} s\n`);
        };
        opts.onReady?.();
        let writing: Promise<void> = Promise.resolve();
        let next = opts.signal?.aborted ? none : take();
        for (;;) {
          const cur = await next;
          if (!cur.jobs.length) {
            await writing;
            if (opts.signal?.aborted) break;
            if (opts.exitWhenEmpty && (await boss.getQueueSize(QUEUE, { before: 'completed' })) === 0) break;
            await sleep(opts.pollMs ?? POLL_MS, opts.signal);
            next = opts.signal?.aborted ? none : take();
            continue;
          }
          // a stop takes no new jobs; those taken already are analysed and stored first
          next = opts.signal?.aborted ? none : take();
          const outcomes = await cur.outcomes;
          await writing;
          writing = finish(cur.jobs, outcomes);
          writing.catch(() => undefined); // awaited on the next turn or at the end
        }
      } finally {
        await boss.stop({ graceful: false, close: true, wait: true });
      }
    } finally {
      await pool.close();
    }
  } finally {
    await store.close();
  }
  rep.seconds = (Date.now() - started) / 1000;
  return rep;
}
