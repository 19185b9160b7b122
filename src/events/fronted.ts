// The object of a passive verb stands before it, as its subject: "new sanctions were imposed on Russia",
// "the ambassador was recalled". A verb pattern names its object after the head ("impose * sanctions");
// with a parse, the passive subject (UD nsubj:pass) may fill that first word instead.
import type { Dep, Token } from '../doc/types.ts';
import { childrenOf } from '../syntax/tree.ts';

/** The head word of the passive subject of the verb at `head`, before it; -1 when there is none. */
export function frontedObject(tokens: readonly Token[], deps: readonly Dep[], head: number): number {
  for (const c of childrenOf(deps, head)) {
    if (deps[c].rel === 'nsubj:pass' && c < head && tokens[c].pos !== 'PRON') return c;
  }
  return -1;
}
