// The job queue of a PostgreSQL store: pg-boss (MIT; 10.x, the last line that runs on Node 20) in
// its own schema of the store's database, so enqueuers and workers on any number of machines need
// nothing but the store's URL.
//
// One job is one record. A worker takes jobs (SELECT ... FOR UPDATE SKIP LOCKED inside pg-boss), so
// no two workers hold one job; it completes them only once their articles are written, so a worker
// killed mid-job leaves its jobs active until they expire, and then they are handed out again
// (at-least-once). The store's write skips an article it has already (its identity is unique), so a
// job done twice stores it once. A job that fails inside dyad is retried with backoff; after
// RETRY_LIMIT retries it fails and pg-boss copies it, with its error, to the dead-letter queue.
import PgBoss from 'pg-boss';
import type { RawRecord } from '../doc/record.ts';

export const SCHEMA = 'dyad_queue';
export const QUEUE = 'dyad-analyze';
export const DEAD = 'dyad-dead';
export const RETRY_LIMIT = 3;
/** Seconds before the first retry; then about twice as long each time. */
export const RETRY_DELAY = 10;
/** Seconds a job may stay active before it is taken from its worker and handed out again. */
export const EXPIRE_SECONDS = 15 * 60;

/** What a job carries: the record as read, with the date a manifest or --date gave it. */
export interface JobData {
  record: RawRecord;
  /** The outlet (feed title or host) the reader named. */
  source: string | null;
}

/** A dead letter: the record, and why it is dead. */
export interface DeadData extends JobData {
  error?: string;
  code?: string;
}

export interface QueueOptions {
  /** Expiry of an active job, in seconds (default EXPIRE_SECONDS). */
  expireSeconds?: number;
  /** Seconds before the first retry (default RETRY_DELAY). */
  retryDelay?: number;
  /** How often this process expires jobs left active too long, in seconds (default 60); 0: never (an enqueuer). */
  superviseSeconds?: number;
  onError?: (e: Error) => void;
}

export async function openQueue(url: string, opts: QueueOptions = {}): Promise<PgBoss> {
  const supervise = opts.superviseSeconds !== 0;
  const boss = new PgBoss({
    connectionString: url,
    schema: SCHEMA,
    application_name: 'dyad-queue',
    max: 4,
    supervise,
    schedule: false,
    ...(supervise ? { maintenanceIntervalSeconds: opts.superviseSeconds ?? 60 } : {}),
  });
  boss.on('error', (e) => opts.onError?.(e));
  await boss.start();
  await ensureQueue(boss, DEAD, {});
  // A job takes its expiry and retry settings from the queue when it is sent; settings given here
  // replace the queue's for the jobs sent from now on.
  const given = opts.expireSeconds !== undefined || opts.retryDelay !== undefined;
  await ensureQueue(boss, QUEUE, {
    retryLimit: RETRY_LIMIT,
    retryDelay: opts.retryDelay ?? RETRY_DELAY,
    retryBackoff: true,
    expireInSeconds: opts.expireSeconds ?? EXPIRE_SECONDS,
    deadLetter: DEAD,
  }, given);
  return boss;
}

/** Creates a queue unless it is there (two processes starting at once both end with it); `update` sets its options either way. */
async function ensureQueue(boss: PgBoss, name: string, options: Omit<PgBoss.Queue, 'name'>, update = false): Promise<void> {
  if (await boss.getQueue(name)) {
    if (update) await boss.updateQueue(name, { name, ...options });
    return;
  }
  try {
    await boss.createQueue(name, { name, ...options });
  } catch (e) {
    if (!(await boss.getQueue(name))) throw e;
  }
}
