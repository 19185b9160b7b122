// A material act done to a message is the act of making or handling the message: "released two
// reports", "released the transcript of the call", "attacked the report". Coded as a release or an
// assault, such a trigger would invent a concession or a fight; CAMEO codes these uses, where it has
// a pattern for them, as statements ("release statement", 010) or by their own patterns.
import type { Dep, Token } from '../doc/types.ts';
import { childrenOf } from '../syntax/tree.ts';

/** CAMEO quad classes of material acts: 2 material cooperation, 4 material conflict. */
const MATERIAL = new Set([2, 4]);

/**
 * Whether the trigger at `head` is a material act (by its quad class) whose object, or passive
 * subject, is a message noun (its lemma's first WordNet sense is noun.communication or noun.cognition),
 * a feeling, or a body part or animal that is no weapon or person (data/verbs/message-nouns.txt).
 */
export function actsOnMessage(tokens: readonly Token[], deps: readonly Dep[], head: number, quad: number, messages: ReadonlySet<string>): boolean {
  if (!MATERIAL.has(quad) || tokens[head].pos !== 'VERB' && deps[head]?.upos !== 'VERB') return false;
  const objects = (v: number) => childrenOf(deps, v).filter((c) => deps[c].rel === 'obj' || deps[c].rel === 'nsubj:pass');
  let own = objects(head);
  // "killed and ate a rabbit": verbs joined before a shared object have it on the last of them
  if (!own.length) for (const c of childrenOf(deps, head)) if (deps[c].rel === 'conj' && deps[c].upos === 'VERB' && !own.length) own = objects(c).filter((o) => deps[o].rel === 'obj');
  return own.some((c) => deps[c].upos === 'NOUN' && messages.has(tokens[c].lemma));
}
