// Source and target of a trigger from its grammatical arguments (frame/args.ts) instead of word order:
// the doer is the subject, a passive's agent or an eventive noun's possessor; the one acted on is the
// object, a passive's subject, the indirect object, or an oblique whose preposition points at a party
// ("against", "on", "with", "to", ...). Locative and temporal phrases are never parties.
import type { Dep, Token } from '../doc/types.ts';
import type { ActorSpan } from './actors.ts';
import { argumentsOf, type Arg, type Arguments } from './frame/index.ts';
import { childrenOf, dominates, topOf } from '../syntax/tree.ts';
import { inPlacePhrase } from './place.ts';
import { joined, type Roles } from './roles.ts';

/** Prepositions whose object is the party an act is aimed at (PLOVER's target), from the UD English obl/nmod uses. */
const TARGET_PREPS = new Set(['against', 'on', 'upon', 'with', 'to', 'toward', 'towards', 'into', 'over', 'at', 'from', 'for']);

export interface ParseRoles extends Roles {
  /** Whether the parse found a doer argument with an actor in it / an acted-on argument at all. */
  hasDoer: boolean;
  hasUndergoer: boolean;
  /** The relation paths that linked source and target, for evidence. */
  sourcePath: string | null;
  targetPath: string | null;
}

/**
 * The actor spans of an argument: the one holding its head word, else the nearest inside its phrase;
 * with the spans coordinated to it inside the phrase ("Hungarian and Romanian officials").
 */
function actorsOf(tokens: readonly Token[], deps: readonly Dep[], spans: readonly ActorSpan[], a: Arg, things?: ReadonlySet<string>): ActorSpan[] {
  let best = -1;
  let bestRank = Infinity;
  const inside: number[] = [];
  spans.forEach((s, k) => {
    if (s.t0 > a.last || s.t1 <= a.first) return;
    const holds = s.t0 <= a.head && a.head < s.t1;
    if (!holds && (s.t0 < a.first || s.t1 > a.last + 1)) return;
    // the place where a thing was is not its doer: "a bomb in southern Afghanistan" names no party;
    // a group's place names its side ("settlers in the West Bank", "protesters in Cairo")
    if (!holds && things && thing(tokens[a.head], things) && inPlacePhrase(tokens, deps, s)) return;
    inside.push(k);
    // the span holding the head, else the one hanging closest to it (spanRank), then the nearest
    const rank = holds ? 0 : spanRank(deps, s, a.head) * 1000 + Math.min(Math.abs(s.t0 - a.head), Math.abs(s.t1 - 1 - a.head));
    if (rank < bestRank) (best = k), (bestRank = rank);
  });
  if (best < 0) return [];
  const out = [spans[best]];
  for (let k = best - 1; k >= 0 && inside.includes(k) && joined(tokens, spans[k].t1, out[0].t0); k--) out.unshift(spans[k]);
  for (let k = best + 1; k < spans.length && inside.includes(k) && joined(tokens, out[out.length - 1].t1, spans[k].t0); k++) out.push(spans[k]);
  return out;
}

/**
 * How close a span hangs to the argument's head: a name the head is a title or part of (flat, appos,
 * compound) first, then an adjective or possessor on the head itself ("Turkish sides"), then anything
 * deeper in the phrase, by depth.
 */
function spanRank(deps: readonly Dep[], s: ActorSpan, head: number): number {
  const top = topOf(deps, s.t0, s.t1);
  let depth = 0;
  for (let j = top; j >= 0 && j !== head && depth < 12; j = deps[j]?.head ?? -1) depth++;
  const rel = deps[top]?.rel ?? 'dep';
  if (depth === 1 && (rel === 'flat' || rel === 'appos' || rel === 'compound' || rel === 'conj')) return 1;
  if (depth === 1) return 2;
  return 2 + depth;
}

/** A common noun that does not act: no WordNet sense of it is a person or a group (data/verbs/thing-nouns.txt). */
const thing = (t: Token, things: ReadonlySet<string>) => t.pos === 'NOUN' && things.has(t.lemma);

const sameActor = (x: ActorSpan, y: ActorSpan) => x === y || (!!x.actor.id && x.actor.id === y.actor.id) || (x.actor.name === y.actor.name && x.actor.country === y.actor.country);

