// Source and target of a trigger, from the actor spans by position: the subject before the trigger, the
// object after it, "by X" as the source of a passive, and compound actors joined by "and" or commas.
import type { Token } from '../doc/types.ts';
import type { ActorSpan } from './actors.ts';
import { clauseEnd, type Trigger } from './match.ts';
import { groupStart } from './coordination.ts';
import { partyOf, type NotTarget } from './sides.ts';

export interface Roles {
  source: ActorSpan[];
  target: ActorSpan[];
  passive: boolean;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'get', 'got', 'gets']);
const JOINERS = new Set(['and', ',', 'the', 'both', '&', 'as', 'well']);
/** How far before the trigger a subject may be (tokens). */
const SUBJECT_REACH = 25;

/** Participles that, before "to", are adjectives of readiness, not passives. */
const ADJECTIVAL = new Set(['committed', 'prepared', 'determined', 'resolved', 'inclined', 'poised', 'disposed', 'dedicated']);
/** Words after a participle that mark it passive without an auxiliary: "firms accused of", "killed by". */
const REDUCED = new Set(['of', 'by', 'with']);

/**
 * A participle that describes the noun before it, a reduced relative clause: "sanctions on firms
 * accused of supplying drones", "diplomats accused of spying". It is passive, and background.
 */
export function isReducedRelative(tokens: readonly Token[], head: number, from: number): boolean {
  const t = tokens[head];
  if (t.pos !== 'VERB' || t.norm === t.lemma || t.norm.endsWith('ing') || head <= from) return false;
  const prev = tokens[head - 1].pos;
  return (prev === 'NOUN' || prev === 'PROPN') && REDUCED.has(tokens[head + 1]?.norm ?? '');
}

/** True when the trigger is a passive participle: "was attacked", "has been indicted", "firms accused of". */
export function isPassive(tokens: readonly Token[], head: number, from: number): boolean {
  const t = tokens[head];
  if (t.norm === t.lemma || t.norm.endsWith('ing')) return false;
  if (isReducedRelative(tokens, head, from)) return true;
  if (ADJECTIVAL.has(t.norm) && tokens[head + 1]?.norm === 'to') return false; // "is committed to", "is prepared to"
  for (let j = head - 1; j >= from && j >= head - 3; j--) {
    const p = tokens[j];
    if (BE.has(p.norm)) return true;
    if (p.pos !== 'ADV' && p.pos !== 'PART') return false;
  }
  return false;
}

/** True when tokens [a, b) join two actors into one compound: only "and", commas, "the", "both" stand there, with a link among them. */
export function joined(tokens: readonly Token[], a: number, b: number): boolean {
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
  // spans joined by commas alone are an apposition ("the head of the IAEA, Rafael Grossi,"): one actor
  // ("Kenzo Oshima, the UN relief coordinator,"): the last that has a country, the nearest the verb
  if (out.length > 1 && !andBetween(tokens, out[0].t1, out[out.length - 1].t0)) return [[...out].reverse().find((s) => s.actor.country) ?? spans[k]];
  return out;
}

function andBetween(tokens: readonly Token[], a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (tokens[j].norm === 'and' || tokens[j].norm === '&') return true;
  return false;
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
function firstFrom(spans: readonly ActorSpan[], at: number, limit: number, skip?: ActorSpan[], tokens?: readonly Token[], trigEnd = -1, not?: NotTarget): number {
  const src = not ? (skip ?? []).map(partyOf) : [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.t0 >= limit) return -1;
    if (s.t0 < at || skip?.includes(s)) continue;
    if (s.actor.id && skip?.some((x) => x.actor.id === s.actor.id)) continue; // no actor is its own target
    if (tokens && s.t1 < trigEnd && tokens[s.t1]?.norm === "'s") continue;
    if (not && not(partyOf(s), src)) continue;
    // a possessor names the head after it: "support to Afghanistan's Taliban government" is for the government
    const head = spans[k + 1];
    if (tokens && head && head.t1 <= limit && tokens[s.t1]?.norm === "'s" && head.t0 === s.t1 + 1 && !(not && not(partyOf(head), src))) return k + 1;
    return k;
  }
  return -1;
}

export interface RoleOptions {
  /** Look for the subject before this token instead of the trigger (a verb joined to an earlier one). */
  subjectAt?: number;
  /** Spans that may not be the target. */
  notTarget?: NotTarget;
  /** One past the last token where the target may be (the next clause's verb). */
  targetEnd?: number;
}

