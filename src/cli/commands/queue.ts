// `dyad enqueue`, `dyad worker` and `dyad queue`: ingest scaled out over a job queue in the
// PostgreSQL store (see src/queue/ and docs/scale-out.md).
import { availableParallelism } from 'node:os';
import { checkDay } from '../../ingest/manifest.ts';
import { enqueue } from '../../queue/enqueue.ts';
import { queueStatus } from '../../queue/status.ts';
import { work } from '../../queue/work.ts';
import { isStoreUrl, showTarget } from '../../store/open.ts';
import { table } from '../table.ts';
import { UsageError } from '../usage-error.ts';
import { storePath } from '../store-path.ts';
import { fetchSettings } from './ingest.ts';
import { stopOnSignals } from '../stop-signal.ts';

/** The queue lives in a PostgreSQL store's database: --db (or $DYAD_DB) must be its URL. */
function queueDb(db: string | undefined): string {
  const path = storePath(db);
  if (!isStoreUrl(path)) throw new UsageError(`--db ${path}: the job queue lives in a PostgreSQL store; give its postgres:// URL`);
  return path;
}

export interface EnqueueCommandOptions {
  db?: string;
  actors?: string[];
  maxBytes?: number;
  date?: string;
  manifest?: string;
  errors?: string;
  expire?: number;
  retryDelay?: number;
  allowPrivate?: boolean;
  timeout?: number;
  maxRedirects?: number;
  err?: NodeJS.WritableStream;
}

export async function enqueueCommand(paths: string[], opts: EnqueueCommandOptions): Promise<number> {
  if (!paths.length) throw new UsageError('enqueue needs files, folders or URLs');
  if (opts.date !== undefined && !checkDay(opts.date)) throw new UsageError(`--date ${opts.date}: expected a day as YYYY-MM-DD`);
  const db = queueDb(opts.db);
  const err = opts.err ?? process.stderr;
  const r = await enqueue(paths, {
    db, config: { actorFiles: opts.actors, maxBytes: opts.maxBytes }, fetch: fetchSettings(opts), date: opts.date, manifest: opts.manifest, errors: opts.errors,
    expireSeconds: opts.expire, retryDelay: opts.retryDelay, err,
  });
  err.write(`queued ${r.queued} of ${r.records} records on ${showTarget(db)}: ${r.skipped} already stored, ${r.failed} failed; ${r.seconds.toFixed(1)} s\n`);
  return r.failed && !r.queued && !r.skipped ? 1 : 0;
}

export interface WorkerCommandOptions {
  db?: string;
  workers?: number;
  batch?: number;
  actors?: string[];
  maxBytes?: number;
  copyWindow?: number;
  exitWhenEmpty?: boolean;
  supervise?: number;
  err?: NodeJS.WritableStream;
  signal?: AbortSignal;
}

export async function workerCommand(opts: WorkerCommandOptions): Promise<number> {
  const db = queueDb(opts.db);
  const err = opts.err ?? process.stderr;
  const stop = stopOnSignals(opts.signal, err, 'dyad worker: stopping once the jobs it holds are stored (again to stop at once; they are handed out again)');
  try {
    const threads = opts.workers ?? availableParallelism();
    const r = await work({
      onReady: () => err.write(`dyad worker: taking jobs from ${showTarget(db)} with ${threads} analysis ${threads === 1 ? 'thread' : 'threads'}${opts.exitWhenEmpty ? ' until the queue is empty' : ' (Ctrl-C stops)'}\n`),
      db, workers: threads, batch: opts.batch, config: { actorFiles: opts.actors, maxBytes: opts.maxBytes }, copyWindowDays: opts.copyWindow,
      exitWhenEmpty: opts.exitWhenEmpty, superviseSeconds: opts.supervise, err, signal: stop.signal,
    });
    const rate = r.seconds ? ((r.added + r.merged) / r.seconds).toFixed(1) : '0';
    err.write(`dyad worker: ${r.jobs} jobs: ${r.added} new, ${r.merged} copies merged, ${r.skipped} already stored, ${r.retried} failed (retried later), ${r.dead} dead letters; ${r.seconds.toFixed(1)} s (${rate} articles/s)\n`);
    return 0;
  } finally {
    stop.dispose();
  }
}

export async function queueCommand(opts: { db?: string; json?: boolean; limit?: number; out?: NodeJS.WritableStream }): Promise<number> {
  const db = queueDb(opts.db);
  const out = opts.out ?? process.stdout;
  const s = await queueStatus(db, opts.limit ?? 20);
  if (opts.json) {
    out.write(JSON.stringify(s, null, 2) + '\n');
    return 0;
  }
  if (!s) {
    out.write(`no job queue in ${showTarget(db)} yet (dyad enqueue makes it)\n`);
    return 0;
  }
  const st = s.states;
  out.write(`jobs: ${st.created} waiting, ${st.retry} to retry, ${st.active} active, ${st.completed} done, ${st.failed} failed after retries; ${s.dead} dead letters\n`);
  if (s.deadLetters.length) {
    out.write('\n' + table(['record', 'from', 'error', 'when'], s.deadLetters.map((d) => [d.record, d.origin ?? '', d.error, d.at.slice(0, 19).replace('T', ' ')]), 90) + '\n');
  }
  return 0;
}
