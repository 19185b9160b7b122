// Time expressions in news text, resolved against the article's day. Pure functions, no clock: the
// article day is the only "now". Each expression resolves to a span of days (one day, a week, a month,
// a year, a decade), with whether it lies after the article day (future: not yet happened) and
// whether it is history told in passing (ended well before the article day).
import { addDays, day, daysBetween, daysInMonth, monthSpan, parts, weekday } from './calendar.ts';

export interface TimeExpression {
  start: number;
  end: number;
  text: string;
  /** First day of the span (ISO). For a span holding the article day ("this week"), the article day. */
  date: string;
  /** Last day of the span (ISO). */
  until: string;
  /** The span starts after the article day ("next month", "tomorrow"). */
  future: boolean;
  /** The span ended more than HISTORY_DAYS before the article day ("in 1999"). */
  history: boolean;
}

export interface ResolveOptions {
  /**
   * The clause looks forward ("will meet on Thursday"): a weekday or a day without a year is then the
   * next one after the article day rather than the last one on or before it.
   */
  forward?: boolean;
}

/** How long before the article day a span must have ended to count as history, not news. */
export const HISTORY_DAYS = 90;

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, several: 3, few: 3 };

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const ORD = '(?:st|nd|rd|th)?';
const YEAR = '((?:1[5-9]|20)\\d{2})';

type Span = [string, string];
type Rule = { re: RegExp; resolve: (m: RegExpExecArray, today: string, o: ResolveOptions) => Span | null };

/** 1–12, or 0 for a month name not written with a capital ("to march", "may"): not a month. */
const monthOf = (s: string) => (/^[A-Z]/.test(s) ? MONTHS.findIndex((m) => m.startsWith(s.toLowerCase().slice(0, 3))) + 1 : 0);
const ifMonth = (m: number, f: (m: number) => Span | null): Span | null => (m ? f(m) : null);
const one = (d: string | null): Span | null => (d ? [d, d] : null);
const yearSpan = (y: number): Span => [`${y}-01-01`, `${y}-12-31`];

/** Monday and Sunday of the week holding `d`, moved by `weeks`. */
function weekSpan(d: string, weeks: number): Span {
  const monday = addDays(d, -weekday(d) + 7 * weeks);
  return [monday, addDays(monday, 6)];
}

/** A weekday relative to the article day: the one on or before it, or (forward) the next after it. */
function weekdayFrom(today: string, target: number, how: 'back' | 'last' | 'forward' | 'next'): string {
  const w = weekday(today);
  if (how === 'back') return addDays(today, -((w - target + 7) % 7));
  if (how === 'last') return addDays(today, -((w - target + 7) % 7 || 7));
  return addDays(today, (target - w + 7) % 7 || 7);
}

/** A month and day without a year: the nearest such day, or with `forward` the next on or after today. */
function dayWithoutYear(today: string, m: number, d: number, o: ResolveOptions): string | null {
  const [y] = parts(today);
  const options = [y - 1, y, y + 1].map((yy) => day(yy, m, d)).filter((x): x is string => x !== null);
  if (!options.length) return null;
  if (o.forward) return options.find((x) => x >= today) ?? null;
  // The nearest; a tie between a past and a future day goes to the past (news mostly reports).
  return options.reduce((best, x) => (Math.abs(daysBetween(today, x)) < Math.abs(daysBetween(today, best)) ? x : best));
}

/** A month without a year ("in March"): the nearest such month, or with `forward` the next one. */
function monthWithoutYear(today: string, m: number, o: ResolveOptions): Span {
  const [y, mm] = parts(today);
  if (m === mm) return monthSpan(y, m);
  if (o.forward) return monthSpan(m > mm ? y : y + 1, m);
  const back = m < mm ? y : y - 1;
  const ahead = m > mm ? y : y + 1;
  const gapBack = (mm - m + 12) % 12;
  const gapAhead = (m - mm + 12) % 12;
  return gapAhead < gapBack ? monthSpan(ahead, m) : monthSpan(back, m);
}

