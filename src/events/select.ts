// Which of a sentence's coded triggers are events of their own. Order: first the triggers that only
// restate or complete an earlier one are folded into it (a noun naming the act a verb just reported;
// the act an "agreed to", "urged ... to", "refused to", "threatened to" takes as complement); then, of
// what is left, the main clause's events are kept, or when the main clause has none, the others.
import type { Quote, Token } from '../doc/types.ts';
import type { Trigger } from './match.ts';

export interface Candidate {
  trig: Trigger;
  plover: string;
  quote: number | null;
  subordinate: boolean;
}

/** Words right before a later trigger that make it the complement of an earlier one ("agreed to share"). */
const COMPLEMENT = new Set(['to', 'that', 'for', 'of', 'on']);
const COMPLEMENT_REACH = 6;
const ABSORB_REACH = 10;
/** Types whose verbs take an act as complement. */
const VERBAL = new Set(['AGREE', 'REQUEST', 'REJECT', 'THREATEN', 'ACCUSE']);

const breaks = (tokens: readonly Token[], a: number, b: number) => {
  for (let j = a; j < b; j++) if (tokens[j].norm === ',' || tokens[j].norm === ';') return true;
  return false;
};

function foldedInto(a: Candidate, c: Candidate, tokens: readonly Token[], quotes: readonly Quote[]): boolean {
  // a noun naming the act a verb just reported: "wounded two soldiers in a bomb attack"
  if (tokens[c.trig.head].pos === 'NOUN' && a.quote === c.quote && c.trig.head - a.trig.end <= 6 && !breaks(tokens, a.trig.end, c.trig.head)) return true;
  // in the same quote, or in a statement the earlier verb introduces ("agreed that ... should cooperate")
  const introduces = a.quote == null && c.quote != null && quotes[c.quote].start > tokens[a.trig.head].start;
  if (!VERBAL.has(a.plover) || c.trig.head > a.trig.end + ABSORB_REACH || (a.quote !== c.quote && !introduces)) return false;
  for (let j = Math.max(a.trig.headEnd, c.trig.head - COMPLEMENT_REACH); j < c.trig.head; j++) if (COMPLEMENT.has(tokens[j].norm)) return true;
  return false;
}

const READY = new Set(['ready', 'prepared', 'willing', 'poised', 'determined', 'set']);

/** "ready|prepared|willing to" + a threatened act right after it: the act is the event. */
function readiness(a: Candidate, c: Candidate, tokens: readonly Token[]): boolean {
  return a.plover === 'AGREE' && c.plover === 'THREATEN' && READY.has(tokens[a.trig.head].norm) && c.trig.head - a.trig.end <= 2;
}

export function selectEvents<C extends Candidate>(coded: C[], tokens: readonly Token[], quotes: readonly Quote[]): C[] {
  // "prepared to impose martial law": a threatened act is the event, not the readiness (PLOVER: future
  // material conflict is THREATEN), so the act stays and the AGREE of "ready to" goes
  const out = new Set<C>();
  for (let i = 0; i < coded.length; i++) {
    const c = coded[i];
    let keep = true;
    for (let k = 0; k < i && keep; k++) {
      const a = coded[k];
      if (!foldedInto(a, c, tokens, quotes)) continue;
      if (readiness(a, c, tokens)) out.add(a);
      else keep = false;
    }
    if (!keep) out.add(c);
  }
  const own = coded.filter((c) => !out.has(c));
  const main = own.filter((c) => !c.subordinate);
  return main.length ? main : own;
}
