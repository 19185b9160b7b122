import { describe, expect, it } from 'vitest';
import { sniffDate } from './sniff-date.ts';

describe('sniffDate', () => {
  it('reads the date of a dateline or header line', () => {
    expect(sniffDate('Talks resume\n\nGENEVA, March 4, 2025 (Wire) - Envoys met on Tuesday.')).toBe('2025-03-04');
    expect(sniffDate('Published 2024-11-30\nThe minister said ...')).toBe('2024-11-30');
    expect(sniffDate('KYIV, 5 Sept 2024 - Officials said ...')).toBe('2024-09-05');
  });
  it('takes the first date and ignores impossible ones and dates deep in the body', () => {
    expect(sniffDate('February 30, 2024 was not a day. Then June 1, 2024.')).toBe('2024-06-01');
    expect(sniffDate('x'.repeat(700) + ' June 1, 2024')).toBeNull();
    expect(sniffDate('No date here at all.')).toBeNull();
  });
});
