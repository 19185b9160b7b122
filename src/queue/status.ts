// `dyad queue`: the jobs of the store's queue by state, and the dead letters with their errors, read
// straight from pg-boss's tables (taking dead letters through pg-boss would hand them out as work).
import pg from 'pg';
import { DEAD, QUEUE, SCHEMA } from './boss.ts';

export interface DeadLetter {
  /** The record's id (its file, URL or JSONL id) and where it was read. */
  record: string;
  origin: string | null;
  error: string;
  at: string;
}

export interface QueueStatus {
  /** Jobs by pg-boss state: created (waiting), retry, active, completed, failed (retries used up). */
  states: Record<string, number>;
  dead: number;
  /** The newest dead letters. */
  deadLetters: DeadLetter[];
}

const STATES = ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'];

/** The status, or null when the store has no queue yet. */
export async function queueStatus(url: string, limit = 20): Promise<QueueStatus | null> {
  const c = new pg.Client({ connectionString: url, application_name: 'dyad-queue-status' });
  await c.connect();
  try {
    const has = await c.query(`SELECT to_regclass($1) AS t`, [`${SCHEMA}.job`]);
    if (!has.rows[0].t) return null;
    const states: Record<string, number> = Object.fromEntries(STATES.map((s) => [s, 0]));
    // completed jobs move to the archive table after a while; they still count as done
    for (const table of ['job', 'archive']) {
      const r = await c.query(`SELECT state::text AS state, count(*)::int AS n FROM ${SCHEMA}.${table} WHERE name = $1 GROUP BY state`, [QUEUE]);
      for (const row of r.rows) states[row.state] = (states[row.state] ?? 0) + row.n;
    }
    const dead = await c.query(`SELECT count(*)::int AS n FROM ${SCHEMA}.job WHERE name = $1`, [DEAD]);
    const rows = await c.query(`SELECT data, output, created_on FROM ${SCHEMA}.job WHERE name = $1 ORDER BY created_on DESC, id LIMIT $2`, [DEAD, limit]);
    return {
      states,
      dead: dead.rows[0].n,
      deadLetters: rows.rows.map((r) => ({
        record: String(r.data?.record?.id ?? '?'),
        origin: r.data?.record?.origin ?? null,
        error: r.data?.error ?? r.output?.message ?? r.output?.value?.message ?? 'failed',
        at: new Date(r.created_on).toISOString(),
      })),
    };
  } finally {
    await c.end();
  }
}
