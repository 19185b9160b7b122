// The PostgreSQL backend: the Store interface on a shared server, for a team's store. Open it with
// `openStore('postgres://user@host:5432/dyad')`. Migrations are applied on open under an advisory
// lock; a write is one transaction, so a killed ingester leaves the store as it was after its last
// finished batch; writers take turns on a second advisory lock, while readers never wait.
import pg from 'pg';
import type { ContractOutput } from '../../doc/contract.ts';
import { DyadError } from '../../doc/errors.ts';
import { SOURCE_COLS, SOURCE_FIELDS, SOURCE_UPSERT, type ArticleDetail, type ArticleQuery, type ArticleRow, type Page, type SourceState, type Store, type StoreStats } from '../store.ts';
import { identity } from '../identity.ts';
import { showTarget } from '../open.ts';
import { ARTICLE_COLS, page, Params, toArticle } from './filters.ts';
import { currentVersion, loadPgMigrations, migrate } from './migrate.ts';
import { iterateEvents, queryDyads, queryEvents, queryGraph } from './read-events.ts';
import { findActor, queryActors, queryQuotes, search } from './read-quotes.ts';
import { cleaned, createWriter } from './write.ts';
import { ARTICLE_ORDER, MONTHS_SQL } from '../list-order.ts';

// Counts and ids come back as JavaScript numbers (bigint ids stay far below 2^53), averages as numbers.
const INT8 = 20;
const NUMERIC = 1700;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 || oid === NUMERIC ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as any)) as typeof pg.types.getTypeParser,
};

export interface PostgresStoreOptions {
  readonly?: boolean;
  /** Connections in the pool (default 4: enough for `dyad serve` answering requests side by side). */
  max?: number;
  /** Near-identical texts count as copies of one story only within this many days (default 7). */
  copyWindowDays?: number;
}

