// Finds event triggers in a run of tokens: lemma-based matching of the verb patterns.
import type { Dep, Token } from '../doc/types.ts';
import { elemIndex, type Elem, type Pattern, type VerbDict } from './patterns.ts';
import { linksTo, objectOf } from './pattern-link.ts';
import { frontedObject } from './fronted.ts';

export interface Trigger {
  pattern: Pattern;
  /** Token index of the head, one past the head's last word, one past the last matched word. */
  head: number;
  headEnd: number;
  end: number;
  /** Token indices from which the pattern's role markers look for an actor. */
  sourceFrom: number | null;
  targetFrom: number | null;
  /** A verb pattern coding the noun of the same word ("riots against"): it needs a party of its own. */
  nounUse?: boolean;
  /** The pattern's object word stood before the head, as a passive's subject ("sanctions were imposed"). */
  fronted?: number;
}

/** How far after the head a pattern's words may be (tokens). */
export const WINDOW = 12;
/** Where a pattern's words stop: punctuation that ends a clause, and words that open another clause. */
const STOP = new Set([';', ':', '"', '“', '”', '(', ')', '—', '–', '.', '?', '!', 'if', 'unless', 'because', 'although', 'though',
  'whereas', 'while', 'which', 'who', 'whom', 'whose', 'where', 'when', 'but']);

const wordAt = (t: Token, w: string) => t.lemma === w || t.norm === w;

function seqAt(tokens: readonly Token[], i: number, end: number, seq: readonly string[]): boolean {
  if (i + seq.length > end) return false;
  for (let k = 0; k < seq.length; k++) if (!wordAt(tokens[i + k], seq[k])) return false;
  return true;
}

/** How far after a nominal head ("talks", "attack") its words may be: a noun's complements are close. */
export const NOMINAL_WINDOW = 4;

/** Index one past the last token a trigger at `head` may reach. */
export function clauseEnd(tokens: readonly Token[], head: number, to: number, window = WINDOW): number {
  const lim = Math.min(to, head + 1 + window);
  for (let j = head + 1; j < lim; j++) if (STOP.has(tokens[j].norm)) return j;
  return lim;
}

/** Whether one of the element's word sequences ends at token f ("military aid" ending at "aid"). */
function endsAt(tokens: readonly Token[], f: number, e: Elem): boolean {
  for (const alt of e.alts) if (f + 1 - alt.length >= 0 && seqAt(tokens, f + 1 - alt.length, f + 1, alt)) return true;
  return false;
}

function findElem(tokens: readonly Token[], from: number, end: number, e: Elem): [number, number] | null {
  const index = elemIndex(e);
  for (let j = from; j < end; j++) {
    const t = tokens[j];
    const a = index.get(t.lemma);
    if (a) for (const alt of a) if (seqAt(tokens, j, end, alt)) return [j, j + alt.length];
    if (t.norm === t.lemma) continue;
    const b = index.get(t.norm);
    if (b) for (const alt of b) if (seqAt(tokens, j, end, alt)) return [j, j + alt.length];
  }
  return null;
}

const HEAD_POS = new Set(['VERB']);
const NOMINAL_POS = new Set(['VERB', 'NOUN', 'ADJ', 'PROPN', 'ADV', 'ADP', 'AUX']);

/**
 * A participle used as an adjective is no trigger: "the occupied West Bank", "the banned party",
 * "Ousted president ...": a past form right after a determiner or adjective, or opening the sentence
 * before a noun.
 */
export function isAttributive(tokens: readonly Token[], i: number, from: number): boolean {
  const t = tokens[i];
  if (t.norm === t.lemma || t.norm.endsWith('ing')) return false;
  const prev = i > from ? tokens[i - 1] : null;
  const next = tokens[i + 1];
  const nominal = !!next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ');
  // "the occupied West Bank", "the besieged Sudanese town"; not "the secretary general condemned the attack"
  if (prev && (prev.pos === 'DET' || prev.pos === 'ADJ' || prev.norm === "'s" || prev.norm === '-') && (nominal || prev.pos === 'DET')) return true;
  if (prev && prev.pos === 'ADP' && next && next.pos === 'NOUN') return true; // "made by forced labour"
  return !prev && !!next && (next.pos === 'NOUN' || next.pos === 'PROPN');
}

