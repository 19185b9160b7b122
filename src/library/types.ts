// The analysis a script gets back, typed: the contract object (docs/contract.md) with its events
// spelled out, where the store's contract type leaves them open.
import type { ContractOutput } from '../doc/contract.ts';
import type { Span } from '../doc/types.ts';

/** One side of an event: the words in the text and the actor they name. */
export interface EventSide extends Span {
  text: string;
  country: string | null;
  sector: string | null;
  /** The dictionary id of the actor, or null for an actor no dictionary knows. */
  actorId: string | null;
}

export interface AnalysisEvent {
  /** One of the 16 PLOVER types (SUPPORT, ACCUSE, ASSAULT, ...). */
  plover: string;
  mode: string | null;
  context: string | null;
  /** The CAMEO code as text ("051": keep it a string), or null. */
  cameo: string | null;
  goldstein: number | null;
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quadClass: number | null;
  source: EventSide[];
  target: EventSide[];
  trigger: (Span & { text: string }) | null;
  sentence: Span;
  /** True for an event the article denies or does not assert (intended, wished, conditional...). */
  negated: boolean;
  /** How the article tells it: asserted, negated, future, conditional, wished, history, claimed. */
  factuality?: string;
  /** The index in `quotes` of the quote the event is told in, or null. */
  quoteIndex: number | null;
  /** The event's own day, when its sentence dates it. */
  date?: string;
  dateSource?: string;
  history?: boolean;
}

export type Analysis = Omit<ContractOutput, 'events'> & { events: AnalysisEvent[] };