const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you']);
const OPENING = new Set(['after', 'following', 'during', 'before', 'while', 'when', 'upon', 'on']);

/** "We see them as partners": a first- or second-person pronoun just before the verb group is the subject, not the actor before it. */
function pronounSubject(tokens: readonly Token[], at: number, from: number): boolean {
  let j = at - 1;
  while (j >= from && (tokens[j].pos === 'AUX' || tokens[j].pos === 'ADV' || tokens[j].pos === 'PART')) j--;
  return j >= from && tokens[j].pos === 'PRON' && SUBJECT_PRONOUNS.has(tokens[j].norm);
}

const RELATIVE = new Set(['that', 'which', 'who']);

/**
 * "a euro that does not buy a missile": a verb group opened by a relative pronoun has the noun before
 * the pronoun as its subject; an actor further back is not ("Pakistan, which has expelled ..." is).
 */
function relativeElsewhere(tokens: readonly Token[], at: number, from: number, span: ActorSpan): boolean {
  const rel = groupStart(tokens, at, from) - 1;
  if (rel < from || !RELATIVE.has(tokens[rel].norm) || tokens[rel].pos === 'SCONJ') return false;
  let a = rel - 1;
  if (tokens[a]?.norm === ',') a--;
  return span.t1 - 1 !== a;
}

/**
 * "Speaking after talks with X at the Kremlin, Putin said ...": a trigger inside an opening participle
 * or time phrase has the main clause's subject, the actor right after the phrase's comma.
 */
function openingSubject(tokens: readonly Token[], spans: readonly ActorSpan[], from: number, to: number, head: number): number {
  const first = tokens[from];
  if (!first || !((first.pos === 'VERB' && first.norm.endsWith('ing')) || OPENING.has(first.norm))) return -1;
  let comma = -1;
  for (let j = from + 1; j < to && j < from + 25; j++) if (tokens[j].norm === ',') { comma = j; break; }
  if (comma < head) return -1;
  for (let k = 0; k < spans.length; k++) if (spans[k].t0 > comma) return spans[k].t0 <= comma + 3 ? k : -1;
  return -1;
}

/** The spans of a compound target that may be targets of this source. */
function allowed(target: ActorSpan[], source: ActorSpan[], not?: NotTarget): ActorSpan[] {
  if (!not) return target;
  const src = source.map(partyOf);
  return target.filter((t) => !not(partyOf(t), src));
}

/**
 * Roles of one trigger in the segment [from, to) of tokens (a sentence, or a quote's content). `spans`
 * are the actor spans inside the segment, sorted.
 */
export function findRoles(tokens: readonly Token[], spans: readonly ActorSpan[], from: number, to: number, trig: Trigger, opts: RoleOptions = {}): Roles {
  const passive = isPassive(tokens, trig.head, from);
  let end = Math.max(clauseEnd(tokens, Math.max(trig.end - 1, trig.head), to), trig.end);
  if (opts.targetEnd != null && opts.targetEnd >= trig.end) end = Math.min(end, opts.targetEnd);
  const not = opts.notTarget;
  const at = opts.subjectAt ?? trig.head;
  const subjFrom = Math.max(from, at - SUBJECT_REACH);
  let k = lastBefore(spans, appositionStart(tokens, at, subjFrom), subjFrom);
  if (k < 0) k = lastBefore(spans, at, subjFrom);
  if (k >= 0 && (pronounSubject(tokens, at, spans[k].t1) || relativeElsewhere(tokens, at, from, spans[k]))) k = -1;
  if (k < 0 && opts.subjectAt == null) k = openingSubject(tokens, spans, from, to, trig.head);
  let subject: ActorSpan[] = [];
  if (k >= 0) subject = spans[k].t0 > at ? compound(tokens, spans, k, spans[k].t0, to) : compound(tokens, spans, k, subjFrom, at);

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
      const t = firstFrom(spans, trig.targetFrom, end, source, tokens, trig.end, not);
      target = t >= 0 ? allowed(compound(tokens, spans, t, trig.targetFrom, end), source, not) : [];
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
  const t = firstFrom(spans, trig.headEnd, end, source, tokens, trig.end, not);
  if (t >= 0) target = allowed(compound(tokens, spans, t, trig.headEnd, end), source, not);
  subject = [];
  return { source, target, passive };
}
