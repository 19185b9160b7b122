// Who may stand as an event's target. Three rules, each a thing no analyst would code:
//  1. the speaker of a trailing attribution ("..., he said", '"...," Wang said') is the claimant, never
//     the target of what is claimed;
//  2. no side is its own target: never the same actor, and in verbal events (CAMEO quad classes 1
//     and 3: statements, meetings, praise, threats) not two stand-ins for one state ("Russia" and "the
//     Kremlin", "Putin" and "Russia"). Domestic events between different actors of one country stay
//     (police and protesters), and material acts keep a country's own territory as target (a junta
//     declaring a state of emergency in its country, a government letting aid into its own region);
//  3. in meetings and negotiation (meet, host talks, visit), a place after "in" or "at" is the venue
//     ("host talks in Istanbul"), not a party; elsewhere it may be one ("aid to refugees in Liberia").
import type { Quote, Token } from '../doc/types.ts';
import type { ActorSpan } from './actors.ts';

const SAY = new Set(['say', 'tell', 'add', 'state', 'write', 'insist', 'stress', 'explain', 'note', 'recall']);
const OPENERS = new Set([',', '"', '”', '“', "''", '—', '–']);
const VENUE = new Set(['in', 'at']);
const STATE_SECTORS = new Set([null, 'GOV']);

/** An actor as a side of an event: a span start and who it is. */
export interface Party {
  start: number;
  actorId: string | null;
  country: string | null;
  sector: string | null;
  /** The actor's name, which tells two actors apart when neither has an id. */
  name?: string;
}

export const partyOf = (s: ActorSpan): Party => ({ start: s.start, actorId: s.actor.id, country: s.actor.country, sector: s.actor.sector, name: s.actor.name });

/** Facts about a Doc's actor spans the target rules need, found once. */
export interface SideFacts {
  /** Starts of spans that speak a trailing attribution. */
  attribution: Set<number>;
  /** Starts of spans after "in" or "at". */
  venue: Set<number>;
}

/**
 * Attribution spans come right after a comma or a closing quotation mark and right before a speech
 * verb ("..., he said"), or are the speaker of a quote whose content ends before them.
 */
export function sideFacts(tokens: readonly Token[], spans: readonly ActorSpan[], quotes: readonly Quote[]): SideFacts {
  const attribution = new Set<number>();
  const venue = new Set<number>();
  const speakerStarts = new Set<number>();
  for (const q of quotes) if (q.speaker && q.speaker.start >= q.end) speakerStarts.add(q.speaker.start);
  for (const s of spans) {
    let before = tokens[s.t0 - 1];
    if (before && VENUE.has(before.norm)) venue.add(s.start);
    if (speakerStarts.has(s.start)) { attribution.add(s.start); continue; }
    if (before?.pos === 'DET' && s.t0 > 1) before = tokens[s.t0 - 2]; // ", the agency said"
    let j = s.t1;
    if (tokens[j]?.norm === '(') while (j < s.t1 + 6 && tokens[j] && tokens[j].norm !== ')') j++; // "the World Food Programme (WFP) said"
    if (tokens[j]?.norm === ')') j++;
    while (tokens[j]?.pos === 'ADV') j++;
    const after = tokens[j];
    if (before && OPENERS.has(before.norm) && after && after.pos === 'VERB' && SAY.has(after.lemma)) attribution.add(s.start);
  }
  return { attribution, venue };
}

type Side = Omit<Party, 'start'>;

/** The same actor: one id or, where neither has an id, one name and country. */
export function sameActor(a: Side, b: Side): boolean {
  if (a.actorId) return a.actorId === b.actorId;
  return !b.actorId && !!a.name && a.name === b.name && a.country === b.country;
}

/** One side: the same actor, or two stand-ins for one state, one of them the state itself. */
export function sameSide(a: Side, b: Side): boolean {
  if (sameActor(a, b)) return true;
  if (!a.country || a.country !== b.country) return false;
  if (!STATE_SECTORS.has(a.sector) || !STATE_SECTORS.has(b.sector)) return false;
  return a.actorId === a.country || b.actorId === b.country;
}

/** True for a party that may not be the target of an event with this source. */
export type NotTarget = (p: Party, source: readonly Side[]) => boolean;

/** Meetings and negotiation (CAMEO 036-039, 04x): their "in" or "at" names a venue. */
const MEETING = /^(03[6-9]|04)/;

/** The rule for one event: its CAMEO code and quad class (1-4, of the act itself) decide rules 2 and 3. */
export function notTarget(facts: SideFacts, code: string, quadClass: number): NotTarget {
  const meeting = MEETING.test(code);
  const verbal = quadClass === 1 || quadClass === 3;
  return (p, source) => {
    if (facts.attribution.has(p.start)) return true;
    if (source.some((x) => (verbal ? sameSide(x, p) : sameActor(x, p)))) return true;
    return meeting && facts.venue.has(p.start);
  };
}
