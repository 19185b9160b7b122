// Small refinements of a trigger's coding that need its neighbours: the modality a joined verb shares,
// where the next clause begins, and a government's formal protest.
import type { Token } from '../doc/types.ts';
import type { ActorSpan } from './actors.ts';
import { groupStart, type Joined } from './coordination.ts';
import type { Trigger } from './match.ts';
import { modalityOf, type Modality } from './modality.ts';
import { cameoOf, type Ontology } from './ontology.ts';

const plain = (m: Modality) => !m.negated && !m.future && !m.hypothetical && !m.obligation;

/**
 * The trigger's modality; a bare verb with none of its own, joined to an earlier verb, takes that verb's
 * ("should respect the laws and stop linking aid": should stop; "did not block or veto it").
 */
export function jointModality(tokens: readonly Token[], head: number, from: number, joined: Joined | null): Modality {
  const own = modalityOf(tokens, head, from);
  if (!joined || joined.verb < 0 || !plain(own)) return own;
  const first = tokens[groupStart(tokens, head, from)];
  if (first.pos !== 'VERB' || first.norm !== first.lemma) return own;
  return modalityOf(tokens, joined.verb, from);
}

const CLAUSE_JOIN = new Set(['and', 'but', ',', ';']);
/** Verbs that open a statement of its own: what follows them is another proposition. */
const SAY = new Set(['say', 'tell', 'add', 'announce', 'state', 'declare', 'insist', 'warn']);

/**
 * Where the next clause of the sentence begins after trigger `ti`: the verb group of a later verb of
 * saying joined by "and", "but" or a comma, with words of the first trigger's own between them
 * ("condemned the attack and said ... to Ukraine": Ukraine is not the condemned). Undefined when there
 * is none ("criticised the vote and urged Khartoum" may well be about Khartoum).
 */
export function nextClause(tokens: readonly Token[], triggers: readonly Trigger[], ti: number): number | undefined {
  const trig = triggers[ti];
  for (let j = ti + 1; j < triggers.length; j++) {
    const g = groupStart(tokens, triggers[j].head, trig.end);
    if (g - 1 > trig.end && CLAUSE_JOIN.has(tokens[g - 1].norm) && SAY.has(tokens[triggers[j].head].lemma)) return g;
  }
  return undefined;
}

/** Words after which another proposition begins: a contrast, a condition, the end of a quotation. */
const PARTY_STOP = new Set([';', ':', 'but', 'if', 'while', 'whereas', 'although', 'though', '"', '“', '”']);

/**
 * How far after a trigger the sentence's other party may be sought: up to a contrast, a condition or
 * a closing quotation mark ("would meet the envoy but rejected any plan that left Russian troops ...":
 * the troops are no party to the meeting).
 */
export function partyEnd(tokens: readonly Token[], from: number, to: number): number {
  for (let j = from; j < to; j++) if (PARTY_STOP.has(tokens[j].norm)) return j;
  return to;
}

export const quadOf = (o: Ontology, code: string): number => cameoOf(o, code)?.quadClass ?? 0;

/**
 * "China protested" is a government's formal complaint (CAMEO 114, ACCUSE), not a demonstration (14x,
 * PROTEST): the verb "protest" with a government or a state as its source.
 */
export function stateProtest(tokens: readonly Token[], trig: Trigger, code: string, source: readonly ActorSpan[]): string {
  if (!code.startsWith('14') || tokens[trig.head].lemma !== 'protest' || tokens[trig.head].pos !== 'VERB') return code;
  const state = source.some((s) => s.actor.sector === 'GOV' || (s.actor.id === s.actor.country && s.type === 'LOC'));
  return state ? '114' : code;
}

/**
 * A rally, march or demonstration held by a government with no one it is against is no PROTEST: the
 * PLOVER manual's PROTEST is "civilian demonstrations and other collective actions carried out as
 * protests against the recipient", so a leader's campaign rally or a state parade is not one. A target
 * that only says where ("a rally in Ohio") is no one it is against.
 */
export function stateRally(code: string, source: readonly ActorSpan[], target: readonly ActorSpan[], onlyPlace: (s: ActorSpan) => boolean): boolean {
  return code.startsWith('14') && source.some((s) => s.actor.sector === 'GOV') && target.every(onlyPlace);
}