function collect(tokens: readonly Token[], deps: readonly Dep[], spans: readonly ActorSpan[], args: readonly Arg[], things?: ReadonlySet<string>): { actors: ActorSpan[]; path: string | null } {
  const out: ActorSpan[] = [];
  let path: string | null = null;
  for (const a of args) {
    // an apposition renames the argument found before it ("Pakistan, a key U.S. ally"): no second party
    if (out.length && a.path.includes('appos')) continue;
    for (const s of actorsOf(tokens, deps, spans, a, things)) {
      if (out.some((o) => sameActor(o, s))) continue;
      out.push(s);
      path ??= a.path;
    }
  }
  return { actors: out, path };
}

/**
 * Verbs whose subject undergoes the act their object names, VerbNet's obtain-13.5.2 and get-13.5.1
 * receivers (receive, draw, attract, earn, win, gain, get) and the undergoing verbs face, suffer,
 * endure, sustain, incur, and "come under" / "meet with": "faced criticism", "came under attack".
 */
const RECEIVING = new Set(['face', 'receive', 'draw', 'attract', 'earn', 'win', 'gain', 'get', 'garner', 'suffer', 'endure', 'sustain', 'incur']);
const RECEIVING_OBL: Record<string, string> = { come: 'under', meet: 'with' };

/** The last token of the subtree of `c` before `stop` ("international and Palestinian" for "international"). */
function lastOf(deps: readonly Dep[], c: number, stop: number): number {
  let last = c;
  for (let j = c + 1; j < stop; j++) if (dominates(deps, c, j)) last = j;
  return last;
}

/**
 * Is the noun an act its verb's subject undergoes ("faced criticism", "came under attack")? Only a noun
 * that names no one: "received a mission of observers" is the subject's act of hosting it.
 */
function undergone(tokens: readonly Token[], deps: readonly Dep[], verb: number, noun: number, things: ReadonlySet<string>): boolean {
  if (tokens[noun].pos !== 'NOUN' || tokens[verb].pos !== 'VERB' || deps[noun].head !== verb || !thing(tokens[noun], things)) return false;
  const l = tokens[verb].lemma.toLowerCase();
  if (deps[noun].rel === 'obj') return RECEIVING.has(l);
  if (deps[noun].rel !== 'obl' || !RECEIVING_OBL[l]) return false;
  return childrenOf(deps, noun).some((c) => deps[c].rel === 'case' && tokens[c].norm === RECEIVING_OBL[l]);
}

/** The trigger as a received act: the noun itself under such a verb, or such a verb with such a noun. */
function receivedAct(tokens: readonly Token[], deps: readonly Dep[], head: number, things?: ReadonlySet<string>): { verb: number; noun: number } | null {
  if (!things) return null;
  const gov = deps[head].head;
  if (gov >= 0 && undergone(tokens, deps, gov, head, things)) return { verb: gov, noun: head };
  for (const c of childrenOf(deps, head)) if (undergone(tokens, deps, head, c, things)) return { verb: head, noun: c };
  return null;
}

/**
 * The doers of an object that is a noun no actor holds: its by-agent or possessor, or a by-agent the
 * parse hung on the verb after that object (args.ts, misplacedAgent).
 */
function objectDoers(tokens: readonly Token[], deps: readonly Dep[], spans: readonly ActorSpan[], a: Arguments): Arg[] {
  const out: Arg[] = [];
  for (const o of a.object) {
    const t = tokens[o.head];
    if (t.pos !== 'NOUN' && t.pos !== 'VERB') continue;
    if (spans.some((s) => s.t0 <= o.head && o.head < s.t1)) continue;
    if (t.pos === 'NOUN') {
      const inner = argumentsOf(tokens, deps, o.head);
      out.push(...inner.agent.map((x) => ({ ...x, path: 'obj>' + x.path })), ...inner.possessor.map((x) => ({ ...x, path: 'obj>' + x.path })));
    }
    for (const m of a.misplacedAgent) if (m.head > o.last) out.push({ ...m, path: 'obj>' + m.path });
  }
  return out;
}