const GERUND_PREPS = new Set(['of', 'about', 'for', 'in', 'on', 'toward', 'towards']);

/**
 * A gerund as the object of a preposition names an activity, not an act: "the necessity of maintaining
 * relations", "talks on resolving the conflict". ("by attacking" stays an act.)
 */
export function isGerundObject(tokens: readonly Token[], i: number, from: number): boolean {
  return tokens[i].norm.endsWith('ing') && i > from && GERUND_PREPS.has(tokens[i - 1].norm);
}

const PERFECT = new Set(['have', 'has', 'had', "'ve"]);

/** A word after "has/have/had" is a participle whatever its tag ("forces have retaken" tagged as a noun). */
const verbLike = (tokens: readonly Token[], i: number) => HEAD_POS.has(tokens[i].pos) || (i > 0 && PERFECT.has(tokens[i - 1].norm) && tokens[i].pos !== 'DET' && tokens[i].pos !== 'PRON');

function tryPattern(tokens: readonly Token[], i: number, to: number, p: Pattern, verbEnd: number, nounEnd: number, deps: readonly Dep[] | null, eventNoun: boolean): Trigger | null {
  const nounUse = !p.nominal && eventNoun && tokens[i].pos === 'NOUN';
  if (!(p.nominal ? NOMINAL_POS.has(tokens[i].pos) : verbLike(tokens, i) || nounUse)) return null;
  let headEnd = -1;
  for (const h of p.head) if (seqAt(tokens, i, to, h)) { headEnd = i + h.length; break; }
  if (headEnd < 0) return null;
  const end = (p.nominal || nounUse) && tokens[i].pos !== 'VERB' ? nounEnd : verbEnd;
  let cursor = headEnd;
  let sourceFrom: number | null = null;
  let targetFrom: number | null = null;
  /** The preposition the previous element matched, if it was one (with a parse), else -1. */
  let prep = -1;
  const matched: [number, number][] = [];
  let fronted: number | undefined;
  for (const e of p.elems) {
    if (e.role === 'source') sourceFrom = cursor;
    if (e.role === 'target') targetFrom = cursor;
    if (!e.alts.length) continue;
    const at = findElem(tokens, cursor, end, e);
    if (!at) {
      // the first word the pattern names after a verb is its object; in a passive the object is the
      // subject, before the verb ("sanctions were imposed on Russia" is "impose * sanctions")
      const f = deps && !matched.length && fronted === undefined && !p.nominal ? frontedObject(tokens, deps, i) : -1;
      if (f < 0 || !endsAt(tokens, f, e)) return null;
      fronted = f;
      continue;
    }
    // with a parse, a pattern's later words must belong to the trigger's own phrase, not to another
    // clause, and a word after a preposition must be its object ("call for fighting", not "call for an
    // end to the fighting")
    if (deps && prep >= 0 && !objectOf(deps, prep, at[0], at[1])) return null;
    prep = deps && at[1] - at[0] === 1 && deps[at[0]]?.rel === 'case' ? at[0] : -1;
    if (deps) matched.push(at);
    cursor = at[1];
  }
  if (deps && !matched.every(([a, b]) => linksTo(deps, i, headEnd, a, b, matched))) return null;
  return { pattern: p, head: i, headEnd, end: Math.max(cursor, headEnd), sourceFrom, targetFrom, ...(nounUse ? { nounUse } : {}), ...(fronted !== undefined ? { fronted } : {}) };
}

const better = (p: Pattern, q: Pattern) => p.weight > q.weight || (p.weight === q.weight && p.order > q.order);
const byRank = (p: Pattern, q: Pattern) => q.weight - p.weight || q.order - p.order;

/** A head's patterns by the first word of their first element, so a trigger tries only those whose
 * first word is in its window; patterns with no words after the head are always tried. */
interface HeadIndex {
  bare: Pattern[];
  byFirst: Map<string, Pattern[]>;
}
const headIndexes = new WeakMap<Pattern[], HeadIndex>();

