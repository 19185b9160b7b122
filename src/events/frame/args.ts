// The grammatical arguments of a predicate: who does it (subject, agent, possessor), to whom or what
// (object, passive subject, iobj), and the prepositional phrases around it. Each argument carries the
// path of relations that linked it, so the coder can show why an actor stands where it does.
//
// Paths: relations joined by ">", read from the predicate; "rel^" climbs from a dependent to its head.
//   "nsubj"               the predicate's own subject
//   "nsubj>conj"          a member coordinated with it ("Russia and China")
//   "nsubj>appos"         an apposition on it ("the group, Hamas,"); "nsubj>appos^" the noun it stands beside
//   "xcomp^>nsubj"        the subject of the verb the predicate is the xcomp of ("X agreed to send")
//   "xcomp^>obj"          that verb's object, for object control ("urged X to withdraw")
//   "conj^>nsubj"         the subject of the first conjunct ("X attacked Y and killed Z")
//   "advcl^>obj"          "accused X of attacking", "blamed X for sending"
//   "acl:relcl^", "acl^"  the noun a relative clause or reduced relative hangs on
import type { Dep, Token } from '../../doc/types.ts';
import { baseRel, caseOf, childrenOf, conjuncts, dominates, isPassive, marksOf, spanOf } from '../../syntax/tree.ts';

export interface Arg {
  /** Index into `tokens` of the head of the argument phrase. */
  head: number;
  /** First and last token of the phrase (its subtree without coordinated members, appositions and punctuation). */
  first: number;
  last: number;
  /** How the argument was reached from the predicate (see the head of this file). */
  path: string;
}

export interface Oblique extends Arg {
  /** The preposition, the lower-case `case` child with its fixed words ("on", "because of"), or null. */
  prep: string | null;
}

export interface Arguments {
  predicate: number;
  /** True for a passive predicate (passive subject or auxiliary, a by-agent, a past-participle reduced relative). */
  passive: boolean;
  /** nsubj of an active predicate: the doer. */
  subject: Arg[];
  /** nsubj:pass: the one the act is done to. */
  passiveSubject: Arg[];
  /** obl:agent, or a "by" phrase of a passive or of an eventive noun: the doer. */
  agent: Arg[];
  object: Arg[];
  iobj: Arg[];
  /** obl and nmod phrases with their preposition ("on", "against", "with", "to", "from", ...). */
  obliques: Oblique[];
  /** nmod:poss of an eventive noun ("Canada's sanctions"): usually the doer. */
  possessor: Arg[];
  /**
   * A `by` agent the parse hung on an active verb (one with its own subject or object): it belongs to
   * the noun before it, the verb's object ("condemned the launch by North Korea"), never to the verb.
   */
  misplacedAgent: Arg[];
}

/** Relative pronouns standing in a relative clause for the noun it hangs on. */
const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'which', 'that']);
/** Relative adverbs: the noun is a place or time, not a participant ("the town where ..."). */
const RELATIVE_ADVERBS = new Set(['where', 'when', 'why', 'whereby']);
/** Verbs that keep subject control even with an object ("X promised Y to ..."). */
const SUBJECT_CONTROL = new Set(['promise', 'vow', 'pledge', 'threaten']);
/** Marks of a non-finite adverbial clause controlled by the object when the governor has one. */
const OBJECT_CONTROL_MARKS = new Set(['of', 'for']);
/** Obliques that are times and measures, not participants. */
const NOT_PARTICIPANT = new Set(['obl:tmod', 'obl:npmod', 'nmod:tmod', 'nmod:npmod']);
/** Children left out of an argument's span. */
const SPAN_SKIP = new Set(['conj', 'cc', 'punct', 'appos', 'parataxis']);

const MAX_DEPTH = 8;

function empty(i: number, passive: boolean): Arguments {
  return { predicate: i, passive, subject: [], passiveSubject: [], agent: [], object: [], iobj: [], obliques: [], possessor: [], misplacedAgent: [] };
}

function makeArg(deps: readonly Dep[], i: number, head: number, path: string): Arg {
  const { first, last } = spanOf(deps, head, (c) => SPAN_SKIP.has(baseRel(deps[c].rel)) || dominates(deps, c, i));
  return { head, first, last, path };
}

function verbal(tokens: readonly Token[], i: number): boolean {
  return tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX';
}

/**
 * A present participle ("is investigating X"): English forms its passive with the past participle
 * (UD: aux:pass and nsubj:pass go with a VBN), so a passive label on an -ing verb is a misread progressive.
 */
