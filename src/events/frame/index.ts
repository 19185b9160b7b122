// Parse-based building blocks of the event coder: pure functions of (tokens, deps, index).
export { frameOf, type Frame } from './frame.ts';
export { hasPartyArgument, isPredicate, predicateReason, type PredicateCheck, type PredicateReason } from './predicate.ts';
export { argumentsOf, doersAndUndergoers, type Arg, type Arguments, type Oblique } from './args.ts';
export { modeOf, type Mode, type ModeOptions, type ModeResult } from './mode.ts';
export { embeddingOf, type Embedding, type EmbeddingKind } from './claims.ts';
