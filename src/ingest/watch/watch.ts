// `dyad watch`: rounds over a list of sources. Each round tries the sources that are due
// (schedule.ts), fetching a few at once and ingesting them one at a time in list order through one
// store and one analysis pool kept for the whole watch. A source's state (validators, counts,
// failures, when it is next due) is saved only after what it gave is stored, so a watch killed
// mid-round resumes with the validators of the last answer it stored: the source is asked again and
// what was stored already is skipped before analysis. A restarted watch does not ask a source before
// it is due.
import { DEFAULT_MAX_BYTES, type WrittenConfig } from '../../config/config.ts';
import type { SourceState, Store } from '../../store/store.ts';
import { ingestSources } from '../ingest.ts';
import type { Pool } from '../pool.ts';
import type { FetchSettings } from '../url/fetch.ts';
import { poll, type Poll } from './poll.ts';
import { backoff, describeHealth, dueAt, health, showDuration } from './schedule.ts';

export interface WatchSettings {
  intervalMs: number;
  /** A source answering with nothing new for this long is reported silent. */
  silentAfterMs: number;
  fetch: FetchSettings;
  config: WrittenConfig;
  /** The day of records that carry none; a manifest of days. */
  date?: string;
  manifest?: string;
  /** Sources fetched at once (default 4). */
  fetchers?: number;
  err?: NodeJS.WritableStream;
  /** The clock the schedule reads (tests move it on). */
  now?: () => number;
  signal?: AbortSignal;
}

export interface WatchContext {
  store: Store;
  pool: Pool;
  /** Every source's state, as saved; loaded from the store once, kept up to date here. */
  states: Map<string, SourceState>;
}

export interface RoundReport {
  tried: number;
  failed: number;
  /** Articles stored as new or as copies. */
  added: number;
}

export async function loadStates(store: Store): Promise<Map<string, SourceState>> {
  return new Map((await store.sources()).map((s) => [s.source, s]));
}

const blank = (source: string): SourceState => ({
  source, firstFetch: null, lastFetch: null, lastOk: null, lastNew: null, lastStatus: null, etag: null, lastModified: null,
  itemsSeen: 0, itemsAdded: 0, errors: 0, failures: 0, lastError: null, nextDue: null,
});

/** Starts the thunks, at most `n` running at once; the promises come back in the thunks' order. */
function limited<T>(thunks: (() => Promise<T>)[], n: number): Promise<T>[] {
  let next = 0;
  const starts: ((v: void) => void)[] = [];
  const gates = thunks.map(() => new Promise<void>((r) => starts.push(r)));
  const release = () => {
    if (next < starts.length) starts[next++]();
  };
  for (let i = 0; i < Math.min(n, thunks.length); i++) release();
  return thunks.map((t, i) => gates[i].then(t).finally(release));
}

/** One round over the sources that are due. */
export async function watchRound(list: string[], ctx: WatchContext, s: WatchSettings): Promise<RoundReport> {
  const err = s.err ?? process.stderr;
  const now = s.now ?? Date.now;
  const maxBytes = s.config.maxBytes ?? DEFAULT_MAX_BYTES;
  const start = now();
  const due = list.filter((src) => dueAt(ctx.states.get(src), s.intervalMs) <= start);
  const rep: RoundReport = { tried: 0, failed: 0, added: 0 };
  const onSkip = (p: string, reason: string) => err.write(`dyad watch: skipped ${p}: ${reason}\n`);
  const polls = limited(due.map((src) => () => (s.signal?.aborted ? Promise.resolve(null) : poll(src, ctx.states.get(src), { fetch: s.fetch, maxBytes, onSkip }))), s.fetchers ?? 4);
  for (let i = 0; i < due.length; i++) {
    const p = await polls[i];
    if (!p || s.signal?.aborted) break;
    rep.tried++;
    const state = await settle(due[i], p, ctx, s);
    if (state.failures) rep.failed++;
    rep.added += state.itemsAdded - (ctx.states.get(due[i])?.itemsAdded ?? 0);
    await ctx.store.saveSource(state);
    ctx.states.set(due[i], state);
  }
  await Promise.allSettled(polls);
  return rep;
}

