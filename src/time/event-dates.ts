// Each event's own date: the time expression of its sentence nearest its trigger, resolved against the
// article day ("on Thursday", "last week", "in 2019"); without one, the article's date. A separate
// pass after the coder, so the coder need not know about time.
import type { Doc } from '../doc/doc.ts';
import type { Event, Span } from '../doc/types.ts';
import { findTimeExpressions, type TimeExpression } from './expressions.ts';

/** Words of a clause that looks ahead ("will meet", "is due to visit", "said it would sign"). */
const FORWARD = /\b(?:will|'ll|shall|would|wo|is to|are to|was to|were to|going to|due to|scheduled to|set to|expected to|plans? to|planning to|planned to|intends? to|to be held)\b/i;
/** Where a clause begins, looking back from the trigger. */
const CLAUSE_START = /[,;:—–(]|\bthat\b|\band\b|\bbut\b/gi;

/** The events with `date`, `dateSource` and, from an expression, its span, end, future and history flags. */
export function dateEvents(doc: Doc, events: Event[]): Event[] {
  if (!events.length) return events;
  const day = doc.effectiveDate();
  const bySentence = new Map<string, TimeExpression[]>();
  return events.map((e) => {
    const key = `${e.sentence.start}:${e.sentence.end}:${forward(doc, e) ? 1 : 0}`;
    let found = bySentence.get(key);
    if (!found) {
      found = findTimeExpressions(doc.slice(e.sentence), day, { forward: key.endsWith(':1') }, e.sentence.start);
      bySentence.set(key, found);
    }
    const actors = [...e.source, ...e.target];
    const candidates = found.filter((t) => !actors.some((a) => a.start <= t.start && t.end <= a.end));
    const t = nearest(candidates, e.trigger);
    if (!t) return { ...e, date: day, dateSource: 'article' as const, dateSpan: null };
    return {
      ...e,
      date: t.date,
      dateSource: 'expression' as const,
      dateSpan: { start: t.start, end: t.end },
      ...(t.until !== t.date ? { dateEnd: t.until } : {}),
      ...(t.future ? { future: true } : {}),
      ...(t.history ? { history: true } : {}),
    };
  });
}

/** Whether the trigger's clause looks ahead: its words from the clause's start up to the trigger. */
function forward(doc: Doc, e: Event): boolean {
  const from = Math.max(e.sentence.start, e.trigger.start - 80);
  const before = doc.text.slice(from, e.trigger.end);
  let cut = 0;
  for (const m of before.matchAll(CLAUSE_START)) if (m.index < before.length - (e.trigger.end - e.trigger.start)) cut = m.index;
  return FORWARD.test(before.slice(cut));
}

/** The expression closest to the trigger, in characters between them; on a tie, the one after it. */
function nearest(list: TimeExpression[], trigger: Span): TimeExpression | null {
  let best: TimeExpression | null = null;
  let bestGap = Infinity;
  for (const t of list) {
    const gap = t.start >= trigger.end ? t.start - trigger.end : trigger.start >= t.end ? trigger.start - t.end + 0.5 : 0;
    if (gap < bestGap) {
      best = t;
      bestGap = gap;
    }
  }
  return best;
}
