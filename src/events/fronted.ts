// The object of a verb can stand before it: as a passive's subject ("new sanctions were imposed on
// Russia"), or as the noun a relative clause modifies ("the sanctions that the EU imposed", "the aid
// Germany sent"). A participle that only modifies its noun ("diplomats based in Geneva") is left out:
// it names a state more often than an act. A verb pattern names its object after
// the head ("impose * sanctions"); with a parse, that fronted noun may fill the pattern's first word.
import type { Dep, Token } from '../doc/types.ts';
import { childrenOf } from '../syntax/tree.ts';

const RELATIVE = new Set(['that', 'which', 'whom']);

/** The head word of the fronted object of the verb at `head`; -1 when there is none. */
export function frontedObject(tokens: readonly Token[], deps: readonly Dep[], head: number): number {
  let hasObject = false;
  for (const c of childrenOf(deps, head)) {
    const rel = deps[c].rel;
    if (rel === 'nsubj:pass' && c < head) return tokens[c].pos === 'PRON' ? -1 : c;
    if (rel === 'obj' && !RELATIVE.has(tokens[c].norm)) hasObject = true;
  }
  const gov = deps[head]?.head ?? -1;
  if (hasObject || gov < 0 || gov > head || tokens[gov].pos !== 'NOUN') return -1;
  const rel = deps[head].rel;
  // "the sanctions (that) the EU imposed": a relative clause with no object of its own
  if (rel === 'acl:relcl') return childrenOf(deps, head).some((c) => baseSubject(deps[c].rel)) ? gov : -1;
  return -1;
}

const baseSubject = (rel: string) => rel === 'nsubj' || rel === 'nsubj:pass';
