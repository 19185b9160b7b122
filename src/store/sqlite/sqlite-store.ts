// The SQLite backend: one file, WAL journal, migrations applied on open. A write is one transaction,
// so a process killed at any moment leaves the file as it was after the last finished batch.
import Database from 'better-sqlite3';
import type { ContractOutput } from '../../doc/contract.ts';
import { SOURCE_COLS, SOURCE_FIELDS, SOURCE_UPSERT, type ArticleDetail, type ArticleQuery, type ArticleRow, type Page, type SourceState, type Store, type StoreStats } from '../store.ts';
import { ARTICLE_COLS, page, toArticle } from './filters.ts';
import { loadMigrations, migrate } from './migrate.ts';
import { iterateEvents, queryDyads, queryEvents, queryGraph } from './read-events.ts';
import { findActor, queryActors, queryQuotes, search } from './read-quotes.ts';
import { createWriter } from './write.ts';
import { ARTICLE_ORDER, MONTHS_SQL } from '../list-order.ts';

export function openSqliteStore(path: string, opts: { readonly?: boolean; copyWindowDays?: number } = {}): Store {
  if (opts.readonly) upgrade(path);
  const db = new Database(path, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  // the busy timeout first: switching to WAL and setting up the schema must wait for another process
  // that holds the file (a second ingest, a serve reading), not fail at once with "database is locked"
  db.pragma('busy_timeout = 5000');
  if (!opts.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('foreign_keys = ON');
  db.pragma('cache_size = -65536');
  const schema = opts.readonly ? currentVersion(db) : migrate(db);
  const writer = opts.readonly ? null : createWriter(db, { copyWindowDays: opts.copyWindowDays });

  const articleRow = db.prepare(`SELECT ${ARTICLE_COLS}, a.canonical_url AS canonicalUrl, a.content_hash AS contentHash, a.origin,
    a.provenance, a.body, a.doc_text AS docText, a.contract FROM articles a WHERE a.id = ?`);
  // The story's first article and its other copies, each through its own index: SQLite answers
  // `a.id = ? OR a.copy_of = ?` with a scan of every article, which made a CSV export of 10,000
  // articles (one look-up per article for its claims) take minutes once the store was analysed.
  const copiesOf = db.prepare(`SELECT ${ARTICLE_COLS} FROM articles a WHERE a.id = @root AND a.id != @self
    UNION ALL SELECT ${ARTICLE_COLS} FROM articles a WHERE a.copy_of = @root AND a.id != @self ORDER BY aId`);
  const toContract = (r: Record<string, any>): ContractOutput => {
    const c = JSON.parse(r.contract);
    return { ...c, article: { ...c.article, text: r.body } };
  };

  const store: Store = {
    async has(key) {
      return writer ? writer.has(key) : false;
    },
    async write(batch) {
      if (!writer) throw new Error('the store is open read-only');
      return writer.write(batch);
    },
    async stats(): Promise<StoreStats> {
      const n = (sql: string) => (db.prepare(sql).pluck().get() as number) ?? 0;
      const versions: Record<string, number> = {};
      for (const r of db.prepare('SELECT layer, version, articles FROM layer_versions ORDER BY layer, version').all() as any[]) {
        versions[`${r.layer}: ${r.version}`] = r.articles;
      }
      return {
        articles: n('SELECT COUNT(*) FROM articles'),
        copies: n('SELECT COUNT(*) FROM articles WHERE copy_of IS NOT NULL'),
        actors: n('SELECT COUNT(*) FROM actors'),
        quotes: n('SELECT COUNT(*) FROM quotes'),
        events: n('SELECT COUNT(*) FROM events'),
        mentions: n('SELECT COUNT(*) FROM event_mentions'),
        schema,
        versions,
      };
    },
    async articles(q: ArticleQuery = {}) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (q.since) where.push('a.date >= ?') && params.push(q.since);
      if (q.until) where.push('a.date <= ?') && params.push(q.until);
      if (q.source) where.push('a.source = ?') && params.push(q.source);
      const { limit, offset } = page(q);
      const rows = db
        .prepare(`SELECT ${ARTICLE_COLS} FROM articles a ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY ${ARTICLE_ORDER[q.sort ?? 'newest'] ?? ARTICLE_ORDER.newest} LIMIT ? OFFSET ?`)
        .all(...params, limit, offset) as Record<string, any>[];
      return rows.map(toArticle);
    },
    async article(id): Promise<ArticleDetail | null> {
      const r = articleRow.get(id) as Record<string, any> | undefined;
      if (!r) return null;
      const root = r.aCopyOf ?? r.aId;
      const copies = (copiesOf.all({ root, self: r.aId }) as any[]).map(toArticle);
      const contract = toContract(r);
      const mentions = new Map((db.prepare('SELECT idx, event_id AS e FROM event_mentions WHERE article_id = ?').all(id) as any[]).map((m) => [m.idx, m.e]));
      return {
        ...toArticle(r),
        canonicalUrl: r.canonicalUrl,
        contentHash: r.contentHash,
        origin: r.origin,
        provenance: JSON.parse(r.provenance),
        copies,
        contract,
        docText: r.docText ?? r.body,
        eventIds: (contract.events ?? []).map((_, i) => mentions.get(i) ?? null),
      };
    },
    async actors(q) {
      return queryActors(db, q);
    },
    async actor(key, p?: Page) {
      const actor = findActor(db, key);
      if (!actor) return null;
      const pg = page(p);
      return {
        actor,
        quotesBy: queryQuotes(db, { speaker: actor.key, ...pg }),
        quotesAbout: queryQuotes(db, { about: actor.key, ...pg }),
        eventsAsSource: queryEvents(db, { source: actor.key, exactKeys: true, ...pg }),
        eventsAsTarget: queryEvents(db, { target: actor.key, exactKeys: true, ...pg }),
      };
    },
    async quotes(q) {
      return queryQuotes(db, q);
    },
    async events(q) {
      return queryEvents(db, q);
    },
    async dyads(q) {
      return queryDyads(db, q);
    },
    async months() {
      return db.prepare(MONTHS_SQL).all() as { month: string; count: number }[];
    },
    async search(q) {
      return search(db, q);
    },
    async graph(q) {
      return queryGraph(db, q);
    },
    async *contracts(): AsyncIterable<{ article: ArticleRow; contract: ContractOutput }> {
      const stmt = db.prepare(`SELECT ${ARTICLE_COLS}, a.body, a.contract FROM articles a WHERE a.id > ? ORDER BY a.id LIMIT 200`);
      let last = 0;
      for (;;) {
        const rows = stmt.all(last) as Record<string, any>[];
        if (!rows.length) return;
        for (const r of rows) yield { article: toArticle(r), contract: toContract(r) };
        last = rows[rows.length - 1].aId;
      }
    },
    async *allEvents(o) {
      yield* iterateEvents(db, o?.includeNegated);
    },
    async sources() {
      return db.prepare(`SELECT ${SOURCE_COLS} FROM watch_sources ORDER BY source`).all() as SourceState[];
    },
    async saveSource(state) {
      if (opts.readonly) throw new Error('the store is open read-only');
      db.prepare(SOURCE_UPSERT.replace(/\$\d+/g, '?')).run(...SOURCE_FIELDS.map((f) => state[f]));
    },
    async close() {
      if (!opts.readonly) {
        try {
          db.pragma('optimize');
        } catch {
          // optimize is advice only
        }
      }
      db.close();
    },
  };
  return store;
}

/** A store made by an older dyad is migrated once, even when it is about to be opened read-only. */
function upgrade(path: string): void {
  const latest = loadMigrations().at(-1)?.version ?? 0;
  const ro = new Database(path, { readonly: true, fileMustExist: true });
  ro.pragma('busy_timeout = 5000');
  const version = currentVersion(ro);
  ro.close();
  if (version >= latest) return;
  const rw = new Database(path);
  rw.pragma('busy_timeout = 5000');
  rw.pragma('journal_mode = WAL');
  migrate(rw);
  rw.close();
}

function currentVersion(db: Database.Database): number {
  try {
    return (db.prepare('SELECT MAX(version) FROM schema_migrations').pluck().get() as number) ?? 0;
  } catch {
    return 0;
  }
}