function relativeUnit(today: string, unit: string, by: number): Span {
  const [y, m] = parts(today);
  if (unit.startsWith('day')) return one(addDays(today, by))!;
  if (unit.startsWith('weekend')) {
    const sat = addDays(weekSpan(today, by)[0], 5);
    return [sat, addDays(sat, 1)];
  }
  if (unit.startsWith('week')) return weekSpan(today, by);
  if (unit.startsWith('month')) return monthSpan(y, m + by);
  return yearSpan(y + by);
}

function ago(today: string, n: number, unit: string): Span {
  const [y, m, d] = parts(today);
  if (unit.startsWith('day')) return one(addDays(today, -n))!;
  if (unit.startsWith('week')) return one(addDays(today, -7 * n))!;
  const yy = unit.startsWith('month') ? y + Math.floor((m - 1 - n) / 12) : y - n;
  const mm = unit.startsWith('month') ? ((((m - 1 - n) % 12) + 12) % 12) + 1 : m;
  return one(day(yy, mm, Math.min(d, daysInMonth(yy, mm))))!;
}

// Longer, more specific forms first: where matches overlap, the earlier rule's longer match wins.
// "since 2023" is not a date of the event: it says the state has lasted until now, so "since" opens none.
const RULES: Rule[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/gi, resolve: (m) => one(day(+m[1], +m[2], +m[3])) },
  { re: new RegExp(`\\b(?:${WEEKDAY},?\\s+)?${MONTH}\\s+(\\d{1,2})${ORD},?\\s+${YEAR}\\b`, 'gi'), resolve: (m) => ifMonth(monthOf(m[2]), (mo) => one(day(+m[4], mo, +m[3]))) },
  { re: new RegExp(`\\b(?:${WEEKDAY},?\\s+)?(?:the\\s+)?(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`, 'gi'), resolve: (m) => ifMonth(monthOf(m[3]), (mo) => one(day(+m[4], mo, +m[2]))) },
  { re: new RegExp(`\\b(?:${WEEKDAY},?\\s+)?${MONTH}\\s+(\\d{1,2})${ORD}\\b(?![,.]?\\d)`, 'gi'), resolve: (m, t, o) => ifMonth(monthOf(m[2]), (mo) => one(dayWithoutYear(t, mo, +m[3], o))) },
  { re: new RegExp(`\\b(?:${WEEKDAY},?\\s+)?(?:the\\s+)?(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH}\\b`, 'gi'), resolve: (m, t, o) => ifMonth(monthOf(m[3]), (mo) => one(dayWithoutYear(t, mo, +m[2], o))) },
  { re: new RegExp(`\\b(?:(?:early|mid|late)-?\\s*)?${MONTH},?\\s+(?:of\\s+)?${YEAR}\\b`, 'gi'), resolve: (m) => ifMonth(monthOf(m[1]), (mo) => monthSpan(+m[2], mo)) },
  { re: new RegExp(`\\b(last|next|this|this coming|this past)\\s+${MONTH}(?!\\s*\\d)`, 'gi'), resolve: (m, t) => ifMonth(monthOf(m[2]), (mo) => lastNextMonth(t, m[1].toLowerCase(), mo)) },
  { re: new RegExp(`\\b(?:in|during|until|by|through|of|from|before|after|early|late|mid|mid-)\\s+${MONTH}(?!\\s*\\d)`, 'gi'), resolve: (m, t, o) => (/^may$/i.test(m[1]) && !/^(in|during|until|early|late|mid)/i.test(m[0]) ? null : ifMonth(monthOf(m[1]), (mo) => monthWithoutYear(t, mo, o))) },
  { re: /\b(?:in|during|until|by|through|before|after|from|early|late|mid|mid-|the end of|the start of)\s+the\s+((?:1[5-9]|20)\d)0s\b/gi, resolve: (m) => [`${m[1]}0-01-01`, `${m[1]}9-12-31`] },
  { re: new RegExp(`\\b(?:in|during|until|by|through|before|after|from|early|late|mid|mid-|the end of|the start of|the summer of|the spring of|the autumn of|the fall of|the winter of)\\s+${YEAR}\\b(?!\\s*(?:[-–]|troops|people|soldiers|km|miles|tons|tonnes|dollars|euros|%))`, 'gi'), resolve: (m) => yearSpan(+m[1]) },
  { re: /\b(earlier|later)\s+this\s+(week|month|year)\b/gi, resolve: (m, t) => earlierLater(t, m[1].toLowerCase(), m[2].toLowerCase()) },
  { re: /\b(last|past|next|this|coming|previous)\s+(weekend|week|month|year)\b/gi, resolve: (m, t) => relativeUnit(t, m[2].toLowerCase(), { last: -1, past: -1, previous: -1, next: 1, coming: 1, this: 0 }[m[1].toLowerCase()]!) },
  { re: /\b(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few)\s+(days?|weeks?|months?|years?)\s+ago\b/gi, resolve: (m, t) => ago(t, NUMBERS[m[1].toLowerCase().replace('a few', 'few')] ?? +m[1], m[2].toLowerCase()) },
  // Not a day in a name: "Bloody Sunday", "Good Friday", "the Sunday Times".
  { re: new RegExp(`(?<!\\b(?:Good|Black|Bloody|Cyber|Super|Ash|Palm|Easter|Holy|Maundy)\\s)\\b(?:(last|next|this|this coming|this past)\\s+)?${WEEKDAY}\\b(?!\\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Independent|Tribune|Mail|Star|Observer|Agreement|Club)\\b)`, 'gi'), resolve: (m, t, o) => one(weekdayFrom(t, WEEKDAYS.indexOf(m[2].toLowerCase()), weekdayHow(m[1], o))) },
  { re: /\b(yesterday|last night|the day before yesterday)\b/gi, resolve: (m, t) => one(addDays(t, /before/i.test(m[1]) ? -2 : -1)) },
  { re: /\b(tomorrow|the day after tomorrow)\b/gi, resolve: (m, t) => one(addDays(t, /after/i.test(m[1]) ? 2 : 1)) },
  { re: /\b(today|tonight|this (?:morning|afternoon|evening))\b/gi, resolve: (_m, t) => [t, t] },
];