function presentParticiple(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return verbal(tokens, i) && t.norm.length > 4 && t.norm.endsWith('ing') && t.lemma.toLowerCase() !== t.norm;
}

/** Is the predicate passive? A reduced relative on a noun is passive unless it is an -ing form. */
function passiveOf(tokens: readonly Token[], deps: readonly Dep[], i: number): boolean {
  if (presentParticiple(tokens, i)) return false;
  if (isPassive(tokens, deps, i)) return true;
  const rel = deps[i].rel;
  if ((rel === 'acl' || rel === 'amod') && verbal(tokens, i)) return !tokens[i].norm.endsWith('ing') && !marksOf(tokens, deps, i).includes('to');
  return false;
}

/** Copy `from` into a role of `to`, prefixing each path. */
function inherit(to: Arg[], from: readonly Arg[], prefix: string): void {
  for (const a of from) to.push({ ...a, path: prefix + a.path });
}

/** The arguments before coordination and apposition are expanded. */
function collect(tokens: readonly Token[], deps: readonly Dep[], i: number, depth: number): Arguments {
  const passive = passiveOf(tokens, deps, i);
  const out = empty(i, passive);
  const noun = !verbal(tokens, i) && tokens[i].pos === 'NOUN';
  for (const c of childrenOf(deps, i)) {
    const rel = deps[c].rel;
    const base = baseRel(rel);
    if (rel === 'nsubj:pass' && !passive) out.subject.push(makeArg(deps, i, c, rel));
    else if (rel === 'nsubj:pass') out.passiveSubject.push(makeArg(deps, i, c, rel));
    else if (base === 'nsubj') out.subject.push(makeArg(deps, i, c, rel));
    else if (rel === 'obj') out.object.push(makeArg(deps, i, c, rel));
    else if (rel === 'iobj') out.iobj.push(makeArg(deps, i, c, rel));
    else if (rel === 'nmod:agent' || (rel === 'obl:agent' && (passive || noun))) out.agent.push(makeArg(deps, i, c, rel));
    else if (rel === 'obl:agent') out.misplacedAgent.push(makeArg(deps, i, c, rel));
    else if (rel === 'nmod:poss') out.possessor.push(makeArg(deps, i, c, rel));
    else if ((base === 'obl' || base === 'nmod') && !NOT_PARTICIPANT.has(rel)) {
      const prep = caseOf(tokens, deps, c);
      if (prep === 'by' && (passive || noun)) out.agent.push(makeArg(deps, i, c, rel));
      else out.obliques.push({ ...makeArg(deps, i, c, rel), prep });
    }
  }
  const rel = deps[i].rel;
  const head = deps[i].head;
  if (head < 0) return out;
  if (rel === 'acl:relcl') fillRelative(tokens, deps, i, out);
  else if (rel === 'acl' || rel === 'amod') {
    // A reduced relative: "sanctions imposed by the EU" (the noun is the target), "troops fighting in X"
    // (the noun is the doer). An infinitive ("plans to strike", "the decision to withdraw") is left alone.
    if (!out.subject.length && !out.passiveSubject.length && !marksOf(tokens, deps, i).includes('to'))
      (passive ? out.passiveSubject : out.subject).push(makeArg(deps, i, head, rel + '^'));
  }
  if (out.subject.length || out.passiveSubject.length || depth >= MAX_DEPTH) return out;
  const into = passive ? out.passiveSubject : out.subject;
  if (rel === 'xcomp' || (rel === 'advcl' && isNonFinite(tokens, deps, i))) {
    const gov = collect(tokens, deps, head, depth + 1);
    const marks = marksOf(tokens, deps, i);
    const objectControl = rel === 'xcomp' ? !SUBJECT_CONTROL.has(tokens[head].lemma.toLowerCase()) : marks.some((m) => OBJECT_CONTROL_MARKS.has(m));
    const prefix = rel + '^>';
    if (objectControl && gov.object.length) inherit(into, gov.object, prefix);
    else if (objectControl && gov.iobj.length) inherit(into, gov.iobj, prefix);
    else if (gov.passiveSubject.length) inherit(into, gov.passiveSubject, prefix);
    else inherit(into, gov.subject, prefix);
  } else if (rel === 'conj' && (verbal(tokens, i) || verbal(tokens, head))) {
    const gov = collect(tokens, deps, head, depth + 1);
    inherit(into, gov.subject, 'conj^>');
    inherit(into, gov.passiveSubject, 'conj^>');
    // A shared object hangs on the first verb: "attacked and burned the village".
    if (!out.object.length) inherit(out.object, gov.object.filter((a) => a.head > i), 'conj^>');
  } else if (rel === 'conj' && tokens[i].pos === 'NOUN') {
    // "raids and arrests in Gaza by police": the nouns share their phrases.
    const gov = collect(tokens, deps, head, depth + 1);
    if (!out.obliques.length) for (const o of gov.obliques) out.obliques.push({ ...o, path: 'conj^>' + o.path });
    if (!out.agent.length) inherit(out.agent, gov.agent, 'conj^>');
    if (!out.possessor.length) inherit(out.possessor, gov.possessor, 'conj^>');
  }
  return out;
}

