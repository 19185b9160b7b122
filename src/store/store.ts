// The Store: where analysed articles go and where every query reads from. All methods are async so
// that a PostgreSQL backend can implement the same interface; `store.case.test.ts` runs against every
// backend. SQLite (better-sqlite3) is the default: see sqlite/sqlite-store.ts; open one with
// `openStore(path)` from store/open.ts.
import type { ContractOutput } from '../doc/contract.ts';

/**
 * Pagination for every list query. Defaults: limit 50, offset 0. One call returns at most MAX_PAGE
 * rows whatever the limit; a caller that wants more asks again with a larger offset (the CLI does).
 */
export const MAX_PAGE = 10_000;

export interface Page {
  limit?: number;
  offset?: number;
}

/** One analysed article, ready to be written. Built by ingest (see ingest/prepare.ts). */
export interface ArticleInput {
  /** The analysis contract object (its `id` is the record id). */
  contract: ContractOutput;
  /** The text the contract's offsets point into (Doc.text: the input as given for text, article text for HTML). */
  text: string;
  /** The outlet the article came from (host name, feed title, or folder), for NumSources. */
  source: string | null;
  /** The URL as given, and the canonical form used as the identity key. */
  url: string | null;
  canonicalUrl: string | null;
  /** sha256 hex of the raw input (text or html) as read. */
  contentHash: string;
  /** MinHash signature of the cleaned body text, for near-duplicate (syndicated copy) detection. */
  minhash: number[];
  /** Where the record came from (file path, feed:item), for messages. */
  origin: string | null;
  /** Layer -> "stage@version" (Doc.provenance), plus data versions when stages record them. */
  provenance: Record<string, string>;
}

export interface WriteResult {
  /** Articles written as new stories. */
  added: number;
  /** Articles written as syndicated copies of a story already stored (their events merged). */
  merged: number;
  /** Articles skipped because the same URL (or, without a URL, the same content) is already stored. */
  skipped: number;
  /** New events, and mentions added to existing events by syndicated copies. */
  events: number;
  mentions: number;
}

/** An actor as queries return it. `key` is the dictionary id, or a derived key for unknown actors. */
export interface ActorSummary {
  key: string;
  name: string;
  country: string | null;
  sector: string | null;
}

export interface ActorRow extends ActorSummary {
  /** Entity mentions across all articles. */
  mentions: number;
  articles: number;
  quotes: number;
  /** Events with this actor as source, and as target. */
  asSource: number;
  asTarget: number;
}

/** How a list may be ordered; the first is each list's default. The SQL for each is in store/sorts.ts. */
export const ACTOR_SORTS = ['mentions', 'events', 'quotes', 'articles', 'name'] as const;
export const ARTICLE_SORTS = ['newest', 'oldest', 'title', 'outlet'] as const;
export const EVENT_SORTS = ['newest', 'oldest', 'mentions', 'conflict', 'cooperation'] as const;

export interface ActorQuery extends Page {
  /** Substring of the name or key, or an exact country code. */
  name?: string;
  country?: string;
  sector?: string;
  /** Most mentioned first (default), most events, most quotes, most articles, or by name. */
  sort?: (typeof ACTOR_SORTS)[number];
}

export interface ArticleRow {
  id: number;
  recordId: string;
  source: string | null;
  url: string | null;
  date: string | null;
  title: string | null;
  /** The article id this one is a syndicated copy of, or null. */
  copyOf: number | null;
  /** Where `date` came from: record, feed, metadata, url, dateline or ingest. */
  dateSource: string | null;
  /** When the article was written to the store (ISO time, UTC): GDELT's DATEADDED of its events. */
  storedAt: string | null;
}

export interface ArticleQuery extends Page {
  since?: string;
  until?: string;
  source?: string;
  /** Newest first (default), oldest first, by title, or by outlet. */
  sort?: (typeof ARTICLE_SORTS)[number];
}

export interface QuoteRow {
  id: number;
  article: ArticleRow;
  kind: string;
  text: string;
  start: number;
  end: number;
  speakerText: string | null;
  speaker: ActorSummary | null;
  cue: string | null;
  /** Actors named inside the quote. */
  about: ActorSummary[];
}

/** Quotes of syndicated copies are left out unless `articleId` asks for that article. */
export interface QuoteQuery extends Page {
  /** Actor key, name substring, or country code of the speaker. */
  speaker?: string;
  /** Actor key, name substring or country code named in the quote, or a word of its text. */
  about?: string;
  since?: string;
  until?: string;
  kind?: string;
  articleId?: number;
}

export interface EventRow {
  id: number;
  /** The first article that reported the event. */
  article: ArticleRow;
  /** The event's own date: from a time expression in its sentence, else the article's. */
  date: string | null;
  /** 'expression' or 'article'. */
  dateSource: string | null;
  /** History told in passing (dated well before its article): left out of lists and dyads by default. */
  history: boolean;
  /** How the article told it: asserted, negated, future, conditional, wished, history, claimed (null in rows written before it was kept). */
  factuality: string | null;
  plover: string;
  cameo: string | null;
  mode: string | null;
  context: string | null;
  goldstein: number | null;
  quadClass: number | null;
  negated: boolean;
  source: ActorSummary | null;
  target: ActorSummary | null;
  sourceText: string | null;
  targetText: string | null;
  trigger: string | null;
  /** The sentence that reports the event: the evidence. */
  sentence: string | null;
  /** GDELT-style counts: mentions across articles, distinct outlets, distinct articles. */
  numMentions: number;
  numSources: number;
  numArticles: number;
}

