// Small readers over a dependency layer: children of a token, relations by base name, phrase spans.
// Pure functions; the children index is built once per `deps` array and kept in a WeakMap.
import type { Dep, Token } from '../doc/types.ts';

const childIndex = new WeakMap<readonly Dep[], number[][]>();

/** Indices of the tokens whose head is `i`, in text order. */
export function childrenOf(deps: readonly Dep[], i: number): readonly number[] {
  let index = childIndex.get(deps);
  if (!index) {
    index = deps.map(() => []);
    for (let j = 0; j < deps.length; j++) {
      const h = deps[j].head;
      if (h >= 0 && h < deps.length) index[h].push(j);
    }
    childIndex.set(deps, index);
  }
  return index[i] ?? [];
}

/** The relation without its subtype: "nsubj:pass" -> "nsubj". */
export function baseRel(rel: string): string {
  const c = rel.indexOf(':');
  return c < 0 ? rel : rel.slice(0, c);
}

/** Children of `i` whose relation is one of `rels` (exact, with subtype). */
export function childrenWith(deps: readonly Dep[], i: number, rels: ReadonlySet<string>): number[] {
  return childrenOf(deps, i).filter((j) => rels.has(deps[j].rel));
}

/** Does `i` have a child with one of `rels`? */
export function hasChild(deps: readonly Dep[], i: number, rels: ReadonlySet<string>): boolean {
  return childrenOf(deps, i).some((j) => rels.has(deps[j].rel));
}

/** Is `j` inside the subtree of `i` (or `i` itself)? */
export function dominates(deps: readonly Dep[], i: number, j: number): boolean {
  for (let k = j, steps = 0; k >= 0 && steps <= deps.length; k = deps[k].head, steps++) if (k === i) return true;
  return false;
}

/** Every token of the subtree of `i`, `i` included, skipping the subtrees of children `skip` rejects. */
export function subtree(deps: readonly Dep[], i: number, skip: (child: number) => boolean = () => false): number[] {
  const out: number[] = [];
  const seen = new Set<number>([i]);
  const stack = [i];
  while (stack.length) {
    const k = stack.pop()!;
    out.push(k);
    for (const c of childrenOf(deps, k)) if (!seen.has(c) && !skip(c)) seen.add(c), stack.push(c); // a malformed cycle ends here
  }
  return out.sort((a, b) => a - b);
}

/** The first and last token of the subtree of `i` (see `subtree` for `skip`). */
export function spanOf(deps: readonly Dep[], i: number, skip?: (child: number) => boolean): { first: number; last: number } {
  const all = subtree(deps, i, skip);
  return { first: all[0], last: all[all.length - 1] };
}

/** The first conjunct of a coordination `i` belongs to (`i` itself when it is not a `conj`). */
export function firstConjunct(deps: readonly Dep[], i: number): number {
  let k = i;
  for (let steps = 0; deps[k].rel === 'conj' && deps[k].head >= 0 && steps < 50; steps++) k = deps[k].head;
  return k;
}

/** `i` and every token coordinated with it by `conj`, below it ("Russia and China" from "Russia"). */
export function conjuncts(deps: readonly Dep[], i: number): number[] {
  const out = [i];
  for (let n = 0; n < out.length && n < 50; n++) for (const c of childrenOf(deps, out[n])) if (deps[c].rel === 'conj') out.push(c);
  return out;
}

/**
 * The preposition of an oblique or nominal modifier: its `case` child (its lower-case form: prepositions do not inflect, and a lemmatiser may read "according" as "accord"), with that child's
 * `fixed` words ("because of", "on behalf of"), or null.
 */
export function caseOf(tokens: readonly Token[], deps: readonly Dep[], i: number): string | null {
  const c = childrenOf(deps, i).find((j) => deps[j].rel === 'case');
  if (c === undefined) return null;
  const words = [c, ...childrenOf(deps, c).filter((j) => deps[j].rel === 'fixed')].sort((a, b) => a - b);
  return words.map((j) => tokens[j].norm).join(' ');
}

/** The lower-case forms of the `mark` children of `i` (with their `fixed` words), lower case. */
export function marksOf(tokens: readonly Token[], deps: readonly Dep[], i: number): string[] {
  return childrenOf(deps, i)
    .filter((j) => deps[j].rel === 'mark')
    .map((m) => [m, ...childrenOf(deps, m).filter((j) => deps[j].rel === 'fixed')].sort((a, b) => a - b).map((j) => tokens[j].norm).join(' '));
}

/**
 * Is the predicate passive: a passive subject or auxiliary, or a `by` agent? A `by` agent on a verb that
 * has an active subject or an object of its own is a parse error, not a passive: "X condemned the
 * launch by Y" is active, whatever the `by` phrase hangs on.
 */
export function isPassive(tokens: readonly Token[], deps: readonly Dep[], i: number): boolean {
  let agent = false;
  for (const c of childrenOf(deps, i)) {
    const r = deps[c].rel;
    if (r === 'nsubj:pass' || r === 'csubj:pass' || r === 'aux:pass') return true;
    if (r === 'obl:agent') agent = true;
  }
  return agent && !hasActiveCore(deps, i);
}

/** Has `i` an active subject (nsubj, csubj) or a direct object? */
export function hasActiveCore(deps: readonly Dep[], i: number): boolean {
  return childrenOf(deps, i).some((c) => deps[c].rel === 'nsubj' || deps[c].rel === 'csubj' || deps[c].rel === 'obj');
}

/** The token of tokens [t0, t1) whose head lies outside them: the head of a span (t0 if none does). */
export function topOf(deps: readonly Dep[], t0: number, t1: number): number {
  for (let j = t0; j < t1; j++) {
    const h = deps[j]?.head ?? -1;
    if (h < t0 || h >= t1) return j;
  }
  return t0;
}
