// Quote, actor and full-text queries on PostgreSQL, with the SQLite backend's rules
// (sqlite/read-quotes.ts). Search ranks with ts_rank over the GIN-indexed tsvector columns, and makes
// snippets with ts_headline only for the page's hits.
import type pg from 'pg';
import type { ActorQuery, ActorRow, QuoteQuery, QuoteRow, SearchHit, SearchQuery } from '../store.ts';
import { actorCondition, actorIds, ARTICLE_COLS, COUNTRY, likeParam, page, Params, toActor, toArticle, tsQuery } from './filters.ts';
import { ACTOR_ORDER } from '../list-order.ts';

export async function queryQuotes(db: pg.Pool, q: QuoteQuery = {}): Promise<QuoteRow[]> {
  const where: string[] = [];
  const p = new Params();
  if (q.speaker) where.push(await actorCondition(db, q.speaker, 'q.speaker_actor_id', null, p));
  if (q.about) {
    const ids = COUNTRY.test(q.about)
      ? (await db.query('SELECT id FROM actors WHERE country = $1', [q.about])).rows.map((r) => r.id as number)
      : await actorIds(db, q.about);
    const ts = tsQuery(q.about, p);
    const parts = [];
    if (ids.length) parts.push(`q.id IN (SELECT quote_id FROM quote_about WHERE actor_id IN (${ids.join(',')}))`);
    if (ts) parts.push(`q.fts @@ ${ts}`);
    where.push(parts.length ? `(${parts.join(' OR ')})` : 'FALSE');
  }
  if (q.since) where.push(`q.date >= ${p.add(q.since)}`);
  if (q.until) where.push(`q.date <= ${p.add(q.until)}`);
  if (q.kind) where.push(`q.kind = ${p.add(q.kind)}`);
  // A syndicated copy repeats its story's quotes: list them once, unless one article is asked for.
  if (q.articleId !== undefined) where.push(`q.article_id = ${p.add(q.articleId)}`);
  else where.push('a.copy_of IS NULL');
  const { limit, offset } = page(q);
  const rows = (await db.query(`SELECT q.id, q.kind, q.text, q.start, q."end", q.speaker_text AS "speakerText", q.cue_text AS cue,
      s.key, s.name, s.country, s.sector, ${ARTICLE_COLS}
      FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN actors s ON s.id = q.speaker_actor_id
      ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY q.date DESC NULLS LAST, q.id DESC LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`, p.values)).rows;
  if (!rows.length) return [];
  const about = new Map<number, QuoteRow['about']>();
  const aboutRows = await db.query(`SELECT qa.quote_id AS qid, x.key, x.name, x.country, x.sector FROM quote_about qa JOIN actors x ON x.id = qa.actor_id
    WHERE qa.quote_id = ANY($1::bigint[]) ORDER BY qa.quote_id, qa.actor_id`, [rows.map((r) => r.id)]);
  for (const a of aboutRows.rows) {
    if (!about.has(a.qid)) about.set(a.qid, []);
    about.get(a.qid)!.push(toActor(a)!);
  }
  return rows.map((r) => ({
    id: r.id,
    article: toArticle(r),
    kind: r.kind,
    text: r.text,
    start: r.start,
    end: r.end,
    speakerText: r.speakerText,
    speaker: toActor(r as any),
    cue: r.cue,
    about: about.get(r.id) ?? [],
  }));
}

const ACTOR_COLS = 'key, name, country, sector, mentions, articles, quotes, as_source AS "asSource", as_target AS "asTarget"';

export async function queryActors(db: pg.Pool, q: ActorQuery = {}): Promise<ActorRow[]> {
  const where: string[] = [];
  const p = new Params();
  if (q.name) {
    const like = p.add(likeParam(q.name));
    where.push(`(name ILIKE ${like} ESCAPE '\\' OR key ILIKE ${like} ESCAPE '\\' OR country = ${p.add(q.name)})`);
  }
  if (q.country) where.push(`country = ${p.add(q.country)}`);
  if (q.sector) where.push(`sector = ${p.add(q.sector)}`);
  const { limit, offset } = page(q);
  return (await db.query(`SELECT ${ACTOR_COLS} FROM actors ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
      ORDER BY ${ACTOR_ORDER[q.sort ?? 'mentions'] ?? ACTOR_ORDER.mentions} LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`, p.values)).rows as ActorRow[];
}

