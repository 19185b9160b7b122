// One event per report: the same sentence repeated in an article (a wire's lead paragraph repeated at
// the end, with or without its dateline) or one trigger coded twice yields one event.
import type { Event, EventActor } from '../doc/types.ts';

const who = (a: readonly EventActor[]) => a.map((x) => x.actorId ?? x.country ?? '').join('+');

/** Events in order, leaving out any whose sentence words, trigger place, coding and parties repeat an earlier one. */
export function dedupe(text: string, events: Event[]): Event[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const key = [
      text.slice(e.sentence.start, e.sentence.end),
      e.trigger.start - e.sentence.start,
      e.trigger.end - e.trigger.start,
      e.cameo,
      e.negated,
      who(e.source),
      who(e.target),
    ].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
