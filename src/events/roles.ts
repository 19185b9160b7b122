// Source and target of a trigger, from the actor spans by position: the subject before the trigger, the
// object after it, "by X" as the source of a passive, and compound actors joined by "and" or commas.
import type { Token } from '../doc/types.ts';
import type { ActorSpan } from './actors.ts';
import { clauseEnd, type Trigger } from './match.ts';

export interface Roles {
  source: ActorSpan[];
  target: ActorSpan[];
  passive: boolean;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'get', 'got', 'gets']);
const JOINERS = new Set(['and', ',', 'the', 'both', '&', 'as', 'well']);
/** How far before the trigger a subject may be (tokens). */
const SUBJECT_REACH = 25;

/** True when the trigger is a passive participle: "was attacked", "has been indicted". */
export function isPassive(tokens: readonly Token[], head: number, from: number): boolean {
  const t = tokens[head];
  if (t.norm === t.lemma || t.norm.endsWith('ing')) return false;
  for (let j = head - 1; j >= from && j >= head - 3; j--) {
    const p = tokens[j];
    if (BE.has(p.norm)) return true;
    if (p.pos !== 'ADV' && p.pos !== 'PART') return false;
  }
  return false;
}

function joined(tokens: readonly Token[], a: number, b: number): boolean {
  if (a >= b) return a === b;
  let link = false;
  for (let j = a; j < b; j++) {
    const n = tokens[j].norm;
    if (!JOINERS.has(n)) return false;
    if (n === 'and' || n === ',' || n === '&') link = true;
  }
  return link;
}

/** The span at index k of `spans` and those joined to it as one compound actor. */
function compound(tokens: readonly Token[], spans: readonly ActorSpan[], k: number, lo: number, hi: number): ActorSpan[] {
  const out = [spans[k]];
  for (let j = k - 1; j >= 0 && spans[j].t0 >= lo && joined(tokens, spans[j].t1, out[0].t0); j--) out.unshift(spans[j]);
  for (let j = k + 1; j < spans.length && spans[j].t1 <= hi && joined(tokens, out[out.length - 1].t1, spans[j].t0); j++) out.push(spans[j]);
  return out;
}

/**
 * Where the subject ends when an apposition stands between it and the verb ("Pakistan, a key U.S. ally
 * in the war, has refused"): the comma that opens the apposition; else the trigger itself.
 */
function appositionStart(tokens: readonly Token[], head: number, from: number): number {
  let j = head - 1;
  while (j >= from && (tokens[j].pos === 'AUX' || tokens[j].pos === 'ADV' || tokens[j].pos === 'PART')) j--;
  if (j < from || tokens[j].norm !== ',') return head;
  for (let k = j - 1; k >= from && k >= j - 15; k--) {
    if (tokens[k].pos === 'VERB') return head;
    if (tokens[k].norm === ',') return k;
  }
  return head;
}

/** Index in `spans` of the last span ending at or before token `before`, not before `from`. */
function lastBefore(spans: readonly ActorSpan[], before: number, from: number): number {
  for (let k = spans.length - 1; k >= 0; k--) {
    const s = spans[k];
    if (s.t1 <= before) return s.t0 >= from ? k : -1;
  }
  return -1;
}

/**
 * Index of the first span starting in [at, limit), not in `skip`. A possessor inside the trigger's own
 * words is passed over ("expressed Russia's interest in ... relations with Turkey": Russia owns the
 * interest, Turkey is the target); `trigEnd` is one past the trigger's last matched word.
 */
function firstFrom(spans: readonly ActorSpan[], at: number, limit: number, skip?: ActorSpan[], tokens?: readonly Token[], trigEnd = -1): number {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.t0 >= limit) return -1;
    if (s.t0 < at || skip?.includes(s)) continue;
    if (s.actor.id && skip?.some((x) => x.actor.id === s.actor.id)) continue; // no actor is its own target
    if (tokens && s.t1 < trigEnd && tokens[s.t1]?.norm === "'s") continue;
    return k;
  }
  return -1;
}

/**
 * Roles of one trigger in the segment [from, to) of tokens (a sentence, or a quote's content). `spans`
 * are the actor spans inside the segment, sorted.
 */
export function findRoles(tokens: readonly Token[], spans: readonly ActorSpan[], from: number, to: number, trig: Trigger): Roles {
  const passive = isPassive(tokens, trig.head, from);
  const end = Math.max(clauseEnd(tokens, Math.max(trig.end - 1, trig.head), to), trig.end);
  const subjFrom = Math.max(from, trig.head - SUBJECT_REACH);
  let k = lastBefore(spans, appositionStart(tokens, trig.head, subjFrom), subjFrom);
  if (k < 0) k = lastBefore(spans, trig.head, subjFrom);
  let subject = k >= 0 ? compound(tokens, spans, k, subjFrom, trig.head) : [];

  let source: ActorSpan[] = [];
  let target: ActorSpan[] = [];
  if (trig.pattern.elems.some((e) => e.role)) {
    // the pattern says where its roles are; the subject fills the other one
    if (trig.sourceFrom != null) {
      const s = firstFrom(spans, trig.sourceFrom, end);
      source = s >= 0 ? compound(tokens, spans, s, trig.sourceFrom, end) : [];
      target = subject;
    } else source = subject;
    if (trig.targetFrom != null) {
      const t = firstFrom(spans, trig.targetFrom, end, source, tokens, trig.end);
      target = t >= 0 ? compound(tokens, spans, t, trig.targetFrom, end) : [];
    }
    return { source, target, passive: false };
  }
  if (passive) {
    target = subject;
    for (let j = trig.headEnd; j < end; j++) {
      if (tokens[j].norm !== 'by') continue;
      const s = firstFrom(spans, j + 1, Math.min(end, j + 6));
      if (s >= 0) source = compound(tokens, spans, s, j + 1, end);
      break;
    }
    return { source, target, passive };
  }
  source = subject;
  const t = firstFrom(spans, trig.headEnd, end, source, tokens, trig.end);
  if (t >= 0) target = compound(tokens, spans, t, trig.headEnd, end);
  subject = [];
  return { source, target, passive };
}
