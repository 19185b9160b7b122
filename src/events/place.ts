// Is an actor named only as the place where something happens? "travellers stranded in Mongolia after a
// storm killed ...": Mongolia says where, not who. The
// fallbacks that look for a party by word order (when the parse found no argument holding an actor) skip
// such actors; an argument the parse does find keeps them ("shelled a village in Syria": Syria is the
// target by PLOVER's convention, through the object's phrase).
import type { Dep, Token } from '../doc/types.ts';
import { baseRel, caseOf, topOf } from '../syntax/tree.ts';
import type { ActorSpan } from './actors.ts';

/** English spatial prepositions (location, not direction or source): the UD obl/nmod uses that say where. */
const PLACE_PREPS = new Set(['in', 'at', 'near', 'inside', 'outside', 'within', 'throughout', 'across', 'around', 'beyond', 'along', 'off', 'across from', 'next to', 'close to']);
/** Relations by which a word only describes the noun above it: climb through them to the phrase's role. */
const NOUN_MODIFIER = new Set(['compound', 'amod', 'flat', 'det', 'nummod', 'appos', 'nmod:poss']);
const MAX_STEPS = 6;

export function inPlacePhrase(tokens: readonly Token[], deps: readonly Dep[], s: ActorSpan): boolean {
  let k = topOf(deps, s.t0, s.t1);
  for (let step = 0; step < MAX_STEPS && k >= 0 && deps[k]; step++) {
    const rel = deps[k].rel;
    const base = baseRel(rel);
    if ((base === 'obl' || base === 'nmod') && rel !== 'nmod:poss') {
      const prep = caseOf(tokens, deps, k);
      if (prep !== null && PLACE_PREPS.has(prep)) return true;
      if (base === 'obl') return false; // an oblique of a verb with another preposition: "to", "against", "by"
    } else if (!NOUN_MODIFIER.has(rel) && !NOUN_MODIFIER.has(base)) return false;
    k = deps[k].head;
  }
  return false;
}