export function parseRoles(tokens: readonly Token[], deps: readonly Dep[], spans: readonly ActorSpan[], head: number, things?: ReadonlySet<string>): ParseRoles {
  const a = argumentsOf(tokens, deps, head);
  let doers = a.passive ? [...a.agent, ...a.possessor] : [...a.subject, ...a.agent, ...a.possessor];
  const direct = a.passive ? [...a.passiveSubject, ...a.object, ...a.iobj] : [...a.object, ...a.iobj, ...a.passiveSubject];
  let aimed = a.obliques.filter((o) => o.prep !== null && TARGET_PREPS.has(o.prep));
  // an eventive noun that is a verb's object or oblique takes its doer, and failing its own a target
  // phrase, from the verb ("X launched an attack on Y", "X staged protests against Y", "speaking after
  // talks with Y, X said")
  const gov = deps[head].head;
  const received = receivedAct(tokens, deps, head, things);
  if (received) {
    // "the US faced criticism from Jordan", "Israel drew Turkish condemnation": the one who undergoes
    // the act is the verb's subject, its doers the noun's own modifiers and the "from" phrases
    const { verb, noun } = received;
    const v = argumentsOf(tokens, deps, verb);
    const a = argumentsOf(tokens, deps, noun);
    const from = (o: { prep: string | null }) => o.prep === 'from' || o.prep === 'by';
    const own: Arg[] = childrenOf(deps, noun)
      .filter((c) => deps[c].rel === 'amod' || deps[c].rel === 'compound')
      .map((c) => ({ head: c, first: c, last: lastOf(deps, c, noun), path: `${deps[noun].rel}>${deps[c].rel}` }));
    const byDoers = [...a.agent, ...a.possessor, ...a.obliques.filter(from), ...v.obliques.filter(from).map((o) => ({ ...o, path: 'obj^>' + o.path })), ...own];
    const src = collect(tokens, deps, spans, byDoers, things);
    const tgt = collect(tokens, deps, spans, v.passive ? v.passiveSubject : v.subject);
    return {
      source: src.actors,
      target: tgt.actors.filter((t) => !src.actors.includes(t)),
      passive: false,
      hasDoer: src.actors.length > 0,
      hasUndergoer: tgt.actors.length > 0,
      sourcePath: src.path,
      targetPath: tgt.path ? 'obj^>' + tgt.path : null,
    };
  }
  if (tokens[head].pos === 'NOUN' && (deps[head].rel === 'obj' || deps[head].rel === 'obl') && gov >= 0 && tokens[gov].pos === 'VERB') {
    const v = argumentsOf(tokens, deps, gov);
    if (!doers.length) doers = v.passive ? v.agent : v.subject;
    if (!aimed.length) aimed = v.obliques.filter((o) => o.prep !== null && TARGET_PREPS.has(o.prep));
  }
  const src = collect(tokens, deps, spans, doers, things);
  // an object that is someone's act or word aims the act at its doer: "condemned the launch by North
  // Korea", "criticised the arrest of X by the police" (PLOVER's target is the one blamed or praised)
  const actOf = collect(tokens, deps, spans, objectDoers(tokens, deps, spans, a), things);
  let tgt = actOf.actors.length ? actOf : collect(tokens, deps, spans, direct);
  if (!tgt.actors.length) tgt = collect(tokens, deps, spans, aimed);
  const target = tgt.actors.filter((t) => !src.actors.includes(t));
  return {
    source: src.actors,
    target,
    passive: a.passive,
    // a doer that is a common noun with no actor in its phrase ("the militants") is still the doer:
    // word order must not lend it another clause's actor; a pronoun may be resolved by word order
    hasDoer: src.actors.length > 0 || doers.some((d) => tokens[d.head].pos === 'NOUN' && d.path.indexOf('conj') < 0),
    hasUndergoer: direct.length + aimed.length > 0,
    sourcePath: src.path,
    targetPath: tgt.path,
  };
}

/**
 * Whether a party a pattern's word order found for a noun trigger stands in that noun's reach: inside
 * its phrase, or an oblique of the verb it is the object of ("launched attacks yesterday on Y"), but not
 * that verb's doer ("the attack on the embassy was condemned by Britain": Britain is no target of it).
 */
export function inNounReach(tokens: readonly Token[], deps: readonly Dep[], s: ActorSpan, head: number): boolean {
  if (tokens[head].pos !== 'NOUN') return true;
  const top = topOf(deps, s.t0, s.t1);
  if (dominates(deps, head, top)) return true;
  const gov = deps[head].head;
  if (gov < 0 || !(deps[head].rel === 'obj' || deps[head].rel === 'obl')) return false;
  for (let k = top, up = 0; k >= 0 && up < 12; k = deps[k].head, up++) {
    if (deps[k].head !== gov) continue;
    const rel = deps[k].rel;
    return rel.startsWith('obl') && rel !== 'obl:agent';
  }
  return false;
}

