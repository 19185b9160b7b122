// `dyad watch SOURCE…` and `dyad sources`: follow feeds, pages, folders and files on an interval,
// with each source's state in the store (see src/ingest/watch/), and list that state.
import { availableParallelism } from 'node:os';
import { createPool } from '../../ingest/pool.ts';
import { describeHealth, dueAt, health, showDuration } from '../../ingest/watch/schedule.ts';
import { watchList } from '../../ingest/watch/watch-list.ts';
import { loadStates, watch } from '../../ingest/watch/watch.ts';
import { openStore, showTarget } from '../../store/open.ts';
import type { SourceState } from '../../store/store.ts';
import { UsageError } from '../usage-error.ts';
import { checkStorePath } from '../store-path.ts';
import { fetchSettings } from './ingest.ts';
import { emit, type OutputOptions } from './output.ts';
import { withStore } from './queries.ts';
import { stopOnSignals } from '../stop-signal.ts';

export const DEFAULT_INTERVAL_MS = 15 * 60_000;
export const DEFAULT_SILENT_MS = 24 * 3600_000;

export interface WatchCommandOptions {
  db?: string;
  list?: string;
  /** Milliseconds (the option parser turns "15m" into them). */
  interval?: number;
  silentAfter?: number;
  once?: boolean;
  workers?: number;
  actors?: string[];
  maxBytes?: number;
  date?: string;
  manifest?: string;
  copyWindow?: number;
  allowPrivate?: boolean;
  timeout?: number;
  maxRedirects?: number;
  err?: NodeJS.WritableStream;
  /** Stops the watch (the command makes one from SIGINT and SIGTERM when none is given). */
  signal?: AbortSignal;
}

export async function watchCommand(args: string[], opts: WatchCommandOptions): Promise<number> {
  const err = opts.err ?? process.stderr;
  const list = watchList(args, opts.list);
  if (!list.length) throw new UsageError('watch needs URLs, folders or files, or --list FILE with one a line');
  const db = checkStorePath(opts.db, true);
  const intervalMs = opts.interval ?? DEFAULT_INTERVAL_MS;
  const store = await openStore(db, { copyWindowDays: opts.copyWindow });
  const stop = stopOnSignals(opts.signal, err, 'dyad watch: stopping once this source is stored (again to stop at once)');
  try {
    const config = { actorFiles: opts.actors, maxBytes: opts.maxBytes };
    const pool = await createPool(opts.workers ?? availableParallelism(), config);
    try {
      const ctx = { store, pool, states: await loadStates(store) };
      err.write(`dyad watch: ${list.length} ${list.length === 1 ? 'source' : 'sources'} every ${showDuration(intervalMs)} into ${showTarget(db)}${opts.once ? ', one round' : ' (Ctrl-C stops)'}\n`);
      const rep = await watch(() => watchList(args, opts.list), ctx, {
        intervalMs, silentAfterMs: opts.silentAfter ?? DEFAULT_SILENT_MS, fetch: fetchSettings(opts), config, date: opts.date, manifest: opts.manifest,
        err, once: opts.once, signal: stop.signal,
      });
      err.write(`dyad watch: ${count(rep.tried, 'try', 'tries')}, ${count(rep.added, 'new article', 'new articles')}, ${rep.failed} failed\n`);
      // One round for a script: a failed source is a failure. A watch stopped by hand is not.
      return opts.once && rep.failed ? 1 : 0;
    } finally {
      await pool.close();
    }
  } finally {
    stop.dispose();
    await store.close();
  }
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const ago = (iso: string | null, now: number) => (iso ? `${showDuration(Math.max(0, now - Date.parse(iso)))} ago` : '-');

export interface SourcesOptions extends OutputOptions {
  db?: string;
  silentAfter?: number;
  interval?: number;
  now?: number;
}

/** Each watched source's health: a table, or one JSON array of the stored state with `health` added. */
export async function sourcesCommand(opts: SourcesOptions): Promise<number> {
  const now = opts.now ?? Date.now();
  const silent = opts.silentAfter ?? DEFAULT_SILENT_MS;
  const interval = opts.interval ?? DEFAULT_INTERVAL_MS;
  const rows = await withStore(opts.db, (s) => s.sources());
  const next = (r: SourceState) => {
    const t = dueAt(r, interval) - now;
    return t <= 0 ? 'now' : `in ${showDuration(t)}`;
  };
  emit<SourceState>(rows, [
    ['source', (r) => r.source], ['health', (r) => describeHealth(r, now, silent)], ['last try', (r) => ago(r.lastFetch, now)], ['last new', (r) => ago(r.lastNew, now)],
    ['seen', (r) => r.itemsSeen], ['added', (r) => r.itemsAdded], ['errors', (r) => r.errors], ['next', next], ['last answer', (r) => r.lastStatus],
  ], opts, (r) => ({ ...r, health: health(r, now, silent) }));
  return 0;
}
