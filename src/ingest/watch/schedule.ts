// When `dyad watch` next tries a source, and how healthy it is. Pure: times in, times out.
//
// A source that answered (a 200, a 304, a folder with nothing new) is tried again one interval
// after it was last tried. A source that failed waits twice the interval after one failure, four
// times after two, and so on (exponential backoff), never more than MAX_BACKOFF_MS, so a dead
// feed costs one request a day instead of one per round. A source that answers but has given
// nothing new for `silentAfter` is reported silent: the feed may have moved.
import type { SourceState } from '../../store/store.ts';

export const MAX_BACKOFF_MS = 24 * 3600_000;

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3600_000, d: 86_400_000 };

/** "90", "90s", "15m", "1h", "2d" (a bare number is seconds) -> milliseconds, or null. */
export function parseDuration(s: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$/i.exec(s);
  if (!m) return null;
  const ms = Number(m[1]) * UNITS[(m[2] || 's').toLowerCase()];
  return ms > 0 ? Math.round(ms) : null;
}

/** Milliseconds as a short duration: "45s", "15m", "2h 5m", "3d 4h". */
export function showDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.round(s / 60);
  if (m < 60) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 24) return m % 60 ? `${h}h ${m % 60}m` : `${h}h`;
  const d = Math.floor(h / 24);
  return h % 24 ? `${d}d ${h % 24}h` : `${d}d`;
}

/** The wait after `failures` failures in a row (0: one interval). */
export function backoff(intervalMs: number, failures: number): number {
  if (failures <= 0) return intervalMs;
  return Math.max(intervalMs, Math.min(intervalMs * 2 ** Math.min(failures, 30), MAX_BACKOFF_MS));
}

/**
 * When a source is next due. A failing source keeps the backoff it was given; an answering one is due
 * one interval (today's, which may be shorter than the one it was saved with) after its last try.
 */
export function dueAt(state: SourceState | undefined, intervalMs: number): number {
  if (!state?.lastFetch) return 0;
  const saved = state.nextDue ? Date.parse(state.nextDue) : 0;
  if (state.failures > 0) return saved;
  const byInterval = Date.parse(state.lastFetch) + intervalMs;
  return saved ? Math.min(saved, byInterval) : byInterval;
}

export type Health = 'new' | 'ok' | 'failing' | 'silent';

/** Never tried; failing now; answering but nothing new for `silentAfterMs`; or fine. */
export function health(state: SourceState, now: number, silentAfterMs: number): Health {
  if (!state.lastFetch) return 'new';
  if (state.failures > 0) return 'failing';
  const since = state.lastNew ?? state.firstFetch;
  if (since && now - Date.parse(since) > silentAfterMs) return 'silent';
  return 'ok';
}

/** The health in a few words, for the status table and the watch's own lines. */
export function describeHealth(state: SourceState, now: number, silentAfterMs: number): string {
  const h = health(state, now, silentAfterMs);
  if (h === 'failing') return `failing (${state.failures} in a row)`;
  if (h === 'silent') {
    const since = state.lastNew ?? state.firstFetch!;
    return `silent: nothing new for ${showDuration(now - Date.parse(since))}`;
  }
  return h;
}