/** The source's new state after one look; what the look gave is stored first. */
async function settle(source: string, p: Poll, ctx: WatchContext, s: WatchSettings): Promise<SourceState> {
  const err = s.err ?? process.stderr;
  const now = s.now ?? Date.now;
  const prev = ctx.states.get(source) ?? blank(source);
  const at = new Date(now()).toISOString();
  const tried = { ...prev, firstFetch: prev.firstFetch ?? at, lastFetch: at };
  if (p.kind === 'failed') {
    const failures = prev.failures + 1;
    const wait = backoff(s.intervalMs, failures);
    const msg = p.error.message;
    err.write(`dyad watch: ${msg} (${failures === 1 ? 'failed' : `failed ${failures} times in a row`}; next try in ${showDuration(wait)})\n`);
    const status = msg.startsWith(`${source}: `) ? msg.slice(source.length + 2) : msg;
    return { ...tried, lastStatus: status.slice(0, 80), errors: prev.errors + 1, failures, lastError: msg, nextDue: new Date(now() + wait).toISOString() };
  }
  let state: SourceState;
  if (p.kind === 'unchanged') {
    state = { ...tried, lastOk: at, lastStatus: p.status, etag: p.etag, lastModified: p.lastModified, failures: 0 };
  } else {
    const r = await ingestSources(p.sources, { db: '', store: ctx.store, pool: ctx.pool, progress: false, err, config: s.config, date: s.date, manifest: s.manifest });
    const added = r.added + r.merged;
    const failed = r.failed ? `, ${r.failed} failed` : '';
    state = {
      ...tried, lastOk: at, lastNew: added ? at : prev.lastNew, lastStatus: `${p.status}: ${added} new of ${r.records}${failed}`, etag: p.etag, lastModified: p.lastModified,
      itemsSeen: prev.itemsSeen + r.records, itemsAdded: prev.itemsAdded + added, failures: 0,
    };
  }
  state.nextDue = new Date(now() + s.intervalMs).toISOString();
  err.write(`dyad watch: ${source}: ${state.lastStatus}\n`);
  // said once, when it becomes silent: was it silent already at its last look?
  const wasSilent = prev.lastFetch !== null && health(prev, Date.parse(prev.lastFetch), s.silentAfterMs) === 'silent';
  if (health(state, now(), s.silentAfterMs) === 'silent' && !wasSilent) {
    err.write(`dyad watch: ${source}: ${describeHealth(state, now(), s.silentAfterMs)} (has the feed moved?)\n`);
  }
  return state;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((r) => {
    if (signal?.aborted) return r();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      r();
    }
    signal?.addEventListener('abort', done, { once: true });
  });

/**
 * Rounds until the signal aborts (or one round with `once`). The list is read again before each
 * round, so a list file edited while the watch runs takes effect at the next round; a list that
 * cannot be read then keeps the last one, and says so.
 */
export async function watch(readList: () => string[], ctx: WatchContext, s: WatchSettings & { once?: boolean }): Promise<RoundReport> {
  const err = s.err ?? process.stderr;
  const now = s.now ?? Date.now;
  let list = readList();
  const total: RoundReport = { tried: 0, failed: 0, added: 0 };
  for (let round = 1; ; round++) {
    if (round > 1) {
      try {
        list = readList();
      } catch (e) {
        err.write(`dyad watch: ${(e as Error).message}; the last list is kept\n`);
      }
    }
    const r = await watchRound(list, ctx, s);
    total.tried += r.tried;
    total.failed += r.failed;
    total.added += r.added;
    if (s.once || s.signal?.aborted) return total;
    const next = Math.min(...list.map((src) => dueAt(ctx.states.get(src), s.intervalMs)));
    const wait = Math.max(1000, Math.min(next - now(), s.intervalMs));
    err.write(`dyad watch: round ${round}: ${r.tried} of ${list.length} sources tried, ${r.added} new articles${r.failed ? `, ${r.failed} failed` : ''}; next in ${showDuration(wait)}\n`);
    await sleep(wait, s.signal);
    if (s.signal?.aborted) return total;
  }
}
