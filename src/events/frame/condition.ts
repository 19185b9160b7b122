// The consequence of a condition: the clause that an "if" or "unless" clause hangs on ("X may halt
// mediation if cooperation founders": "halt"), as opposed to the condition itself ("founders").
import type { Dep, Token } from '../../doc/types.ts';
import { childrenOf, marksOf } from '../../syntax/tree.ts';

/** Subordinators that state a condition on their main clause. */
const CONDITIONS = new Set(['if', 'unless']);

/** Has predicate `i` (or the verb it is the infinitive of: "threatened to halt ... if") a condition clause? */
export function isConditionalConsequence(tokens: readonly Token[], deps: readonly Dep[], i: number): boolean {
  for (let k = i, up = 0; k >= 0 && up < 3; k = deps[k].rel === 'xcomp' ? deps[k].head : -1, up++) {
    if (childrenOf(deps, k).some((c) => deps[c].rel === 'advcl' && marksOf(tokens, deps, c).some((m) => CONDITIONS.has(m)))) return true;
  }
  return false;
}
