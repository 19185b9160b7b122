import { describe, expect, it } from 'vitest';
import { weekday } from './calendar.ts';
import { findTimeExpressions, resolveTime } from './expressions.ts';

// 2024-06-20 is a Thursday.
const THU = '2024-06-20';
const r = (expr: string, today = THU, forward = false) => {
  const t = resolveTime(expr, today, { forward });
  return t && { date: t.date, until: t.until, future: t.future, history: t.history };
};
const d = (expr: string, today = THU, forward = false) => resolveTime(expr, today, { forward })?.date ?? null;

describe('weekdays', () => {
  it('"on Thursday" is the article day when the article is a Thursday, else the Thursday before', () => {
    expect(weekday(THU)).toBe(3);
    expect(d('on Thursday')).toBe('2024-06-20');
    expect(d('on Wednesday')).toBe('2024-06-19');
    expect(d('on Friday')).toBe('2024-06-14');
    expect(d('on Monday')).toBe('2024-06-17');
    expect(d('on Sunday')).toBe('2024-06-16');
  });
  it('"last Thursday" on a Thursday is a week back; "next" and a forward clause look ahead', () => {
    expect(d('last Thursday')).toBe('2024-06-13');
    expect(d('last Wednesday')).toBe('2024-06-19');
    expect(r('next Thursday')).toMatchObject({ date: '2024-06-27', future: true });
    expect(r('on Friday', THU, true)).toMatchObject({ date: '2024-06-21', future: true });
  });
  it('crosses month and year boundaries', () => {
    // 2024-03-01 is a Friday; 2025-01-01 a Wednesday.
    expect(d('on Thursday', '2024-03-01')).toBe('2024-02-29');
    expect(d('on Monday', '2025-01-01')).toBe('2024-12-30');
  });
  it('is not a day inside a name', () => {
    expect(findTimeExpressions('the Sunday Times reported', THU)).toEqual([]);
    expect(findTimeExpressions('since the Good Friday Agreement', THU)).toEqual([]);
  });
});

describe('days next to the article day', () => {
  it('yesterday, today, tomorrow, across a leap day', () => {
    expect(r('yesterday')).toEqual({ date: '2024-06-19', until: '2024-06-19', future: false, history: false });
    expect(d('yesterday', '2024-03-01')).toBe('2024-02-29');
    expect(d('yesterday', '2023-03-01')).toBe('2023-02-28');
    expect(d('last night', '2025-01-01')).toBe('2024-12-31');
    expect(r('tomorrow', '2024-02-28')).toMatchObject({ date: '2024-02-29', future: true });
    expect(r('today')).toMatchObject({ date: THU, future: false });
  });
  it('"N days/weeks/months ago", a month back from the 31st clamped to the month', () => {
    expect(d('three days ago', '2024-03-02')).toBe('2024-02-28');
    expect(d('two weeks ago')).toBe('2024-06-06');
    expect(d('a month ago', '2024-03-31')).toBe('2024-02-29');
    expect(d('a year ago', '2024-02-29')).toBe('2023-02-28');
  });
});

describe('weeks, months, years', () => {
  it('last week is the Monday-to-Sunday week before, across a year boundary', () => {
    expect(r('last week')).toEqual({ date: '2024-06-10', until: '2024-06-16', future: false, history: false });
    expect(r('last week', '2024-01-03')).toMatchObject({ date: '2023-12-25', until: '2023-12-31' });
    expect(r('this week')).toMatchObject({ date: THU, until: '2024-06-23', future: false });
    expect(r('earlier this week')).toMatchObject({ date: '2024-06-17', until: '2024-06-19' });
  });
  it('last and next month across the year, February of a leap year', () => {
    expect(r('last month', '2024-01-15')).toMatchObject({ date: '2023-12-01', until: '2023-12-31' });
    expect(r('last month', '2024-03-10')).toMatchObject({ date: '2024-02-01', until: '2024-02-29' });
    expect(r('last month', '2023-03-10')).toMatchObject({ until: '2023-02-28' });
    expect(r('next month', '2024-12-15')).toEqual({ date: '2025-01-01', until: '2025-01-31', future: true, history: false });
  });
  it('"in 2019" is a year, history for a 2024 article; "next year" is future', () => {
    expect(r('in 2019')).toEqual({ date: '2019-01-01', until: '2019-12-31', future: false, history: true });
    expect(r('next year')).toMatchObject({ date: '2025-01-01', future: true });
    expect(r('last year', '2024-01-20')).toMatchObject({ date: '2023-01-01', history: false });
    expect(r('in the 1990s')).toMatchObject({ date: '1990-01-01', until: '1999-12-31', history: true });
    expect(findTimeExpressions('sent 2019 troops', THU)).toEqual([]);
  });
  it('a month by name: the nearest, or the next in a forward clause', () => {
    expect(r('in March')).toMatchObject({ date: '2024-03-01', until: '2024-03-31' });
    expect(r('in December', '2024-01-10')).toMatchObject({ date: '2023-12-01' });
    expect(r('in March', THU, true)).toMatchObject({ date: '2025-03-01', future: true });
    expect(r('in June 2019')).toMatchObject({ date: '2019-06-01', until: '2019-06-30', history: true });
    expect(findTimeExpressions('they may march on', THU)).toEqual([]);
  });
});

describe('days by date', () => {
  it('"on March 3" is the nearest March 3; with a year it is that day', () => {
    expect(d('on March 3')).toBe('2024-03-03');
    expect(d('on December 28', '2024-01-10')).toBe('2023-12-28');
    expect(d('on 3 March')).toBe('2024-03-03');
    expect(d('on March 3, 2019')).toBe('2019-03-03');
    expect(d('on the 3rd of March 2019')).toBe('2019-03-03');
    expect(d('on Thursday, June 13')).toBe('2024-06-13');
    expect(d('2021-07-04')).toBe('2021-07-04');
  });
  it('29 February only where there is one', () => {
    expect(d('on February 29', '2025-03-10')).toBe('2024-02-29');
    expect(d('on February 29, 2023')).toBeNull();
    expect(d('on February 30')).toBeNull();
  });
  it('finds expressions with their offsets, the longest where they overlap', () => {
    const text = 'Officials met on Thursday, June 13, 2024, and again last week.';
    expect(findTimeExpressions(text, THU, {}, 100).map((e) => [e.text, e.start, e.date])).toEqual([
      ['Thursday, June 13, 2024', 117, '2024-06-13'],
      ['last week', 152, '2024-06-10'],
    ]);
  });
});