export interface EventQuery extends Page {
  /** Source / target: a country code (RUS), an actor key (vladimir-putin), or a name substring. */
  source?: string;
  target?: string;
  /** Either side of the event. */
  actor?: string;
  /** PLOVER type (SUPPORT) or a CAMEO code prefix (05). */
  type?: string;
  quadClass?: number;
  since?: string;
  until?: string;
  articleId?: number;
  /** Negated events are left out unless asked for. */
  includeNegated?: boolean;
  /** History told in passing is left out unless asked for (or `articleId` lists one article's events). */
  includeHistory?: boolean;
  /** Take source, target and actor as exact actor keys, never as country codes or name parts ("RUS" the actor, not every Russian actor). */
  exactKeys?: boolean;
  /** Either side of this country (ISO alpha-3), or of this sector (GOV, MIL ...). */
  country?: string;
  sector?: string;
  /** Reported by this outlet (an article's source), in its first article or a copy. */
  outlet?: string;
  /** Told this way (asserted, negated, claimed ...; see graph-events.ts): replaces includeNegated and includeHistory. */
  factuality?: string;
  /** Newest first (default), oldest first, most mentioned, lowest Goldstein, or highest. */
  sort?: (typeof EVENT_SORTS)[number];
}

export interface DyadMonth {
  month: string; // YYYY-MM
  count: number;
  /** Events by quad class 1..4 in the month. */
  quad: [number, number, number, number];
  meanGoldstein: number | null;
}

export interface DyadRow {
  source: ActorSummary;
  target: ActorSummary;
  count: number;
  /** Counts by quad class 1..4 (verbal coop, material coop, verbal conflict, material conflict). */
  quad: [number, number, number, number];
  meanGoldstein: number | null;
  months: DyadMonth[];
  /** Mean Goldstein of the latest month minus that of the month before it, or null. */
  trend: number | null;
}

export interface DyadQuery extends Page {
  source?: string;
  target?: string;
  actor?: string;
  since?: string; // ISO day; months are compared on YYYY-MM
  until?: string;
  minCount?: number;
  /** How many of the latest months each pair lists (default 24). */
  months?: number;
  /** Take source, target and actor as exact actor keys, never as country codes or name parts. */
  exactKeys?: boolean;
}

export interface SearchHit {
  kind: 'article' | 'quote';
  article: ArticleRow;
  quoteId: number | null;
  /** A snippet with matches wrapped in [ and ] (see `mark`). */
  snippet: string;
  rank: number;
}

/**
 * Syndicated copies are left out of search hits: the story is found once, through its first article.
 * SQLite ranks the newest 1,000 matches of article text and of quotes (read-quotes.ts, SEARCH_WINDOW), so
 * no query scores the whole store; hits deeper than that are not listed.
 */
export interface SearchQuery extends Page {
  text: string;
  /** Search article text, quotes, or both (default). */
  in?: 'article' | 'quote' | 'all';
  /** Marks around a match in the snippet; default ['[', ']']. */
  mark?: [string, string];
}

export interface ArticleDetail extends ArticleRow {
  canonicalUrl: string | null;
  contentHash: string;
  origin: string | null;
  provenance: Record<string, string>;
  /** Other articles that are syndicated copies of this story (including the original when this is a copy). */
  copies: ArticleRow[];
  /** The stored analysis: text, sections, entities, quotes, events (contract shape). */
  contract: ContractOutput;
  /** The text the contract's offsets point into: the input as given for text articles, article.text for HTML. */
  docText: string;
  /** Event ids in the store for this article's events, in contract order (null if not stored). */
  eventIds: (number | null)[];
}

export interface ActorDetail {
  actor: ActorRow;
  quotesBy: QuoteRow[];
  quotesAbout: QuoteRow[];
  eventsAsSource: EventRow[];
  eventsAsTarget: EventRow[];
}

export interface GraphQuery {
  since?: string;
  until?: string;
  quadClass?: number;
  /** Keep edges touching an actor of this country. */
  country?: string;
  /** Leave out edges with fewer events than this (default 1). */
  minWeight?: number;
  /** At most this many edges, heaviest first (default 500). */
  limit?: number;
  /** Keep edges touching this actor (an exact key): its one-step neighbourhood. */
  actor?: string;
  /** Keep edges touching an actor of this sector (GOV, MIL, ...). */
  sector?: string;
  /** 'country' rolls actors up into their states: nodes are country codes, edges the pairs between two states. */
  by?: 'actor' | 'country';
  /** Only events of this PLOVER type (ACCUSE) or CAMEO code prefix (11). */
  type?: string;
  /** Only events told this way (asserted, the default; negated, claimed, future ...). */
  factuality?: string;
  /** Only events reported by this outlet (an article's source: host name, feed title or folder). */
  outlet?: string;
}

