// Quote, actor and full-text queries.
import type Database from 'better-sqlite3';
import type { ActorQuery, ActorRow, QuoteQuery, QuoteRow, SearchHit, SearchQuery } from '../store.ts';
import { actorCondition, actorIds, ARTICLE_COLS, COUNTRY, ftsQuery, page, toActor, toArticle, type ActorCols } from './filters.ts';

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
      ORDER BY mentions DESC, as_source + as_target DESC, key LIMIT ? OFFSET ?`)
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

export function search(db: Database.Database, q: SearchQuery): SearchHit[] {
  const match = ftsQuery(q.text);
  if (!match) return [];
  const [open, close] = q.mark ?? ['[', ']'];
  const { limit, offset } = page(q, 20);
  const want = q.in ?? 'all';
  const parts: string[] = [];
  const params: unknown[] = [];
  if (want !== 'quote') {
    parts.push(`SELECT 'article' AS kind, f.rowid AS aId, NULL AS quoteId, snippet(articles_fts, 1, ?, ?, '…', 16) AS snippet, bm25(articles_fts) AS rank
      FROM articles_fts f WHERE articles_fts MATCH ?`);
    params.push(open, close, match);
  }
  if (want !== 'article') {
    parts.push(`SELECT 'quote' AS kind, q.article_id AS aId, f.rowid AS quoteId, snippet(quotes_fts, 0, ?, ?, '…', 16) AS snippet, bm25(quotes_fts) AS rank
      FROM quotes_fts f JOIN quotes q ON q.id = f.rowid WHERE quotes_fts MATCH ?`);
    params.push(open, close, match);
  }
  const rows = db
    .prepare(`SELECT h.kind, h.quoteId, h.snippet, h.rank, ${ARTICLE_COLS} FROM (${parts.join(' UNION ALL ')}) h
      JOIN articles a ON a.id = h.aId WHERE a.copy_of IS NULL ORDER BY h.rank LIMIT ? OFFSET ?`)
    .all(...params, limit, offset) as Record<string, any>[];
  return rows.map((r) => ({ kind: r.kind, article: toArticle(r), quoteId: r.quoteId, snippet: r.snippet, rank: Math.round(r.rank * 1000) / 1000 }));
}
