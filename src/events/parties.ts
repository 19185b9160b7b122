// Fallbacks for the parties of an event when its own clause does not name them.
import type { Dep, EventActor, Token } from '../doc/types.ts';
import { dominates, topOf } from '../syntax/tree.ts';
import { toEventActor, type ActorSpan } from './actors.ts';
import type { Trigger } from './match.ts';
import type { Roles } from './roles.ts';
import { partyOf, type NotTarget } from './sides.ts';

/**
 * When the clause names no target, the other party of the sentence: the nearest actor of another
 * country than the source's ("on resolving the Ukraine conflict, ... Russia remains open to talks"),
 * else the nearest other actor after the trigger ("Iraqi Kurds demonstrated ... for independence from
 * Iraq"). Not past `limit`, where the next clause's verb stands ("condemned the attack and said ... to
 * Ukraine": Ukraine belongs to the second clause), and never a party `not` rules out.
 */
export function otherParty(spans: readonly ActorSpan[], source: EventActor[], trig: Trigger, not?: NotTarget, limit = Infinity, deps: readonly Dep[] | null = null): EventActor[] {
  const own = new Set(source.map((s) => s.country));
  const mine = new Set(source.map((s) => s.start));
  let best: ActorSpan | null = null;
  let dist = Infinity;
  let after: ActorSpan | null = null;
  for (const s of spans) {
    if (!s.actor.country || mine.has(s.start) || s.t0 >= limit) continue;
    if (not?.(partyOf(s), source)) continue;
    if (deps && subjectAbove(deps, s, trig.head)) continue;
    if (!after && s.t0 >= trig.end && !source.some((x) => x.actorId && x.actorId === s.actor.id)) after = s;
    if (own.has(s.actor.country)) continue;
    const d = s.t0 >= trig.end ? s.t0 - trig.end : trig.head - s.t1;
    if (d < dist) { dist = d; best = s; }
  }
  const pick = best ?? after;
  return pick ? [toEventActor(pick)] : [];
}

/**
 * Whether the span is the subject of a predicate that governs the trigger's clause: the one who says,
 * ensures or wants the act ("Kabul ensured that the militants would not return"), not the one it is
 * aimed at.
 */
function subjectAbove(deps: readonly Dep[], s: ActorSpan, head: number): boolean {
  const top = topOf(deps, s.t0, s.t1);
  const d = deps[top];
  if (!d || !d.rel.startsWith('nsubj') || d.head < 0 || d.head === head) return false;
  return dominates(deps, d.head, head);
}

/**
 * Whether the span is the subject of a clause below the trigger ("warned that police will no longer
 * tolerate ..."): the doer of the act reported, not the one the trigger's act is aimed at.
 */
export function subjectBelow(deps: readonly Dep[], s: ActorSpan, head: number): boolean {
  const d = deps[topOf(deps, s.t0, s.t1)];
  if (!d || !d.rel.startsWith('nsubj') || d.head < 0 || d.head === head) return false;
  return dominates(deps, head, d.head);
}

/** "X killed Y and wounded Z": a trigger after "and"/"but" whose subject would be found past the trigger before it. */
export function sharesSubject(tokens: readonly Token[], prev: Trigger, trig: Trigger, roles: Roles): boolean {
  let j = trig.head - 1;
  while (j > prev.end && (tokens[j].pos === 'ADV' || tokens[j].pos === 'AUX')) j--;
  if (tokens[j]?.norm !== 'and' && tokens[j]?.norm !== 'but') return false;
  return !roles.source.length || roles.source[0].t0 >= prev.head;
}
