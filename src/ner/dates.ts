import type { UnitSpan } from './engine.ts';
import { NAME_TYPES } from './tags.ts';
import type { Units } from './units.ts';

// Weekday and month names are dates, never the names of people, places or organisations: "on Friday",
// "21 June", "in South Carolina Saturday". The tagger sometimes reads them as names (a capitalised
// word after a name, or alone after "said"), and the harmonising pass would then spread the mistake to
// every other "Friday" of the article. So its spans lose the date words at their edges, and a span
// left with nothing but date words and numbers is dropped.

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
// "May" is a month only next to a number ("May 5", "5 May"): alone it is as often Theresa May.
const MONTHS = new Set(['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
/** Words before a date: "on Friday Trump said", "since June Kabul has". */
const BEFORE_DATE = new Set(['on', 'in', 'by', 'since', 'until', 'till', 'last', 'next', 'this', 'early', 'late', 'from', 'through', 'before', 'after', 'during', 'every', 'each', 'mid']);
const PERSON = NAME_TYPES.indexOf('PERSON');
const LOC = NAME_TYPES.indexOf('LOC');
const NUMBER = /^\d{1,4}(?:st|nd|rd|th)?$/;

const isNumber = (u: Units, k: number) => k >= 0 && k < u.form.length && NUMBER.test(u.form[k]);

/** Whether unit k is a weekday, or a month name ("May" only beside a number). */
export function isDateWord(u: Units, k: number): boolean {
  // Every date word has 3 to 9 letters, and a form whose lower case is one has as many: most units
  // are turned away without a lower-case copy.
  const form = u.form[k];
  if (form.length < 3 || form.length > 9) return false;
  const lower = form.toLowerCase();
  if (WEEKDAYS.has(lower) || MONTHS.has(lower)) return true;
  return lower === 'may' && (isNumber(u, k - 1) || isNumber(u, k + 1));
}

const isWeekday = (u: Units, k: number) => WEEKDAYS.has(u.form[k].toLowerCase());
/** A date word or a number ("21", "2024", "3rd") or the comma of "June 3, 2024". */
const datePart = (u: Units, k: number) => isDateWord(u, k) || isNumber(u, k) || u.form[k] === ',';

/**
 * The spans without date words: a span made only of date words and numbers ("Friday", "21 June") is
 * dropped; date words at the front go when a time word comes before them ("on Monday Rubio"); from a
 * person or place, a weekday at the end goes, with any numbers after it ("South Carolina Saturday"),
 * and so does a month at the end followed by a number ("Kabul June 3"). Names that only contain such a word are kept:
 * "Sunday Times", "Good Friday Agreement", "Jill June".
 */
export function withoutDateWords(u: Units, spans: UnitSpan[]): UnitSpan[] {
  const out: UnitSpan[] = [];
  for (const span of spans) {
    let [a, b] = span;
    let dates = false;
    for (let k = a; k < b && !dates; k++) dates = isDateWord(u, k);
    if (!dates) {
      out.push(span);
      continue;
    }
    let all = true;
    for (let k = a; k < b && all; k++) all = datePart(u, k);
    if (all) continue;
    if (a > 0 && BEFORE_DATE.has(u.form[a - 1].toLowerCase())) while (a < b && datePart(u, a)) a++;
    // "Democratic National Convention on Thursday": a time phrase at the end is not part of any name.
    let tail = b;
    while (tail > a && datePart(u, tail - 1)) tail--;
    if (tail < b && tail - 1 > a && BEFORE_DATE.has(u.form[tail - 1]) && isDateWord(u, tail)) b = tail - 1;
    let end = b;
    while (end > a && (isNumber(u, end - 1) || u.form[end - 1] === ',')) end--;
    // People and places do not end in a weekday; an organisation may ("Black Friday" is left as it is).
    const personOrPlace = span[2] === PERSON || span[2] === LOC;
    if (personOrPlace && end > a && (isWeekday(u, end - 1) || (isDateWord(u, end - 1) && end < b))) {
      b = end;
      while (b > a && datePart(u, b - 1)) b--;
    }
    if (b > a) out.push(a === span[0] && b === span[1] ? span : [a, b, span[2], span[3]]);
  }
  return out;
}
