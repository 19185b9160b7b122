// The analysis a script gets back, typed: the contract object (docs/contract.md), whose events are
// the coder's events with the words of their sides, trigger and date phrase.
import type { ContractEvent, ContractOutput } from '../doc/contract.ts';

/** One event: type, CAMEO code, sides, trigger, sentence, factuality, evidence, date. */
export type AnalysisEvent = ContractEvent;

/** One side of an event: the words in the text and the actor they name (actorId null when no dictionary knows it). */
export type EventSide = ContractEvent['source'][number];

export type Analysis = ContractOutput;