/** One actor: by exact key, else exact name (case-insensitive), else the most mentioned name match. */
export async function findActor(db: pg.Pool, key: string): Promise<ActorRow | null> {
  const exact = await db.query(`SELECT ${ACTOR_COLS} FROM actors WHERE key = $1`, [key]);
  if (exact.rows.length) return exact.rows[0];
  const named = await db.query(`SELECT ${ACTOR_COLS} FROM actors WHERE lower(name) = lower($1) ORDER BY mentions DESC LIMIT 1`, [key]);
  if (named.rows.length) return named.rows[0];
  return (await queryActors(db, { name: key, limit: 1 }))[0] ?? null;
}

// ts_headline wraps matches in these private-use characters, which are then replaced by the caller's
// marks: any marks work (ANSI colours, U+0001/U+0002) without passing through headline option syntax.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const HEADLINE = `StartSel=${OPEN}, StopSel=${CLOSE}, MaxWords=16, MinWords=6, ShortWord=0, MaxFragments=1, FragmentDelimiter=" … "`;

export async function search(db: pg.Pool, q: SearchQuery): Promise<SearchHit[]> {
  const p = new Params();
  const ts = tsQuery(q.text, p);
  if (!ts) return [];
  const [open, close] = q.mark ?? ['[', ']'];
  const { limit, offset } = page(q, 20);
  const want = q.in ?? 'all';
  const parts: string[] = [];
  // Ranks are negated so that, as with SQLite's bm25, lower is better and hits sort ascending.
  if (want !== 'quote') {
    parts.push(`SELECT 'article' AS kind, a.id AS "hId", NULL::bigint AS "quoteId", -ts_rank(a.fts, query) AS rank
      FROM articles a, query WHERE a.fts @@ query AND a.copy_of IS NULL`);
  }
  if (want !== 'article') {
    parts.push(`SELECT 'quote' AS kind, q.article_id AS "hId", q.id AS "quoteId", -ts_rank(q.fts, query) AS rank
      FROM quotes q JOIN articles a ON a.id = q.article_id, query WHERE q.fts @@ query AND a.copy_of IS NULL`);
  }
  const opts = p.add(HEADLINE);
  const rows = (await db.query(`WITH query AS (SELECT ${ts} AS query),
      hits AS (${parts.join(' UNION ALL ')} ORDER BY rank, "hId", "quoteId" NULLS FIRST LIMIT ${p.add(limit)} OFFSET ${p.add(offset)})
      SELECT h.kind, h."quoteId", h.rank, ${ARTICLE_COLS},
        ts_headline('dyad', COALESCE(qt.text, a.body), query, ${opts}) AS snippet,
        left(COALESCE(qt.text, a.body), 400) AS head, right(COALESCE(qt.text, a.body), 400) AS tail
      FROM hits h JOIN articles a ON a.id = h."hId" LEFT JOIN quotes qt ON qt.id = h."quoteId", query ORDER BY h.rank, h."hId", h."quoteId" NULLS FIRST`, p.values)).rows;
  return rows.map((r) => ({
    kind: r.kind,
    article: toArticle(r),
    quoteId: r.quoteId,
    snippet: snippet(r.snippet, r.head, r.tail, open, close),
    rank: Math.round(r.rank * 1000) / 1000,
  }));
}

const letters = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The headline as SQLite's snippet() gives it: adjacent matches ("[border] [security]") joined into one
 * marked run, the caller's marks, and "…" where the text goes on before or after the excerpt (compared
 * on letters and digits: ts_headline drops the punctuation at its ends).
 */
export function snippet(headline: string, head: string, tail: string, open: string, close: string): string {
  const joined = headline.replace(new RegExp(`${CLOSE}(\\s+)${OPEN}`, 'g'), '$1');
  const plain = letters(joined.split(OPEN).join('').split(CLOSE).join(''));
  const before = !letters(head).startsWith(plain.slice(0, 100));
  const after = !letters(tail).endsWith(plain.slice(-100));
  return (before ? '…' : '') + joined.split(OPEN).join(open).split(CLOSE).join(close) + (after ? '…' : '');
}
