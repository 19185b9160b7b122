// dyad's public surface for scripts: build an analyzer, open a store, and the types they give.
// Everything else is internal and may change without notice.
export { createAnalyzer, type Analyzer, type AnalyzerInput, type AnalyzerOptions, type WriteReport } from './library/analyzer.ts';
export type { Analysis, AnalysisEvent, EventSide } from './library/types.ts';
export { openStore, type OpenOptions } from './store/open.ts';
export { DyadError, isDyadError, type ErrorCode } from './doc/errors.ts';
export type { RawRecord } from './doc/record.ts';
export type { ActorRef, Span } from './doc/types.ts';
export type {
  ActorDetail, ActorQuery, ActorRow, ActorSummary, ArticleDetail, ArticleRow, DyadQuery, DyadRow, EventQuery, EventRow,
  Graph, GraphQuery, Page, QuoteQuery, QuoteRow, SearchHit, SearchQuery, Store, StoreStats, WriteResult,
} from './store/store.ts';
