// The timeline's axis: labels on round months or years, never more than there is room for, at any span.
import { describe, expect, it } from 'vitest';
import { axisTicks } from './timeline.ts';

/** Every month from a YYYY-MM on, n of them. */
function span(from: string, n: number): string[] {
  let [y, m] = from.split('-').map(Number);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m === 12 ? ((m = 1), y++) : m++;
  }
  return out;
}

describe('axisTicks', () => {
  it('labels a single month, and every month of a short span', () => {
    expect(axisTicks(['2024-06'], 6)).toEqual([{ index: 0, label: 'Jun 2024' }]);
    expect(axisTicks(span('2024-06', 4), 6).map((t) => t.label)).toEqual(['Jun 2024', 'Jul 2024', 'Aug 2024', 'Sep 2024']);
  });
  it('steps to round months as the span grows: every third or sixth month', () => {
    expect(axisTicks(span('2024-01', 12), 6).map((t) => t.label)).toEqual(['Jan 2024', 'Mar 2024', 'May 2024', 'Jul 2024', 'Sep 2024', 'Nov 2024']);
    expect(axisTicks(span('2023-11', 20), 6).map((t) => t.label)).toEqual(['Jan 2024', 'Apr 2024', 'Jul 2024', 'Oct 2024', 'Jan 2025', 'Apr 2025']);
  });
  it('labels Januaries with their year over years, and every fifth or tenth year over decades', () => {
    expect(axisTicks(span('2019-05', 60), 6).map((t) => t.label)).toEqual(['2020', '2021', '2022', '2023', '2024']);
    expect(axisTicks(span('1990-01', 12 * 30), 6).map((t) => t.label)).toEqual(['1990', '1995', '2000', '2005', '2010', '2015']);
    const ticks = axisTicks(span('1900-01', 12 * 110), 6);
    expect(ticks.length).toBeLessThanOrEqual(Math.floor(6 * 1.6));
    expect(ticks.every((t) => /^\d{4}$/.test(t.label) && Number(t.label) % 10 === 0)).toBe(true);
  });
  it('never gives more labels than the room at any span, each on its own month', () => {
    for (let n = 1; n <= 400; n += 7) {
      for (const room of [3, 6, 10]) {
        const ticks = axisTicks(span('2001-03', n), room);
        expect(ticks.length).toBeGreaterThan(0);
        expect(ticks.length).toBeLessThanOrEqual(Math.max(1, Math.floor(room * 1.6)));
        expect(new Set(ticks.map((t) => t.index)).size).toBe(ticks.length);
        expect(ticks.every((t) => t.index >= 0 && t.index < n)).toBe(true);
      }
    }
  });
});