function headIndex(list: Pattern[]): HeadIndex {
  let hi = headIndexes.get(list);
  if (hi) return hi;
  hi = { bare: [], byFirst: new Map() };
  for (const p of list) {
    const first = p.elems.find((e) => e.alts.length);
    if (!first) { hi.bare.push(p); continue; }
    for (const w of new Set(first.alts.map((a) => a[0]))) {
      const l = hi.byFirst.get(w);
      if (l) l.push(p);
      else hi.byFirst.set(w, [p]);
    }
  }
  headIndexes.set(list, hi);
  return hi;
}

/** The patterns of `list` worth trying at a head whose window is tokens [a, b), most specific first. */
function candidates(tokens: readonly Token[], a: number, b: number, list: Pattern[], extra = -1): Pattern[] {
  const hi = headIndex(list);
  if (!hi.byFirst.size) return hi.bare;
  let found: Set<Pattern> | null = null;
  for (let j = a; j <= b; j++) {
    if (j === b && extra < 0) break;
    const t = tokens[j === b ? extra : j];
    const x = hi.byFirst.get(t.lemma);
    const y = t.norm !== t.lemma ? hi.byFirst.get(t.norm) : undefined;
    if (!x && !y) continue;
    found ??= new Set();
    if (x) for (const p of x) found.add(p);
    if (y) for (const p of y) found.add(p);
  }
  if (!found) return hi.bare;
  for (const p of hi.bare) found.add(p);
  return [...found].sort(byRank);
}

/**
 * Triggers in tokens [from, to): at each token, the most specific pattern whose head and words match
 * (more words, then later-loaded). A pattern coded 0 matches and blocks ("strike a deal" is no attack).
 * A token inside an earlier trigger's matched words does not start another.
 */
/**
 * The best pattern at each token; `keepBlocks` also returns the "not an event" (code 0) matches. With
 * `deps`, a pattern whose later words are not linked to its head in the parse does not match there.
 */
export function findTriggers(tokens: readonly Token[], from: number, to: number, dict: VerbDict, keepBlocks = false, deps: readonly Dep[] | null = null): Trigger[] {
  const out: Trigger[] = [];
  let busyUntil = from;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (i < busyUntil) continue;
    const cands = dict.byHead.get(t.lemma);
    const cands2 = t.norm !== t.lemma ? dict.byHead.get(t.norm) : undefined;
    if (!cands && !cands2) continue;
    if (t.pos === 'VERB' && (isAttributive(tokens, i, from) || isGerundObject(tokens, i, from))) continue;
    // with a parse, a noun that names an act ("riots", "demands") may take its verb's patterns
    const eventNoun = !!deps && !!dict.eventNouns && t.pos === 'NOUN' && dict.eventNouns.has(t.lemma);
    const verbEnd = clauseEnd(tokens, i, to, WINDOW);
    // The nominal window is a prefix of the verbal one: its first stop, if any, is the same.
    const nounLim = Math.min(to, i + 1 + NOMINAL_WINDOW);
    const nounEnd = verbEnd < nounLim ? verbEnd : nounLim;
    let best: Trigger | null = null;
    // a passive's subject may be the word a pattern names first (its object): its patterns are candidates
    const fronted = deps && t.pos === 'VERB' ? frontedObject(tokens, deps, i) : -1;
    // each list is sorted most specific first: its first match is its best
    for (const list of [cands, cands2]) {
      if (!list) continue;
      for (const p of candidates(tokens, i + 1, verbEnd, list, fronted)) {
        if (best && !better(p, best.pattern)) break;
        const m = tryPattern(tokens, i, to, p, verbEnd, nounEnd, deps, eventNoun);
        if (m) { best = m; break; }
      }
    }
    if (!best) continue;
    // a fronted object coded on its own as a noun ("sanctions") is part of this act instead
    if (best.fronted !== undefined) for (let k = out.length - 1; k >= 0; k--) if (out[k].head === best.fronted) out.splice(k, 1);
    if (keepBlocks || best.pattern.code !== '0') out.push(best);
    busyUntil = best.end;
  }
  return out;
}
