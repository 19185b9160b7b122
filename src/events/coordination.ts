// Verbs joined by "and", "or", "but" share their subject, and a bare verb shares the modal of the verb
// it is joined to: "China said ... it would send an envoy ..., and called on X" (China called on X);
// "the UN should respect Afghan laws and stop linking aid" (should stop); "did not block or veto it".
// The verb a trigger is joined to is the nearest earlier verb of the same form (past with past, bare
// with bare), skipping verbs of relative clauses ("militants who have attacked ..., and warned").
import type { Token } from '../doc/types.ts';

type Form = 'past' | 'pres' | 'base' | 'ing' | 'aux';

const JOIN = new Set(['and', 'or', 'but']);
const RELATIVE = new Set(['who', 'which', 'that', 'whom', 'whose', 'where', 'when']);
const STOP = new Set([';', ':']);
/** How far back the verb a trigger is joined to may be (tokens). */
const REACH = 40;

function formOf(t: Token): Form {
  if (t.pos === 'AUX') return 'aux';
  if (t.norm.endsWith('ing')) return 'ing';
  if (t.norm === t.lemma) return 'base';
  if (t.norm === `${t.lemma}s` || t.norm === `${t.lemma}es`) return 'pres';
  return 'past';
}

/** First token of the verb group ending at `head`: auxiliaries, adverbs, "not", "to" and "hoped to". */
export function groupStart(tokens: readonly Token[], head: number, from: number): number {
  let j = head - 1;
  for (; j >= from; j--) {
    const t = tokens[j];
    const next = tokens[j + 1];
    if (t.pos === 'AUX' || t.pos === 'PART' || t.pos === 'ADV' || t.norm === 'to') continue;
    if ((t.pos === 'VERB' || t.pos === 'ADJ') && next?.norm === 'to') continue; // "hoped to", "ready to"
    break;
  }
  return j + 1;
}

export interface Joined {
  /** Token index of the verb the trigger is joined to, or -1 when none of its form is found. */
  verb: number;
  /** Where to look for the shared subject: before this token (the joined verb's group, or the segment's first verb). */
  subjectAt: number;
}

/**
 * When the trigger's verb group follows "and"/"or"/"but" directly, the verb it is joined to and where
 * its subject is; null when the trigger is not joined so. Gerunds are left alone ("damaging ... and
 * injuring" belong to a participle phrase).
 */
export function joinedTo(tokens: readonly Token[], head: number, from: number): Joined | null {
  const g = groupStart(tokens, head, from);
  const conj = tokens[g - 1];
  if (g - 1 < from || !conj || !JOIN.has(conj.norm)) return null;
  const first = tokens[g];
  const form = formOf(first);
  if (form === 'ing') return null;
  // after ", and" the joined verb is outside a relative clause before it; right after "and" it may be
  // inside it ("a resolution that aims to tighten sanctions and impose a blockade")
  const comma = tokens[g - 2]?.norm === ',';
  for (let j = g - 2; j >= from && j >= head - REACH; j--) {
    const t = tokens[j];
    if (STOP.has(t.norm)) break;
    if (t.pos !== 'VERB') continue;
    const vg = groupStart(tokens, j, from);
    if (comma && vg > from && RELATIVE.has(tokens[vg - 1].norm)) continue;
    const theirs: Form = form === 'aux' ? formOf(tokens[vg]) : formOf(t);
    if (theirs === form) return { verb: j, subjectAt: vg };
  }
  // none of the same form: the clause's first verb ("he would speak with X ... and hoped to welcome him")
  for (let j = from; j < g - 1; j++) {
    if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') return { verb: -1, subjectAt: j };
  }
  return null;
}
