// The query commands: actors, quotes, events, dyads, search. Each opens the store read-only, runs one
// Store query and prints it with `emit`.
import { existsSync } from 'node:fs';
import { isStoreUrl, openStore } from '../../store/open.ts';
import type { DyadQuery, EventQuery, QuoteQuery, Store } from '../../store/store.ts';
import { UsageError } from '../main.ts';
import { actorName, emit, num, type OutputOptions } from './output.ts';

export interface QueryOptions extends OutputOptions {
  db?: string;
  limit?: number;
  offset?: number;
}

/** `dyad events | head` closes the pipe early: that ends the command quietly, not with a stack. */
let piped = false;
function quietPipe(): void {
  if (piped) return;
  piped = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}

export async function withStore<T>(db: string | undefined, run: (s: Store) => Promise<T>): Promise<T> {
  quietPipe();
  const path = db ?? './dyad.db';
  if (!isStoreUrl(path) && !existsSync(path)) throw new UsageError(`${path}: no such store (run dyad ingest first, or give --db FILE or postgres:// URL)`);
  const store = await openStore(path, { readonly: true });
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

const pageOf = (o: QueryOptions) => ({ limit: o.limit, offset: o.offset });

export async function actorsCommand(opts: QueryOptions & { name?: string; country?: string }): Promise<number> {
  const rows = await withStore(opts.db, (s) => s.actors({ name: opts.name, country: opts.country, ...pageOf(opts) }));
  emit(rows, [['key', (r) => r.key], ['name', (r) => r.name], ['country', (r) => r.country], ['sector', (r) => r.sector], ['mentions', (r) => r.mentions],
    ['articles', (r) => r.articles], ['quotes', (r) => r.quotes], ['as source', (r) => r.asSource], ['as target', (r) => r.asTarget]], opts);
  return 0;
}

export async function quotesCommand(opts: QueryOptions & Omit<QuoteQuery, 'limit' | 'offset'>): Promise<number> {
  const q: QuoteQuery = { speaker: opts.speaker, about: opts.about, since: opts.since, until: opts.until, kind: opts.kind, ...pageOf(opts) };
  const rows = await withStore(opts.db, (s) => s.quotes(q));
  emit(rows, [['date', (r) => r.article.date], ['speaker', (r) => actorName(r.speaker) || r.speakerText], ['kind', (r) => r.kind], ['quote', (r) => r.text],
    ['about', (r) => r.about.map((a) => a.name).join('; ')], ['article', (r) => r.article.id]], opts);
  return 0;
}

export async function eventsCommand(opts: QueryOptions & Omit<EventQuery, 'limit' | 'offset'>): Promise<number> {
  const q: EventQuery = { source: opts.source, target: opts.target, actor: opts.actor, type: opts.type, quadClass: opts.quadClass, since: opts.since, until: opts.until, includeNegated: opts.includeNegated, includeHistory: opts.includeHistory, ...pageOf(opts) };
  const rows = await withStore(opts.db, (s) => s.events(q));
  emit(rows, [['id', (r) => r.id], ['date', (r) => r.date], ['dated by', (r) => (r.history ? 'history' : r.dateSource === 'expression' ? 'sentence' : 'article')], ['source', (r) => actorName(r.source) || r.sourceText], ['type', (r) => r.plover], ['cameo', (r) => r.cameo],
    ['target', (r) => actorName(r.target) || r.targetText], ['goldstein', (r) => num(r.goldstein)], ['quad', (r) => r.quadClass], ['mentions', (r) => r.numMentions],
    ['sources', (r) => r.numSources], ['evidence', (r) => r.sentence]], opts);
  return 0;
}

const QUAD = ['verbal coop', 'material coop', 'verbal conflict', 'material conflict'];

export async function dyadsCommand(opts: QueryOptions & Omit<DyadQuery, 'limit' | 'offset'>): Promise<number> {
  const q: DyadQuery = { source: opts.source, target: opts.target, actor: opts.actor, since: opts.since, until: opts.until, minCount: opts.minCount, ...pageOf(opts) };
  const rows = await withStore(opts.db, (s) => s.dyads(q));
  const arrow = (t: number | null) => (t === null ? '' : t > 0 ? `▲ ${num(t)}` : t < 0 ? `▼ ${num(t)}` : '=');
  emit(rows, [['source', (r) => actorName(r.source)], ['target', (r) => actorName(r.target)], ['events', (r) => r.count],
    ...QUAD.map((name, i): [string, (r: (typeof rows)[number]) => unknown] => [name, (r) => r.quad[i]]),
    ['mean goldstein', (r) => num(r.meanGoldstein)], ['months', (r) => r.months.map((m) => `${m.month}:${m.count}`).join(' ')], ['trend', (r) => arrow(r.trend)]], opts);
  return 0;
}

export async function searchCommand(text: string, opts: QueryOptions & { in?: 'article' | 'quote' | 'all' }): Promise<number> {
  if (!text.trim()) throw new UsageError('search needs some words');
  const tty = (opts.out ?? process.stdout) === process.stdout && process.stdout.isTTY && !opts.json && !opts.csv;
  const mark: [string, string] = tty ? ['\x1b[1;33m', '\x1b[0m'] : ['[', ']'];
  const rows = await withStore(opts.db, (s) => s.search({ text, in: opts.in, mark, ...pageOf(opts) }));
  if (tty && rows.length) {
    const out = opts.out ?? process.stdout;
    for (const r of rows) out.write(`#${r.article.id} ${r.kind}  ${r.article.date ?? ''}  ${r.article.title ?? r.article.recordId}\n  ${r.snippet.replace(/\s+/g, ' ')}\n`);
    return 0;
  }
  emit(rows, [['article', (r) => r.article.id], ['kind', (r) => r.kind], ['date', (r) => r.article.date], ['title', (r) => r.article.title], ['snippet', (r) => r.snippet]], opts);
  return 0;
}
