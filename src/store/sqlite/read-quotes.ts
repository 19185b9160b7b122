// Quote, actor and full-text queries.
import type Database from 'better-sqlite3';
import type { ActorQuery, ActorRow, QuoteQuery, QuoteRow, SearchHit, SearchQuery } from '../store.ts';
import { actorCondition, actorIds, ARTICLE_COLS, COUNTRY, ftsQuery, page, toActor, toArticle, type ActorCols } from './filters.ts';
import { ACTOR_ORDER } from '../list-order.ts';

export function queryQuotes(db: Database.Database, q: QuoteQuery = {}): QuoteRow[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (q.speaker) where.push(actorCondition(db, q.speaker, 'q.speaker_actor_id', null, params));
  if (q.about) {
    const ids = COUNTRY.test(q.about)
      ? (db.prepare('SELECT id FROM actors WHERE country = ?').pluck().all(q.about) as number[])
      : actorIds(db, q.about);
    const fts = ftsQuery(q.about);
    const parts = [];
    if (ids.length) parts.push(`q.id IN (SELECT quote_id FROM quote_about WHERE actor_id IN (${ids.join(',')}))`);
    if (fts) {
      parts.push('q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)');
      params.push(fts);
    }
    where.push(parts.length ? `(${parts.join(' OR ')})` : '0');
  }
  if (q.since) where.push('q.date >= ?') && params.push(q.since);
  if (q.until) where.push('q.date <= ?') && params.push(q.until);
  if (q.kind) where.push('q.kind = ?') && params.push(q.kind);
  // A syndicated copy repeats its story's quotes: list them once, unless one article is asked for.
  if (q.articleId !== undefined) where.push('q.article_id = ?') && params.push(q.articleId);
  else where.push('a.copy_of IS NULL');
  const { limit, offset } = page(q);
  const rows = db
    .prepare(`SELECT q.id, q.kind, q.text, q.start, q."end", q.speaker_text AS speakerText, q.cue_text AS cue,
      s.key, s.name, s.country, s.sector, ${ARTICLE_COLS}
      FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN actors s ON s.id = q.speaker_actor_id
      ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY q.date DESC, q.id DESC LIMIT ? OFFSET ?`)
    .all(...params, limit, offset) as Record<string, any>[];
  const about = db.prepare('SELECT x.key, x.name, x.country, x.sector FROM quote_about qa JOIN actors x ON x.id = qa.actor_id WHERE qa.quote_id = ?');
  return rows.map((r) => ({
    id: r.id,
    article: toArticle(r),
    kind: r.kind,
    text: r.text,
    start: r.start,
    end: r.end,
    speakerText: r.speakerText,
    speaker: toActor(r as ActorCols),
    cue: r.cue,
    about: (about.all(r.id) as any[]).map((a) => toActor(a)!),
  }));
}

const ACTOR_COLS = 'key, name, country, sector, mentions, articles, quotes, as_source AS asSource, as_target AS asTarget';

export function queryActors(db: Database.Database, q: ActorQuery = {}): ActorRow[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (q.name) {
    where.push("(name LIKE ? ESCAPE '\\' OR key LIKE ? ESCAPE '\\' OR country = ?)");
    const like = `%${q.name.replace(/[%_\\]/g, (c) => '\\' + c)}%`;
    params.push(like, like, q.name);
  }
  if (q.country) where.push('country = ?') && params.push(q.country);
  if (q.sector) where.push('sector = ?') && params.push(q.sector);
  const { limit, offset } = page(q);
  return db
    .prepare(`SELECT ${ACTOR_COLS} FROM actors ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
      ORDER BY ${ACTOR_ORDER[q.sort ?? 'mentions'] ?? ACTOR_ORDER.mentions} LIMIT ? OFFSET ?`)
    .all(...params, limit, offset) as ActorRow[];
}

