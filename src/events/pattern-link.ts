// Does a pattern word belong to its trigger's phrase? A verb pattern names words that go with its head
// ("boost * prospects", "return * to"): in the parse they are the head's dependents, or dependents of its
// dependents, reached without entering another clause. "the soul we had expected to welcome into our
// family took a shortcut to ..." does not make "welcome ... to" one act: "to" hangs on "took".
import type { Dep } from '../doc/types.ts';
import { baseRel, childrenOf } from '../syntax/tree.ts';

/**
 * Relations that open a clause or a list of their own below the head: a word reached through one of
 * them is part of another predication (UD v2: clausal dependents, coordination, apposition, loose joins).
 */
const OTHER_CLAUSE = new Set(['acl', 'advcl', 'ccomp', 'csubj', 'parataxis', 'conj', 'appos', 'list', 'dep', 'reparandum', 'vocative', 'dislocated', 'orphan']);
/** A clause with no subject of its own ("call for fighting", "efforts to expel") stays in the phrase. */
const NON_FINITE_OK = new Set(['acl', 'advcl']);
const hasSubject = (deps: readonly Dep[], k: number) => childrenOf(deps, k).some((c) => { const r = baseRel(deps[c].rel); return r === 'nsubj' || r === 'csubj' || r === 'expl'; });
/** At most this many arcs from the head to a pattern word ("returned the territory to China": 2). */
const MAX_ARCS = 4;

/**
 * Is some word of tokens [a, b) linked to the head (tokens [h0, h1): the head word and its particles)?
 * Linked: the word climbs to a head word in at most MAX_ARCS arcs, none of them opening another clause
 * unless the pattern names the clause's head word itself ("call for fighting": "fighting" heads an
 * adverbial clause, and the pattern names it; "plans to fly in 2022 to look for": "look" is not named, so
 * its "to" is not the pattern's). A multi-word element is linked through any one of its words. xcomp is
 * no other clause here: "agreed to cooperate", "decided to expel" are one act.
 */
export function linksTo(deps: readonly Dep[], h0: number, h1: number, a: number, b: number, named: readonly (readonly [number, number])[] = []): boolean {
  for (let j = a; j < b; j++) {
    let k = j;
    for (let arcs = 0; arcs <= MAX_ARCS && k >= 0; arcs++) {
      if (k >= h0 && k < h1) return true;
      const d = deps[k];
      if (!d || (OTHER_CLAUSE.has(baseRel(d.rel)) && !(NON_FINITE_OK.has(baseRel(d.rel)) && isNamed(named, k) && !hasSubject(deps, k)))) break;
      // a word inside a proper name is the name's, not the pattern's: the "for" of "heads the Alliance
      // for American Manufacturing" is no "head for"
      if (baseRel(d.rel) === 'nmod' && d.upos === 'PROPN' && deps[d.head]?.upos === 'PROPN') break;
      k = d.head;
    }
  }
  return false;
}

function isNamed(named: readonly (readonly [number, number])[], k: number): boolean {
  for (const [x, y] of named) if (k >= x && k < y) return true;
  return false;
}

/** Is the preposition `prep` the case marker of a word in tokens [a, b) (its object)? */
export function objectOf(deps: readonly Dep[], prep: number, a: number, b: number): boolean {
  const h = deps[prep].head;
  return h >= a && h < b;
}