export interface GraphNode extends ActorSummary {
  /** Events the actor takes part in within the graph's edges. */
  weight: number;
  /** Entity mentions of the actor across all articles (the actor's overall prominence). */
  mentions: number;
}

export interface GraphEdge {
  source: string; // actor key
  target: string;
  weight: number;
  quad: [number, number, number, number];
  /** The quad class with the most events. */
  quadClass: number;
  meanGoldstein: number | null;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Every pair and event the filters match, before the limit: what the edges are a part of. */
  total: { pairs: number; events: number };
}

export interface StoreStats {
  articles: number;
  copies: number;
  actors: number;
  quotes: number;
  events: number;
  mentions: number;
  /** Schema version (last migration applied). */
  schema: number;
  /** "layer: stage and data versions" -> article count ("quotes: quotes@1 cues@2026.1": 120). */
  versions: Record<string, number>;
}

/** What `dyad watch` keeps of one source between rounds and restarts. Times are ISO instants. */
export interface SourceState {
  /** The URL or path as the watch list gives it. */
  source: string;
  firstFetch: string | null;
  /** The last attempt, and the last that succeeded (a 304 succeeds). */
  lastFetch: string | null;
  lastOk: string | null;
  /** The last round that stored something new. */
  lastNew: string | null;
  /** What the last attempt found, in a few words ('200: 3 new of 20', '304 not modified', 'HTTP 503'). */
  lastStatus: string | null;
  /** Validators of the last full answer, sent back for a conditional GET. */
  etag: string | null;
  lastModified: string | null;
  /** Records read and records stored as new articles or copies, over all rounds. */
  itemsSeen: number;
  itemsAdded: number;
  /** Failed attempts over all rounds, and in a row now (sets the backoff). */
  errors: number;
  failures: number;
  lastError: string | null;
  /** Not tried again before this (backoff after failures; the interval after a success). */
  nextDue: string | null;
}

export const SOURCE_COLS = `source, first_fetch AS "firstFetch", last_fetch AS "lastFetch", last_ok AS "lastOk", last_new AS "lastNew",
  last_status AS "lastStatus", etag, last_modified AS "lastModified", items_seen AS "itemsSeen", items_added AS "itemsAdded",
  errors, failures, last_error AS "lastError", next_due AS "nextDue"`;

/** One upsert for both backends (SQLite and PostgreSQL share ON CONFLICT ... DO UPDATE); numbered parameters in SOURCE_FIELDS order. */
export const SOURCE_FIELDS = ['source', 'firstFetch', 'lastFetch', 'lastOk', 'lastNew', 'lastStatus', 'etag', 'lastModified', 'itemsSeen', 'itemsAdded', 'errors', 'failures', 'lastError', 'nextDue'] as const;
const COLUMNS = ['source', 'first_fetch', 'last_fetch', 'last_ok', 'last_new', 'last_status', 'etag', 'last_modified', 'items_seen', 'items_added', 'errors', 'failures', 'last_error', 'next_due'];
export const SOURCE_UPSERT = `INSERT INTO watch_sources (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})
  ON CONFLICT (source) DO UPDATE SET ${COLUMNS.slice(1).map((c) => `${c} = excluded.${c}`).join(', ')}`;

export interface Store {
  /** Identity keys already stored: true when the URL (or, without one, the content hash) is known. */
  has(key: { canonicalUrl: string | null; contentHash: string }): Promise<boolean>;
  /** Writes a batch in one transaction: a crash leaves either all of it or none. */
  write(batch: ArticleInput[]): Promise<WriteResult>;

  stats(): Promise<StoreStats>;
  articles(q?: ArticleQuery): Promise<ArticleRow[]>;
  article(id: number): Promise<ArticleDetail | null>;
  actors(q?: ActorQuery): Promise<ActorRow[]>;
  /** One actor by key (or by exact name), with quotes by and about it and events on each side. */
  actor(key: string, page?: Page): Promise<ActorDetail | null>;
  quotes(q?: QuoteQuery): Promise<QuoteRow[]>;
  events(q?: EventQuery): Promise<EventRow[]>;
  dyads(q?: DyadQuery): Promise<DyadRow[]>;
  search(q: SearchQuery): Promise<SearchHit[]>;
  graph(q?: GraphQuery): Promise<Graph>;
  /** Asserted events between two actors per month (what the network counts), oldest first: the web page's time slider. */
  months(): Promise<{ month: string; count: number }[]>;
  /** Every stored article's contract object, in id order, for exports. */
  contracts(): AsyncIterable<{ article: ArticleRow; contract: ContractOutput }>;
  /** Every non-negated event (every event with `includeNegated`: negated and not asserted too), in id order, for exports. */
  allEvents(opts?: { includeNegated?: boolean }): AsyncIterable<EventRow>;
  /** Every watched source's state, by name. */
  sources(): Promise<SourceState[]>;
  /** Writes one source's state (replacing what was kept). */
  saveSource(state: SourceState): Promise<void>;
  close(): Promise<void>;
}