/** One actor: by exact key, else exact name (case-insensitive), else the most mentioned name match. */
export function findActor(db: Database.Database, key: string): ActorRow | null {
  const row =
    db.prepare(`SELECT ${ACTOR_COLS} FROM actors WHERE key = ?`).get(key) ??
    db.prepare(`SELECT ${ACTOR_COLS} FROM actors WHERE name = ? COLLATE NOCASE ORDER BY mentions DESC LIMIT 1`).get(key) ??
    queryActors(db, { name: key, limit: 1 })[0];
  return (row as ActorRow | undefined) ?? null;
}

/**
 * How many matches a search ranks in each of article text and quotes: the newest ones (highest rowid).
 * A word found in every article then costs a bounded amount of work, not a bm25 score and a sort over
 * the whole store, and hits past this depth are not listed.
 */
export const SEARCH_WINDOW = 1000;

/**
 * Full-text search in three steps, so the work is bounded by the window and the page size, never
 * by the store: (1) the rowid of the WINDOW-th newest match, read from the index in rowid order;
 * (2) the best offset+limit originals among the matches at or above it, by bm25, per table; (3) the
 * snippet and article row for the page's hits only (a snippet reads the whole text: doing it for every
 * match was what made a common word slow).
 */
export function search(db: Database.Database, q: SearchQuery, window = SEARCH_WINDOW): SearchHit[] {
  const match = ftsQuery(q.text);
  if (!match) return [];
  const [open, close] = q.mark ?? ['[', ']'];
  const { limit, offset } = page(q, 20);
  const want = q.in ?? 'all';
  const depth = Math.min(offset + limit, window);
  if (offset >= window || !limit) return [];
  type Hit = { kind: 'article' | 'quote'; aId: number; quoteId: number | null; rank: number };
  const hits: Hit[] = [];
  const floor = (table: string) =>
    (db.prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?`).pluck().get(match, window - 1) as number | undefined) ?? 0;
  if (want !== 'quote') {
    const rows = db
      .prepare(`SELECT f.rowid AS aId, bm25(articles_fts) AS score FROM articles_fts f JOIN articles a ON a.id = f.rowid
        WHERE articles_fts MATCH ? AND f.rowid >= ? AND a.copy_of IS NULL ORDER BY score, f.rowid LIMIT ?`)
      .all(match, floor('articles_fts'), depth) as { aId: number; score: number }[];
    for (const r of rows) hits.push({ kind: 'article', aId: r.aId, quoteId: null, rank: r.score });
  }
  if (want !== 'article') {
    const rows = db
      .prepare(`SELECT q.article_id AS aId, f.rowid AS quoteId, bm25(quotes_fts) AS score FROM quotes_fts f JOIN quotes q ON q.id = f.rowid
        JOIN articles a ON a.id = q.article_id WHERE quotes_fts MATCH ? AND f.rowid >= ? AND a.copy_of IS NULL ORDER BY score, q.article_id, f.rowid LIMIT ?`)
      .all(match, floor('quotes_fts'), depth) as { aId: number; quoteId: number; score: number }[];
    for (const r of rows) hits.push({ kind: 'quote', aId: r.aId, quoteId: r.quoteId, rank: r.score });
  }
  // the same order as the PostgreSQL store: rank, then article, then the article's own text before its quotes
  hits.sort((a, b) => a.rank - b.rank || a.aId - b.aId || (a.quoteId ?? -1) - (b.quoteId ?? -1));
  const article = db.prepare(`SELECT ${ARTICLE_COLS} FROM articles a WHERE a.id = ?`);
  const articleSnippet = db.prepare("SELECT snippet(articles_fts, 1, ?, ?, '…', 16) FROM articles_fts WHERE articles_fts MATCH ? AND rowid = ?").pluck();
  const quoteSnippet = db.prepare("SELECT snippet(quotes_fts, 0, ?, ?, '…', 16) FROM quotes_fts WHERE quotes_fts MATCH ? AND rowid = ?").pluck();
  return hits.slice(offset, offset + limit).map((h) => ({
    kind: h.kind,
    article: toArticle(article.get(h.aId) as Record<string, any>),
    quoteId: h.quoteId,
    snippet: (h.quoteId === null ? articleSnippet.get(open, close, match, h.aId) : quoteSnippet.get(open, close, match, h.quoteId)) as string,
    rank: Math.round(h.rank * 1000) / 1000,
  }));
}
