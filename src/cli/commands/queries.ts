// The query commands: actors, quotes, events, dyads, search. Each opens the store read-only, runs one
// Store query and prints it with `emit`.
import { openStore } from '../../store/open.ts';
import { SEARCH_WINDOW } from '../../store/sqlite/read-quotes.ts';
import type { DyadQuery, DyadRow, EventQuery, QuoteQuery, SearchHit, Store } from '../../store/store.ts';
import { UsageError } from '../main.ts';
import { checkStorePath } from '../store-path.ts';
import { withClaims } from './claims.ts';
import { actorName, emitAll, num, type OutputOptions } from './output.ts';
import { pages } from './pages.ts';
import { ACTOR_CSV, EVENT_CSV, QUOTE_CSV } from './tidy-csv.ts';

export interface QueryOptions extends OutputOptions {
  db?: string;
  limit?: number;
  offset?: number;
}

/** Opens the store read-only (--db, else $DYAD_DB, else ./dyad.db; checked first, see store-path.ts) for one run. */
export async function withStore<T>(db: string | undefined, run: (s: Store) => Promise<T>): Promise<T> {
  const store = await openStore(checkStorePath(db), { readonly: true });
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

/** Default rows of a list; --limit may ask for any number, read from the store a page at a time. */
export const DEFAULT_LIMIT = 50;
export const DEFAULT_SEARCH_LIMIT = 20;
/**
 * Search ranks only the newest SEARCH_WINDOW matches per kind (store/sqlite/read-quotes.ts), so hits
 * deeper than that cannot be listed: past it the command refuses instead of returning fewer rows.
 */
export const SEARCH_MAX = SEARCH_WINDOW;

/** Runs a page query as often as it takes to give `--limit` rows from `--offset`, and prints them as they come. */
function list<T>(opts: QueryOptions, fetch: (s: Store, p: { limit: number; offset: number }) => Promise<T[]>, print: (rows: AsyncIterable<T>, s: Store) => Promise<void>, def = DEFAULT_LIMIT) {
  return withStore(opts.db, (s) => print(pages((p) => fetch(s, p), opts.limit ?? def, opts.offset ?? 0), s));
}

export async function actorsCommand(opts: QueryOptions & { name?: string; country?: string }): Promise<number> {
  await list(opts, (s, p) => s.actors({ name: opts.name, country: opts.country, ...p }), (rows) => emitAll(rows, opts.csv ? ACTOR_CSV : [['key', (r) => r.key], ['name', (r) => r.name], ['country', (r) => r.country], ['sector', (r) => r.sector], ['mentions', (r) => r.mentions],
    ['articles', (r) => r.articles], ['quotes', (r) => r.quotes], ['as source', (r) => r.asSource], ['as target', (r) => r.asTarget]], opts));
  return 0;
}

export async function quotesCommand(opts: QueryOptions & Omit<QuoteQuery, 'limit' | 'offset'>): Promise<number> {
  const q: QuoteQuery = { speaker: opts.speaker, about: opts.about, since: opts.since, until: opts.until, kind: opts.kind };
  await list(opts, (s, p) => s.quotes({ ...q, ...p }), (rows) => emitAll(rows, opts.csv ? QUOTE_CSV : [['date', (r) => r.article.date], ['speaker', (r) => actorName(r.speaker) || r.speakerText], ['kind', (r) => r.kind], ['quote', (r) => r.text],
    ['about', (r) => r.about.map((a) => a.name).join('; ')], ['article', (r) => r.article.id]], opts));
  return 0;
}

export async function eventsCommand(opts: QueryOptions & Omit<EventQuery, 'limit' | 'offset'>): Promise<number> {
  const q: EventQuery = { source: opts.source, target: opts.target, actor: opts.actor, type: opts.type, quadClass: opts.quadClass, since: opts.since, until: opts.until, includeNegated: opts.includeNegated, includeHistory: opts.includeHistory };
  if (opts.csv) {
    await list(opts, (s, p) => s.events({ ...q, ...p }), (rows, s) => emitAll(withClaims(s, rows), EVENT_CSV, opts));
    return 0;
  }
  await list(opts, (s, p) => s.events({ ...q, ...p }), (rows) => emitAll(rows, [['id', (r) => r.id], ['date', (r) => r.date], ['dated by', (r) => (r.history ? 'history' : r.dateSource === 'expression' ? 'sentence' : 'article')], ['source', (r) => actorName(r.source) || r.sourceText], ['type', (r) => r.plover], ['cameo', (r) => r.cameo],
    ['target', (r) => actorName(r.target) || r.targetText], ['goldstein', (r) => num(r.goldstein)], ['quad', (r) => r.quadClass], ['mentions', (r) => r.numMentions],
    ['sources', (r) => r.numSources], ['evidence', (r) => r.sentence]], opts));
  return 0;
}

const QUAD = ['verbal coop', 'material coop', 'verbal conflict', 'material conflict'];

export async function dyadsCommand(opts: QueryOptions & Omit<DyadQuery, 'limit' | 'offset'>): Promise<number> {
  const q: DyadQuery = { source: opts.source, target: opts.target, actor: opts.actor, since: opts.since, until: opts.until, minCount: opts.minCount };
  const arrow = (t: number | null) => (t === null ? '' : t > 0 ? `▲ ${num(t)}` : t < 0 ? `▼ ${num(t)}` : '=');
  await list(opts, (s, p) => s.dyads({ ...q, ...p }), (rows) => emitAll(rows, [['source', (r) => actorName(r.source)], ['target', (r) => actorName(r.target)], ['events', (r) => r.count],
    ...QUAD.map((name, i): [string, (r: DyadRow) => unknown] => [name, (r) => r.quad[i]]),
    ['mean goldstein', (r) => num(r.meanGoldstein)], ['months', (r) => r.months.map((m) => `${m.month}:${m.count}`).join(' ')], ['trend', (r) => arrow(r.trend)]], opts));
  return 0;
}

export async function searchCommand(text: string, opts: QueryOptions & { in?: 'article' | 'quote' | 'all' }): Promise<number> {
  if (!text.trim()) throw new UsageError('search needs some words');
  const depth = (opts.offset ?? 0) + (opts.limit ?? DEFAULT_SEARCH_LIMIT);
  if (depth > SEARCH_MAX)
    throw new UsageError(`--limit: search lists the best ${SEARCH_MAX.toLocaleString('en')} hits at most (--offset plus --limit is ${depth.toLocaleString('en')}); for every quote use dyad quotes, for every article dyad export --format jsonl`);
  const tty = (opts.out ?? process.stdout) === process.stdout && process.stdout.isTTY && !opts.json && !opts.csv;
  const mark: [string, string] = tty ? ['\x1b[1;33m', '\x1b[0m'] : ['[', ']'];
  const out = opts.out ?? process.stdout;
  const hits = async (rows: AsyncIterable<SearchHit>) => {
    let n = 0;
    for await (const r of rows) n++, out.write(`#${r.article.id} ${r.kind}  ${r.article.date ?? ''}  ${r.article.title ?? r.article.recordId}\n  ${r.snippet.replace(/\s+/g, ' ')}\n`);
    if (!n) out.write('(nothing found)\n');
  };
  await list(opts, (s, p) => s.search({ text, in: opts.in, mark, ...p }), (rows) => (tty ? hits(rows) : emitAll(rows, [['article', (r) => r.article.id], ['kind', (r) => r.kind], ['date', (r) => r.article.date], ['title', (r) => r.article.title], ['snippet', (r) => r.snippet]], opts)), DEFAULT_SEARCH_LIMIT);
  return 0;
}
