// Each event's own date: the time expression of its sentence that belongs to its trigger, resolved
// against the article day ("on Thursday", "last week", "in 2019"); without one, the article's date.
// A separate pass after the coder, so the coder need not know about time.
import type { Doc } from '../doc/doc.ts';
import type { Event } from '../doc/types.ts';
import { findTimeExpressions, type TimeExpression } from './expressions.ts';

/** Words that make what follows look ahead ("will meet", "is due to visit", "said it would sign"). */
const FORWARD = /\b(?:will|'ll|shall|would|wo|is to|are to|was to|were to|going to|due to|scheduled to|set to|expected to|plans? to|planning to|planned to|intends? to|to be held)\b/gi;
/** A reporting verb: an expression on its far side dates the report or another clause, not this act. */
const REPORT = /\b(?:said|says|say|told|tells|added|announced|stated|recalled|warned|insisted|noted|argued|according to)\b/i;
/** Where one coordinated clause ends and the next begins. */
const CLAUSE_BREAK = /[,;]\s*(?:and|but|while|whereas)\b|;/i;
/** Characters of distance an expression loses for standing in the clause that governs the trigger's. */
const OTHER_CLAUSE = 100;

/** The events with `date`, `dateSource` and, from an expression, its span, end, future and history flags. */
export function dateEvents(doc: Doc, events: Event[]): Event[] {
  if (!events.length) return events;
  const day = doc.effectiveDate();
  // with no date for the text, the ingest day stands in: no phrase can make an act history against it
  const dated = !!doc.knownDate();
  const cache = new Map<string, { back: TimeExpression[]; ahead: TimeExpression[]; forwardAt: number[] }>();
  return events.map((e) => {
    const key = `${e.sentence.start}:${e.sentence.end}`;
    let s = cache.get(key);
    if (!s) {
      const text = doc.slice(e.sentence);
      s = {
        back: findTimeExpressions(text, day, {}, e.sentence.start),
        ahead: findTimeExpressions(text, day, { forward: true }, e.sentence.start),
        forwardAt: [...text.matchAll(FORWARD)].map((m) => e.sentence.start + m.index),
      };
      cache.set(key, s);
    }
    const t = pick(doc, e, s.back, s.ahead, s.forwardAt);
    if (!t) return { ...e, date: day, dateSource: 'article' as const, dateSpan: null };
    return {
      ...e,
      date: t.date,
      dateSource: 'expression' as const,
      dateSpan: { start: t.start, end: t.end },
      ...(t.until !== t.date ? { dateEnd: t.until } : {}),
      ...(t.future ? { future: true } : {}),
      // an act its own time phrase puts well before the article day is history told in passing: kept
      // apart and not counted, as the coder does for an earlier year in the act's own phrase (dated texts only)
      ...(t.history ? { history: true, ...(dated && e.factuality === 'asserted' ? { factuality: 'history' as const, negated: true } : {}) } : {}),
    };
  });
}

/**
 * The expression of the trigger's own clause, nearest the trigger. An expression after a forward word
 * ("would … next week") is read forward; one cut off from the trigger by a reporting verb ("…, which
 * began in 2019, said it would …") is not the act's; one before the forward word that governs the
 * trigger ("said on Tuesday it would send") dates the saying, and one read ahead dates a clause the
 * trigger is not in ("… next week, and called on …"): either counts only when nothing in its own clause does.
 */
function pick(doc: Doc, e: Event, back: TimeExpression[], ahead: TimeExpression[], forwardAt: number[]): TimeExpression | null {
  const actors = [...e.source, ...e.target];
  // The forward word whose clause the trigger is in: before it (or its first word), with no ", and" between.
  const governing = forwardAt.filter((p) => p <= e.trigger.start && p >= e.trigger.start - 80 && !CLAUSE_BREAK.test(doc.text.slice(p, e.trigger.start))).at(-1);
  let best: TimeExpression | null = null;
  let bestCost = Infinity;
  back.forEach((b, i) => {
    if (actors.some((a) => a.start <= b.start && b.end <= a.end)) return;
    // "last year's nuclear deal": the expression dates a noun, not the act.
    if (/^['’]s\b/.test(doc.text.slice(b.end, b.end + 3))) return;
    const lookAhead = forwardAt.some((p) => p < b.start && p >= b.start - 120 && !CLAUSE_BREAK.test(doc.text.slice(p, b.start)));
    const t = lookAhead ? ahead.find((x) => x.start === b.start && x.end === b.end) ?? b : back[i];
    const between = t.end <= e.trigger.start ? doc.text.slice(t.end, e.trigger.start) : t.start >= e.trigger.end ? doc.text.slice(e.trigger.end, t.start) : '';
    if (REPORT.test(between)) return;
    let cost = between.length + (t.end <= e.trigger.start ? 0.5 : 0);
    if (governing !== undefined && t.end <= governing) cost += OTHER_CLAUSE;
    // Read ahead for a clause the trigger is not in ("would send … next week, and called on …").
    if (lookAhead && (governing === undefined || governing > t.start)) cost += OTHER_CLAUSE;
    if (cost < bestCost) {
      best = t;
      bestCost = cost;
    }
  });
  return best;
}