export async function openPostgresStore(url: string, opts: PostgresStoreOptions = {}): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max ?? 4,
    types,
    application_name: opts.readonly ? 'dyad (read)' : 'dyad',
    // Readers cannot write by accident, whatever the role may do.
    ...(opts.readonly ? { options: '-c default_transaction_read_only=on' } : {}),
  });
  pool.on('error', () => undefined); // an idle connection dropped by the server: the next query reconnects
  let schema: number;
  try {
    schema = await ensureSchema(url);
  } catch (e) {
    await pool.end();
    throw e;
  }
  const writer = opts.readonly ? null : createWriter({ copyWindowDays: opts.copyWindowDays });

  const toContract = (r: Record<string, any>): ContractOutput => {
    const c = JSON.parse(r.contract);
    return { ...c, article: { ...c.article, text: r.body } };
  };

  const store: Store = {
    async has(key) {
      return (await pool.query('SELECT 1 FROM articles WHERE ident = $1', [identity(key)])).rows.length > 0;
    },
    async write(batch) {
      if (!writer) throw new Error('the store is open read-only');
      const client = await pool.connect().catch((e) => {
        throw connectError(e, url); // the server went away between batches
      });
      let failed: Error | undefined;
      const lost = (e: Error) => (failed ??= e); // a dropped connection also fails the query under way
      client.on('error', lost);
      const db = cleaned(client);
      try {
        await db.query('BEGIN');
        const res = await writer.writeBatch(db, batch);
        await db.query('COMMIT');
        return res;
      } catch (e) {
        failed = e as Error;
        await db.query('ROLLBACK').catch(() => undefined);
        writer.forget(); // rolled back: cached actor ids may no longer exist
        throw e;
      } finally {
        client.off('error', lost);
        client.release(failed); // a connection that failed mid-batch is closed, not reused
      }
    },
    async stats(): Promise<StoreStats> {
      const r = (await pool.query(`SELECT (SELECT COUNT(*) FROM articles) AS articles, (SELECT COUNT(*) FROM articles WHERE copy_of IS NOT NULL) AS copies,
        (SELECT COUNT(*) FROM actors) AS actors, (SELECT COUNT(*) FROM quotes) AS quotes, (SELECT COUNT(*) FROM events) AS events,
        (SELECT COUNT(*) FROM event_mentions) AS mentions`)).rows[0];
      const versions: Record<string, number> = {};
      for (const v of (await pool.query('SELECT layer, version, articles FROM layer_versions ORDER BY layer COLLATE "C", version COLLATE "C"')).rows) {
        versions[`${v.layer}: ${v.version}`] = v.articles;
      }
      return { ...r, schema, versions };
    },
    async articles(q: ArticleQuery = {}) {
      const where: string[] = [];
      const p = new Params();
      if (q.since) where.push(`a.date >= ${p.add(q.since)}`);
      if (q.until) where.push(`a.date <= ${p.add(q.until)}`);
      if (q.source) where.push(`a.source = ${p.add(q.source)}`);
      const { limit, offset } = page(q);
      const rows = (await pool.query(`SELECT ${ARTICLE_COLS} FROM articles a ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
        ORDER BY ${ARTICLE_ORDER[q.sort ?? 'newest'] ?? ARTICLE_ORDER.newest} LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`, p.values)).rows;
      return rows.map(toArticle);
    },
    async article(id): Promise<ArticleDetail | null> {
      if (!Number.isSafeInteger(id)) return null;
      const r = (await pool.query(`SELECT ${ARTICLE_COLS}, a.canonical_url AS "canonicalUrl", a.content_hash AS "contentHash", a.origin,
        a.provenance, a.body, a.doc_text AS "docText", a.contract FROM articles a WHERE a.id = $1`, [id])).rows[0];
      if (!r) return null;
      const root = r.aCopyOf ?? r.aId;
      const copies = (await pool.query(`SELECT ${ARTICLE_COLS} FROM articles a WHERE (a.id = $1 OR a.copy_of = $1) AND a.id != $2 ORDER BY a.id`, [root, r.aId])).rows.map(toArticle);
      const contract = toContract(r);
      const mentions = new Map((await pool.query('SELECT idx, event_id AS e FROM event_mentions WHERE article_id = $1', [id])).rows.map((m) => [m.idx, m.e]));
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
    actors: (q) => queryActors(pool, q),
    async actor(key, p?: Page) {
      const actor = await findActor(pool, key);
      if (!actor) return null;
      const pg = page(p);
      return {
        actor,
        quotesBy: await queryQuotes(pool, { speaker: actor.key, ...pg }),
        quotesAbout: await queryQuotes(pool, { about: actor.key, ...pg }),
        eventsAsSource: await queryEvents(pool, { source: actor.key, exactKeys: true, ...pg }),
        eventsAsTarget: await queryEvents(pool, { target: actor.key, exactKeys: true, ...pg }),
      };
    },
    quotes: (q) => queryQuotes(pool, q),
    events: (q) => queryEvents(pool, q),
    dyads: (q) => queryDyads(pool, q),
    search: (q) => search(pool, q),
    graph: (q) => queryGraph(pool, q),
    async months() {
      return (await pool.query(MONTHS_SQL)).rows.map((r) => ({ month: r.month, count: Number(r.count) }));
    },
    async *contracts(): AsyncIterable<{ article: ArticleRow; contract: ContractOutput }> {
      let last = 0;
      for (;;) {
        const rows = (await pool.query(`SELECT ${ARTICLE_COLS}, a.body, a.contract FROM articles a WHERE a.id > $1 ORDER BY a.id LIMIT 200`, [last])).rows;
        if (!rows.length) return;
        for (const r of rows) yield { article: toArticle(r), contract: toContract(r) };
        last = rows[rows.length - 1].aId;
      }
    },
    allEvents: (o) => iterateEvents(pool, o?.includeNegated),
    async sources() {
      return (await pool.query(`SELECT ${SOURCE_COLS} FROM watch_sources ORDER BY source COLLATE "C"`)).rows as SourceState[];
    },
    async saveSource(state) {
      await pool.query(SOURCE_UPSERT, SOURCE_FIELDS.map((f) => state[f]));
    },
    async close() {
      await pool.end();
    },
  };
  return store;
}

/**
 * Brings the schema up to date on a connection of its own (read-write even when the store is opened
 * read-only, as the SQLite backend upgrades an older file before reading it). An up-to-date store is
 * only read, so readers never queue on the migration lock.
 */
async function ensureSchema(url: string): Promise<number> {
  const latest = loadPgMigrations().at(-1)?.version ?? 0;
  const db = new pg.Client({ connectionString: url, application_name: 'dyad (migrate)' });
  try {
    await db.connect();
  } catch (e) {
    throw connectError(e, url);
  }
  try {
    const version = await currentVersion(db);
    return version >= latest ? version : await migrate(db);
  } finally {
    await db.end();
  }
}

/** A failure to connect says where dyad tried, without the password, in one line. */
function connectError(e: unknown, url: string): Error {
  const err = e as Error;
  // pg's words when the server wants a password and none was given
  const msg = /client password must be a string/.test(err?.message ?? '') ? 'the server asks for a password: give it in the URL or in PGPASSWORD' : err?.message ?? String(e);
  return new DyadError('UNREADABLE', `cannot open the PostgreSQL store ${showTarget(url)}: ${msg}`);
}
