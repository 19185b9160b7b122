// A visit needs a host: in PLOVER's CONSULT "the visitor will always be coded as the actor and the
// host will be the recipient" (PLOVER manual, CONSULT), and CAMEO's 042/043 are making and hosting a
// visit. A side that goes to a place of its own country ("the senator visited the U.S. border", "the
// president visited the country's north") has no one hosting it, so the visit is no event between two
// parties.
import type { EventActor } from '../doc/types.ts';

const VISITS = new Set(['042', '043']);

/** A bare place: a country's name with no sector and no body of its own. */
const isPlace = (a: EventActor) => !!a.country && !a.sector;

/** Whether the visit's only targets are places of the visitor's own country. */
export function visitsOwnCountry(code: string, source: readonly EventActor[], target: readonly EventActor[]): boolean {
  if (!VISITS.has(code) || !source.length || !target.length) return false;
  const own = new Set(source.map((s) => s.country).filter(Boolean));
  return target.every((t) => isPlace(t) && own.has(t.country));
}
