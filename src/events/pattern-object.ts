// Whether a verb pattern names the object of its verb. "190 @attack * on|against +" names only the
// preposition that leads to the target, so the verb's own object still decides what kind of act it
// is ("attacked each other's policies on trade" is done to policies); "111 attack &proposal" or
// "064 release documents" name it, and their code stands.
import type { Pattern } from './patterns.ts';

/**
 * Prepositions: the lemmas UD English-EWT train tags ADP 50 times or more
 * (../shared/corpora/ud-english-ewt, CC BY-SA 4.0; counted once, this list is the count's result).
 */
const PREPOSITIONS = new Set('of in to for on with at from by as out up about into than like after over through off between under against during around down before within'.split(' '));

export function namesObject(p: Pattern): boolean {
  return p.elems.some((e) => e.alts.some((alt) => alt.some((w) => !PREPOSITIONS.has(w))));
}
