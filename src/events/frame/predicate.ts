// Is a trigger word a predicate, an act someone does, or only a word that modifies a noun? The parse
// decides, not the tag: a clause head passes whatever wink tagged it, an eventive noun passes when it has
// arguments of its own ("the attack on the base", "its sanctions against Iran").
import { SUPPORT_VERBS } from './words.ts';
import { MONTHS, WEEKDAYS } from '../../time/expressions.ts';
import type { Dep, Token } from '../../doc/types.ts';
import { baseRel, childrenOf, firstConjunct } from '../../syntax/tree.ts';

export type PredicateReason =
  | 'clause' // a verb (or any word) heading a clause: root, ccomp, xcomp, advcl, acl:relcl, parataxis, ...
  | 'acl' // a reduced relative or infinitive on a noun with arguments of its own ("sanctions imposed by the EU")
  | 'conj' // a conjunct of a predicate ("attacked the town and killed ...")
  | 'eventive-noun'
  | 'support-verb' // a noun with arguments: nmod with a preposition, or a possessor
  | 'modifier' // amod, compound, or an acl with no arguments: it describes a noun
  | 'no-arguments' // a noun with nothing attached that says who or to whom
  | 'other'; // any other word (adverb, preposition, a noun in a role that is not a clause)

export interface PredicateCheck {
  ok: boolean;
  reason: PredicateReason;
}

/** Relations that make their dependent the head of a clause. */
const CLAUSE_RELS = new Set(['root', 'ccomp', 'xcomp', 'advcl', 'acl:relcl', 'parataxis', 'csubj', 'csubj:pass']);
/** Relations by which a word only describes the noun it hangs on. */
const MODIFIER_RELS = new Set(['amod', 'compound', 'nummod', 'det', 'flat', 'fixed']);
/** Children that show a word heads a clause of its own: a subject, an auxiliary or copula, a clausal marker. */
const CLAUSAL_CHILD = new Set(['nsubj', 'csubj', 'aux', 'cop', 'expl']);
/** Children of a verb that are its arguments or adjuncts (for an `acl` to count as a predicate). */
const VERB_ARGUMENT = new Set(['nsubj', 'obj', 'iobj', 'obl', 'ccomp', 'xcomp', 'csubj', 'expl', 'mark']);
/** Children of a noun that are its arguments. */
const NOUN_ARGUMENT = new Set(['nmod']);

function isVerbal(tokens: readonly Token[], i: number): boolean {
  return tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX';
}

/** Has `i` a child showing it heads a clause (subject, aux, cop)? */
function headsClause(deps: readonly Dep[], i: number): boolean {
  return childrenOf(deps, i).some((c) => CLAUSAL_CHILD.has(baseRel(deps[c].rel)));
}

/** Has the noun `i` arguments of its own: an nmod (any subtype, possessor included)? */
function nounArguments(deps: readonly Dep[], i: number): boolean {
  return childrenOf(deps, i).some((c) => NOUN_ARGUMENT.has(baseRel(deps[c].rel)) && deps[c].rel !== 'nmod:tmod');
}

function verbArguments(deps: readonly Dep[], i: number): boolean {
  return childrenOf(deps, i).some((c) => VERB_ARGUMENT.has(baseRel(deps[c].rel)));
}

