// One predicate's frame in a call: is it a predicate, who are its arguments, how factual is it, and is
// it a claim someone makes. The coder asks this of each trigger it matched.
import type { Dep, Token } from '../../doc/types.ts';
import { argumentsOf, type Arguments } from './args.ts';
import { embeddingOf, type Embedding } from './claims.ts';
import { modeOf, type ModeOptions, type ModeResult } from './mode.ts';
import { predicateReason, type PredicateCheck } from './predicate.ts';

export interface Frame {
  predicate: PredicateCheck;
  args: Arguments;
  mode: ModeResult;
  /** The nearest word making the act a claim, or null when the article states it. */
  embedding: Embedding | null;
}

/** The frame of token `i`; read `predicate.ok` first: arguments of a non-predicate mean little. */
export function frameOf(tokens: readonly Token[], deps: readonly Dep[], i: number, opts: ModeOptions = {}): Frame {
  return { predicate: predicateReason(tokens, deps, i), args: argumentsOf(tokens, deps, i), mode: modeOf(tokens, deps, i, opts), embedding: embeddingOf(tokens, deps, i) };
}
