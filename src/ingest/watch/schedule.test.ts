import { describe, expect, it } from 'vitest';
import type { SourceState } from '../../store/store.ts';
import { backoff, describeHealth, dueAt, health, MAX_BACKOFF_MS, parseDuration, showDuration } from './schedule.ts';

const MIN = 60_000;
const t0 = Date.parse('2026-12-01T10:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();
const state = (more: Partial<SourceState> = {}): SourceState => ({
  source: 'https://feeds.example/world.rss', firstFetch: iso(t0), lastFetch: iso(t0), lastOk: iso(t0), lastNew: iso(t0), lastStatus: '200: 1 new of 1',
  etag: null, lastModified: null, itemsSeen: 1, itemsAdded: 1, errors: 0, failures: 0, lastError: null, nextDue: iso(t0 + 15 * MIN), ...more,
});

describe('durations', () => {
  it('reads seconds, minutes, hours and days, and refuses the rest', () => {
    expect(parseDuration('90')).toBe(90_000);
    expect(parseDuration('15m')).toBe(15 * MIN);
    expect(parseDuration('1.5h')).toBe(90 * MIN);
    expect(parseDuration('2D')).toBe(2 * 86_400_000);
    for (const bad of ['', '0', '-5m', '5 weeks', 'm']) expect(parseDuration(bad)).toBeNull();
  });
  it('shows them short', () => {
    expect(showDuration(45_000)).toBe('45s');
    expect(showDuration(15 * MIN)).toBe('15m');
    expect(showDuration(125 * MIN)).toBe('2h 5m');
    expect(showDuration(76 * 60 * MIN)).toBe('3d 4h');
  });
});

describe('backoff', () => {
  it('doubles the wait with each failure in a row, up to a day', () => {
    expect([0, 1, 2, 3].map((n) => backoff(15 * MIN, n) / MIN)).toEqual([15, 30, 60, 120]);
    expect(backoff(15 * MIN, 12)).toBe(MAX_BACKOFF_MS);
    expect(backoff(15 * MIN, 1000)).toBe(MAX_BACKOFF_MS);
    // an interval longer than the cap is never shortened by a failure
    expect(backoff(2 * MAX_BACKOFF_MS, 3)).toBe(2 * MAX_BACKOFF_MS);
  });
});

describe('dueAt', () => {
  it('is now for a source never tried', () => {
    expect(dueAt(undefined, 15 * MIN)).toBe(0);
    expect(dueAt(state({ lastFetch: null }), 15 * MIN)).toBe(0);
  });
  it('is one interval after the last try, today\'s interval when it is shorter', () => {
    expect(dueAt(state(), 15 * MIN)).toBe(t0 + 15 * MIN);
    expect(dueAt(state(), 5 * MIN)).toBe(t0 + 5 * MIN);
    expect(dueAt(state({ nextDue: null }), 15 * MIN)).toBe(t0 + 15 * MIN);
  });
  it('keeps a failing source\'s backoff whatever the interval', () => {
    expect(dueAt(state({ failures: 2, nextDue: iso(t0 + 60 * MIN) }), 5 * MIN)).toBe(t0 + 60 * MIN);
  });
});

describe('health', () => {
  it('tells new, ok, failing and silent sources apart', () => {
    const day = 86_400_000;
    expect(health(state({ lastFetch: null }), t0, day)).toBe('new');
    expect(health(state(), t0 + 60 * MIN, day)).toBe('ok');
    expect(health(state({ failures: 3 }), t0, day)).toBe('failing');
    expect(describeHealth(state({ failures: 3 }), t0, day)).toBe('failing (3 in a row)');
    expect(health(state(), t0 + 2 * day, day)).toBe('silent');
    expect(describeHealth(state(), t0 + 2 * day, day)).toBe('silent: nothing new for 2d');
    // never anything new: counted from the first fetch
    expect(describeHealth(state({ lastNew: null, firstFetch: iso(t0 - day) }), t0 + 3 * 3600_000, day)).toBe('silent: nothing new for 1d 3h');
  });
});