/** Why token `i` is, or is not, a predicate. */
export function predicateReason(tokens: readonly Token[], deps: readonly Dep[], i: number, depth = 0): PredicateCheck {
  const rel = deps[i].rel;
  const base = baseRel(rel);
  const verbal = isVerbal(tokens, i);
  const noun = tokens[i].pos === 'NOUN';
  if (MODIFIER_RELS.has(base)) return { ok: false, reason: 'modifier' };
  // Trust the relation for verbs and for any word with a subject, auxiliary or copula of its own; a bare
  // noun at the root ("Attack on base" as a headline) is judged as a noun, below.
  if ((CLAUSE_RELS.has(rel) || CLAUSE_RELS.has(base)) && (verbal || headsClause(deps, i))) return { ok: true, reason: 'clause' };
  if (base === 'acl') {
    if (verbArguments(deps, i) || headsClause(deps, i)) return { ok: true, reason: 'acl' };
    return { ok: false, reason: 'modifier' };
  }
  if (base === 'conj') {
    if (verbal && (headsClause(deps, i) || verbArguments(deps, i))) return { ok: true, reason: 'clause' };
    const first = firstConjunct(deps, i);
    if (first !== i && depth < 8) {
      const head = predicateReason(tokens, deps, first, depth + 1);
      // "attacks and raids on X": the nouns share the arguments; "attacked and killed": the verbs share them.
      const sameKind = verbal === isVerbal(tokens, first) || (noun && tokens[first].pos === 'NOUN');
      if (head.ok && sameKind) return { ok: true, reason: 'conj' };
    }
  }
  if (noun && nounArguments(deps, i)) return { ok: true, reason: 'eventive-noun' };
  // a support-verb construction: the noun is the object of the verb that carries its doer ("staged
  // demonstrations", "launched an attack", "continued their hunger strike")
  if (noun && (rel === 'obj' || rel === 'nsubj:pass') && deps[i].head >= 0 && isVerbal(tokens, deps[i].head) && SUPPORT_VERBS.has(tokens[deps[i].head].lemma)) return { ok: true, reason: 'support-verb' };
  if (noun) return { ok: false, reason: 'no-arguments' };
  if (verbal && verbArguments(deps, i)) return { ok: true, reason: 'clause' };
  // an adjective that is the predicate of its clause, with a complement of its own: "remains open to
  // talks", "is ready to sign" (UD makes the adjective the head of a copular or xcomp clause)
  if (tokens[i].pos === 'ADJ' && (CLAUSE_RELS.has(rel) || CLAUSE_RELS.has(base)) && verbArguments(deps, i)) return { ok: true, reason: 'clause' };
  return { ok: false, reason: 'other' };
}

/** Is token `i` a predicate: a clause head, or an eventive noun with arguments of its own? */
export function isPredicate(tokens: readonly Token[], deps: readonly Dep[], i: number): boolean {
  return predicateReason(tokens, deps, i).ok;
}

/** Calendar words: "on Monday", "by March" say when, not who. */
const TIME_WORDS = new Set([...MONTHS, ...WEEKDAYS, 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'morning',
  'afternoon', 'evening', 'night', 'weekend', 'today', 'tomorrow', 'yesterday']);
/** Relations by which a noun is a clause's own argument. */
const ARGUMENT_RELS = new Set(['nsubj', 'nsubj:pass', 'obj', 'iobj']);
/** Prepositions that put a party to an act on its noun: "riots against", "attack on", "a call with", "visit to", "demands by". */
const PARTY_PREPS = new Set(['against', 'on', 'upon', 'by', 'with', 'between', 'to', 'toward', 'towards']);

/**
 * Does the noun `i` name an act with a party of its own: a phrase whose preposition names a party
 * ("riots against the government", "a call with Zelensky"), or is it the object of a support verb that
 * carries its doer ("staged riots")? Stricter than an eventive noun's arguments, for nouns that code only
 * through their verb's patterns: a possessor alone is not enough ("the group's finances").
 */
export function hasPartyArgument(tokens: readonly Token[], deps: readonly Dep[], i: number): boolean {
  if (predicateReason(tokens, deps, i).reason === 'support-verb') return true;
  // the act is told when the noun is a clause's own argument ("riots against X continue", "condemned the
  // raids on Y"), not when it sits in a modifier ("atrocities during the fight against Z": background)
  const h = deps[i].head;
  if (!(deps[i].rel === 'root' || (ARGUMENT_RELS.has(deps[i].rel) && h >= 0 && isVerbal(tokens, h)))) return false;
  return childrenOf(deps, i).some((c) => {
    const rel = deps[c].rel;
    if (baseRel(rel) !== 'nmod' || rel === 'nmod:tmod') return false;
    const k = childrenOf(deps, c).find((j) => deps[j].rel === 'case');
    return k !== undefined && PARTY_PREPS.has(tokens[k].norm) && !TIME_WORDS.has(tokens[c].norm) && tokens[c].pos !== 'NUM';
  });
}