/** A clause without a subject of its own, or with only a gerund or infinitive marker ("after meeting", "by sending"). */
function isNonFinite(tokens: readonly Token[], deps: readonly Dep[], i: number): boolean {
  return !childrenOf(deps, i).some((c) => deps[c].rel === 'aux' && tokens[c].lemma.toLowerCase() !== 'to');
}

/** Put the noun a relative clause hangs on where its relative pronoun, or its gap, stands. */
function fillRelative(tokens: readonly Token[], deps: readonly Dep[], i: number, out: Arguments): void {
  const noun = deps[i].head;
  const path = 'acl:relcl^';
  const isRelPron = (a: Arg) => RELATIVE_PRONOUNS.has(tokens[a.head].norm);
  for (const role of [out.subject, out.passiveSubject, out.object, out.iobj] as Arg[][]) {
    const at = role.findIndex(isRelPron);
    if (at >= 0) {
      role[at] = makeArg(deps, i, noun, path);
      return;
    }
  }
  if (out.obliques.some((o) => RELATIVE_PRONOUNS.has(tokens[o.head].norm))) return; // "the town in which ..."
  if (childrenOf(deps, i).some((c) => RELATIVE_ADVERBS.has(tokens[c].norm))) return;
  if (!out.subject.length && !out.passiveSubject.length) (out.passive ? out.passiveSubject : out.subject).push(makeArg(deps, i, noun, path));
  else if (!out.object.length && !out.passive) out.object.push(makeArg(deps, i, noun, path)); // "the base the rebels attacked"
}

/** An argument and the members coordinated with it, its appositions, and the noun it is an apposition to. */
function expand(tokens: readonly Token[], deps: readonly Dep[], i: number, role: Arg[]): Arg[] {
  const out: Arg[] = [];
  const seen = new Set<number>();
  const add = (head: number, path: string, proto?: Arg) => {
    if (seen.has(head) || head === i) return;
    seen.add(head);
    out.push(proto ?? makeArg(deps, i, head, path));
  };
  for (const a of role) {
    add(a.head, a.path, a);
    const members = conjuncts(deps, a.head).filter((m) => m === a.head || !verbal(tokens, m));
    for (const m of members) {
      if (m !== a.head) add(m, a.path + '>conj');
      for (const c of childrenOf(deps, m)) if (deps[c].rel === 'appos') add(c, (m === a.head ? a.path : a.path + '>conj') + '>appos');
    }
    if (deps[a.head].rel === 'appos' && deps[a.head].head >= 0) add(deps[a.head].head, a.path + '>appos^');
  }
  return out;
}

/**
 * The arguments of predicate `i`, each with the heads of its phrases in text order of discovery:
 * own dependents first, then those inherited through control, coordination and relative clauses, each
 * expanded into its coordinated members and appositions.
 */
export function argumentsOf(tokens: readonly Token[], deps: readonly Dep[], i: number): Arguments {
  const raw = collect(tokens, deps, i, 0);
  return {
    ...raw,
    subject: expand(tokens, deps, i, raw.subject),
    passiveSubject: expand(tokens, deps, i, raw.passiveSubject),
    agent: expand(tokens, deps, i, raw.agent),
    object: expand(tokens, deps, i, raw.object),
    iobj: expand(tokens, deps, i, raw.iobj),
    possessor: expand(tokens, deps, i, raw.possessor),
    misplacedAgent: expand(tokens, deps, i, raw.misplacedAgent),
    obliques: raw.obliques.flatMap((o) => expand(tokens, deps, i, [o]).map((a) => ({ ...a, prep: o.prep }))),
  };
}

/** Who did it and to whom, voice undone: doers are subject, agent and possessor; undergoers the passive subject and object. */
export function doersAndUndergoers(a: Arguments): { doers: Arg[]; undergoers: Arg[] } {
  return { doers: [...a.subject, ...a.agent, ...a.possessor], undergoers: [...a.passiveSubject, ...a.object] };
}