function weekdayHow(mod: string | undefined, o: ResolveOptions): 'back' | 'last' | 'forward' | 'next' {
  const w = mod?.toLowerCase();
  if (w === 'last' || w === 'this past') return 'last';
  if (w === 'next' || w === 'this coming') return 'next';
  return o.forward ? 'forward' : 'back';
}

function lastNextMonth(today: string, mod: string, m: number): Span {
  const [y, mm] = parts(today);
  if (mod === 'last' || mod === 'this past') return monthSpan(m < mm ? y : y - 1, m);
  if (mod === 'next' || mod === 'this coming') return monthSpan(m > mm ? y : y + 1, m);
  return monthSpan(y, m);
}

function earlierLater(today: string, which: string, unit: string): Span {
  const [start, end] = relativeUnit(today, unit, 0);
  if (which === 'earlier') return [start, today === start ? today : addDays(today, -1)];
  return [today === end ? today : addDays(today, 1), end];
}

/**
 * Every time expression in `text` (from offset `from`), resolved against the article day `today`,
 * in text order. Overlapping matches keep the longest (the first rule's, on a tie).
 */
export function findTimeExpressions(text: string, today: string, o: ResolveOptions = {}, from = 0): TimeExpression[] {
  // A match that resolves to no day ("February 29, 2023") still holds its place, so a shorter form
  // inside it ("February 29") does not resolve instead.
  const found: { start: number; end: number; span: Span | null; rule: number }[] = [];
  RULES.forEach((rule, i) => {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      found.push({ start: m.index, end: m.index + m[0].length, span: rule.resolve(m, today, o), rule: i });
    }
  });
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.rule - b.rule);
  const kept: typeof found = [];
  for (const f of found) if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
  return kept.filter((k) => k.span).sort((a, b) => a.start - b.start).map((k) => {
    const [first, last] = k.span!;
    const holds = first <= today && today <= last;
    return {
      start: from + k.start,
      end: from + k.end,
      text: text.slice(k.start, k.end),
      date: holds ? today : first,
      until: last,
      future: first > today,
      history: daysBetween(last, today) > HISTORY_DAYS,
    };
  });
}

/** One expression ("on Thursday", "last week", "in 2019") resolved against the article day, or null. */
export function resolveTime(expr: string, today: string, o: ResolveOptions = {}): TimeExpression | null {
  return findTimeExpressions(expr, today, o)[0] ?? null;
}
