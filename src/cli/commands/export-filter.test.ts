import { describe, expect, it } from 'vitest';
import { checkFilters, describeFilters, inRange } from './export-filter.ts';

describe('export filters', () => {
  it('a day or a month bound compares on as many characters as it has', () => {
    expect(inRange('2024-07-31', { since: '2024-07' })).toBe(true);
    expect(inRange('2024-06-30', { since: '2024-07' })).toBe(false);
    expect(inRange('2024-07-31', { until: '2024-07' })).toBe(true);
    expect(inRange('2024-08-01', { until: '2024-07' })).toBe(false);
    expect(inRange('2024-07-14', { since: '2024-07-15' })).toBe(false);
    expect(inRange('2024-07-15', { since: '2024-07-15', until: '2024-07-15' })).toBe(true);
    // an undated row passes no date filter, and every filter when there is none
    expect(inRange(null, { since: '2024-01' })).toBe(false);
    expect(inRange(null, {})).toBe(true);
  });

  it('refuses a filter the format cannot apply, naming the option and what the format takes', () => {
    expect(() => checkFilters('actors', { since: '2024-01' })).toThrow(/^--since: --format actors takes --country$/);
    expect(() => checkFilters('quotes', { target: 'RUS' })).toThrow(/^--target: .*--source is the speaker/);
    expect(() => checkFilters('jsonl', { country: 'RUS' })).toThrow(/^--country: --format jsonl writes every article$/);
    expect(() => checkFilters('gexf', { type: 'ASSAULT' })).toThrow(/^--type: /);
    expect(() => checkFilters('gdelt', { since: '2024-01', country: 'UKR', type: '19', quadClass: 4, source: 'RUS', target: 'UKR' })).not.toThrow();
  });

  it('says what was filtered, with graph bounds as the months they count', () => {
    expect(describeFilters({})).toBe('');
    expect(describeFilters({ since: '2024-07-15', source: 'RUS', quadClass: 4 })).toBe('since 2024-07-15, quad-class 4, source RUS');
    expect(describeFilters({ since: '2024-07-15', until: '2024-09-02' }, true)).toBe('since 2024-07, until 2024-09');
  });
});
