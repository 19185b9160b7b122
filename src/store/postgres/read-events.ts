// Event, dyad and graph queries on PostgreSQL, with the SQLite backend's rules (sqlite/read-events.ts):
// events are filtered on indexed columns first and only the page's rows are joined to articles and
// actors; dyads and the graph read the summaries kept on write, never the events table.
import type pg from 'pg';
import { eventsTable, needsEvents } from '../graph-events.ts';
import { compareEvents, defaultFactuality, EVENT_ORDER, EVENT_ORDER_COLS, eventConditions, type OrderKeys } from '../list-order.ts';
import { toEvent } from '../rows.ts';
import type { DyadMonth, DyadQuery, DyadRow, EventQuery, EventRow, Graph, GraphQuery } from '../store.ts';
import { actorCondition, ARTICLE_COLS, exactCondition, page, Params, toActor, toArticle } from './filters.ts';

const EVENT_SELECT = `SELECT e.id, e.date, e.date_source AS "dateSource", e.history, e.factuality, e.plover, e.cameo, e.mode, e.context, e.goldstein, e.quad_class AS "quadClass", e.negated,
  e.source_text AS "sourceText", e.target_text AS "targetText", e.trigger_text AS trigger, e.sentence_text AS sentence,
  e.num_mentions AS "numMentions", e.num_sources AS "numSources", e.num_articles AS "numArticles",
  s.key AS "sKey", s.name AS "sName", s.country AS "sCountry", s.sector AS "sSector",
  t.key AS "tKey", t.name AS "tName", t.country AS "tCountry", t.sector AS "tSector", ${ARTICLE_COLS}
  FROM events e JOIN articles a ON a.id = e.article_id
  LEFT JOIN actors s ON s.id = e.source_actor_id LEFT JOIN actors t ON t.id = e.target_actor_id`;



export async function queryEvents(db: pg.Pool, q: EventQuery = {}): Promise<EventRow[]> {
  const cond = (value: string, actorCol: string, countryCol: string, p: Params) =>
    q.exactKeys ? exactCondition(db, value, actorCol) : actorCondition(db, value, actorCol, countryCol, p);
  // The filters other than `actor`, written into a fresh parameter list each time they are used.
  const base = async (p: Params): Promise<string[]> => {
    const where: string[] = [];
    if (q.source) where.push(await cond(q.source, 'e.source_actor_id', 'e.source_country', p));
    if (q.target) where.push(await cond(q.target, 'e.target_actor_id', 'e.target_country', p));
    if (q.type) where.push(/^\d+$/.test(q.type) ? `e.cameo LIKE ${p.add(q.type + '%')}` : `e.plover = ${p.add(q.type.toUpperCase())}`);
    if (q.quadClass) where.push(`e.quad_class = ${p.add(q.quadClass)}`);
    if (q.since) where.push(`e.date >= ${p.add(q.since)}`);
    if (q.until) where.push(`e.date <= ${p.add(q.until)}`);
    if (q.articleId !== undefined) where.push(`e.id IN (SELECT event_id FROM event_mentions WHERE article_id = ${p.add(q.articleId)})`);
    where.push(...eventConditions(q, (v) => p.add(v)));
    if (!q.includeNegated && defaultFactuality(q)) where.push('e.negated = 0');
    if (!q.includeHistory && q.articleId === undefined && defaultFactuality(q)) where.push('e.history = 0');
    return where;
  };
  const { limit, offset } = page(q);
  const select = async (side: ((p: Params) => Promise<string>) | null, lim: number, off: number) => {
    const p = new Params();
    const where = await base(p);
    if (side) where.push(await side(p));
    const sql = `SELECT ${EVENT_ORDER_COLS} FROM events e ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY ${EVENT_ORDER[q.sort ?? 'newest'] ?? EVENT_ORDER.newest} LIMIT ${p.add(lim)} OFFSET ${p.add(off)}`;
    return (await db.query(sql, p.values)).rows as OrderKeys[];
  };
  let ids: number[];
  if (q.actor) {
    // Either side: each side walks its own (actor, date) index in the list's order, and the two are merged in that order.
    const a = await select((p) => cond(q.actor!, 'e.source_actor_id', 'e.source_country', p), offset + limit, 0);
    const b = await select((p) => cond(q.actor!, 'e.target_actor_id', 'e.target_country', p), offset + limit, 0);
    const seen = new Set<number>();
    ids = [...a, ...b]
      .sort(compareEvents(q.sort))
      .filter((x) => !seen.has(x.id) && Boolean(seen.add(x.id)))
      .slice(offset, offset + limit)
      .map((x) => x.id);
  } else ids = (await select(null, limit, offset)).map((x) => x.id);
  if (!ids.length) return [];
  const rows = (await db.query(`${EVENT_SELECT} WHERE e.id = ANY($1::bigint[])`, [ids])).rows;
  const byId = new Map(rows.map((r) => [r.id, toEvent(r)]));
  return ids.map((id) => byId.get(id)!);
}

/** Every event in id order, a page at a time. */
export async function* iterateEvents(db: pg.Pool, includeNegated = false): AsyncGenerator<EventRow> {
  const sql = `${EVENT_SELECT} WHERE e.id > $1 ${includeNegated ? '' : 'AND e.negated = 0'} ORDER BY e.id LIMIT 1000`;
  let last = 0;
  for (;;) {
    const rows = (await db.query(sql, [last])).rows;
    if (!rows.length) return;
    for (const r of rows) yield toEvent(r);
    last = rows[rows.length - 1].id;
  }
}

async function dyadWhere(db: pg.Pool, q: DyadQuery & { quadClass?: number; country?: string; sector?: string }, p: Params): Promise<string> {
  const where: string[] = [];
  const cond = (value: string, col: string) => (q.exactKeys ? Promise.resolve(`${col} IN (SELECT id FROM actors WHERE key = ${p.add(value)})`) : actorCondition(db, value, col, null, p));
  if (q.source) where.push(await cond(q.source, 'd.source_actor_id'));
  if (q.target) where.push(await cond(q.target, 'd.target_actor_id'));
  if (q.actor) where.push(`(${await cond(q.actor, 'd.source_actor_id')} OR ${await cond(q.actor, 'd.target_actor_id')})`);
  if (q.country) {
    const c = p.add(q.country);
    where.push(`(d.source_actor_id IN (SELECT id FROM actors WHERE country = ${c}) OR d.target_actor_id IN (SELECT id FROM actors WHERE country = ${c}))`);
  }
  if (q.sector) {
    const c = p.add(q.sector);
    where.push(`(d.source_actor_id IN (SELECT id FROM actors WHERE sector = ${c}) OR d.target_actor_id IN (SELECT id FROM actors WHERE sector = ${c}))`);
  }
  if (q.since) where.push(`d.month >= ${p.add(q.since.slice(0, 7))}`);
  if (q.until) where.push(`d.month <= ${p.add(q.until.slice(0, 7))}`);
  return where.length ? 'WHERE ' + where.join(' AND ') : '';
}

const mean = (sum: number, n: number) => (n ? Math.round((sum / n) * 100) / 100 : null);

export async function queryDyads(db: pg.Pool, q: DyadQuery = {}): Promise<DyadRow[]> {
  const p = new Params();
  const where = await dyadWhere(db, q, p);
  const { limit, offset } = page(q);
  const min = p.add(q.minCount ?? 1);
  // Without a date range the totals table answers from its count index; with one, months are summed.
  const sql = q.since || q.until
    ? `SELECT d.source_actor_id AS s, d.target_actor_id AS t, SUM(n) AS n, SUM(q1) AS q1, SUM(q2) AS q2, SUM(q3) AS q3, SUM(q4) AS q4,
      SUM(gsum) AS gsum, SUM(gn) AS gn FROM dyad_months d ${where} GROUP BY d.source_actor_id, d.target_actor_id
      HAVING SUM(n) >= ${min} ORDER BY SUM(n) DESC, s, t LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`
    : `SELECT d.source_actor_id AS s, d.target_actor_id AS t, n, q1, q2, q3, q4, gsum, gn FROM dyad_totals d ${where ? where + ' AND' : 'WHERE'} n >= ${min}
      ORDER BY n DESC, s, t LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`;
  const rows = (await db.query(sql, p.values)).rows as Record<string, number>[];
  if (!rows.length) return [];
  // The actors and the latest months of every listed pair (default 24), each in one query.
  const actorIds = [...new Set(rows.flatMap((r) => [r.s, r.t]))];
  const actors = new Map((await db.query('SELECT id, key, name, country, sector FROM actors WHERE id = ANY($1::bigint[])', [actorIds])).rows.map((a) => [a.id, toActor(a)!]));
  const mp = new Params();
  const pairs = `(d.source_actor_id, d.target_actor_id) IN (SELECT * FROM unnest(${mp.add(rows.map((r) => r.s))}::bigint[], ${mp.add(rows.map((r) => r.t))}::bigint[]))`;
  const bounds = [q.since ? `AND d.month >= ${mp.add(q.since.slice(0, 7))}` : '', q.until ? `AND d.month <= ${mp.add(q.until.slice(0, 7))}` : ''].join(' ');
  const monthRows = (await db.query(`SELECT * FROM (SELECT d.source_actor_id AS s, d.target_actor_id AS t, month, n, q1, q2, q3, q4, gsum, gn,
      row_number() OVER (PARTITION BY d.source_actor_id, d.target_actor_id ORDER BY month DESC) AS k FROM dyad_months d WHERE ${pairs} ${bounds}) x
      WHERE k <= ${mp.add(Math.max(2, q.months ?? 24))} ORDER BY s, t, month`, mp.values)).rows;
  const months = new Map<string, DyadMonth[]>();
  for (const x of monthRows) {
    const key = `${x.s}:${x.t}`;
    if (!months.has(key)) months.set(key, []);
    months.get(key)!.push({ month: x.month, count: x.n, quad: [x.q1, x.q2, x.q3, x.q4], meanGoldstein: mean(x.gsum, x.gn) });
  }
  return rows.map((r) => {
    const m = months.get(`${r.s}:${r.t}`) ?? [];
    const last = m[m.length - 1]?.meanGoldstein;
    const prev = m[m.length - 2]?.meanGoldstein;
    return {
      source: actors.get(r.s)!,
      target: actors.get(r.t)!,
      count: r.n,
      quad: [r.q1, r.q2, r.q3, r.q4],
      meanGoldstein: mean(r.gsum, r.gn),
      months: m,
      trend: last != null && prev != null ? Math.round((last - prev) * 100) / 100 : null,
    };
  });
}

export async function queryGraph(db: pg.Pool, q: GraphQuery = {}): Promise<Graph> {
  const p = new Params();
  const where = await dyadWhere(db, { ...q, exactKeys: true }, p);
  // Type, factuality and outlet are not in the month totals: those graphs are summed from the events.
  const table = needsEvents(q) ? eventsTable(q, (v) => p.add(v)) : q.since || q.until ? 'dyad_months' : 'dyad_totals';
  const k = q.quadClass && q.quadClass >= 1 && q.quadClass <= 4 ? q.quadClass : null;
  const weight = k ? `SUM(q${k})` : 'SUM(n)';
  const byCountry = q.by === 'country';
  // As in SQLite: by country both sides need a state, a state's dealings with itself are left out, and
  // the window sums count every group the HAVING keeps, before the LIMIT.
  const sides = byCountry ? `${where ? where + ' AND' : 'WHERE'} s.country IS NOT NULL AND t.country IS NOT NULL AND s.country <> t.country` : where;
  const groups = byCountry ? 's.country, t.country' : 'd.source_actor_id, d.target_actor_id, s.key, t.key';
  const rows = (await db.query(`SELECT ${byCountry ? 's.country AS "sKey", t.country AS "tKey"' : 's.key AS "sKey", t.key AS "tKey"'}, ${weight} AS w, SUM(q1) AS q1, SUM(q2) AS q2, SUM(q3) AS q3, SUM(q4) AS q4,
      ${k ? `SUM(g${k}) AS gsum, SUM(q${k}) AS gn` : 'SUM(gsum) AS gsum, SUM(gn) AS gn'}, COUNT(*) OVER () AS pairs, SUM(${weight}) OVER () AS events
      FROM ${table} d JOIN actors s ON s.id = d.source_actor_id JOIN actors t ON t.id = d.target_actor_id ${sides}
      GROUP BY ${groups} HAVING ${weight} >= ${p.add(Math.max(1, q.minWeight ?? 1))}
      ORDER BY w DESC, "sKey", "tKey" LIMIT ${p.add(q.limit ?? 500)}`, p.values)).rows;
  const nodes = new Map<string, number>();
  const edges = rows.map((r) => {
    const quad: [number, number, number, number] = [r.q1, r.q2, r.q3, r.q4].map(Number) as [number, number, number, number];
    const w = Number(r.w);
    nodes.set(r.sKey, (nodes.get(r.sKey) ?? 0) + w);
    nodes.set(r.tKey, (nodes.get(r.tKey) ?? 0) + w);
    return { source: r.sKey, target: r.tKey, weight: w, quad, quadClass: k ?? quad.indexOf(Math.max(...quad)) + 1, meanGoldstein: mean(Number(r.gsum), Number(r.gn)) };
  });
  const total = { pairs: Number(rows[0]?.pairs ?? 0), events: Number(rows[0]?.events ?? 0) };
  if (byCountry) {
    const found = new Map((await db.query('SELECT country, SUM(mentions) AS mentions FROM actors WHERE country = ANY($1::text[]) GROUP BY country', [[...nodes.keys()]])).rows.map((a) => [a.country, Number(a.mentions)]));
    return { nodes: [...nodes].map(([key, weight]) => ({ key, name: key, country: key, sector: null, weight, mentions: found.get(key) ?? 0 })), edges, total };
  }
  const found = new Map((await db.query('SELECT key, name, country, sector, mentions FROM actors WHERE key = ANY($1::text[])', [[...nodes.keys()]])).rows.map((a) => [a.key, a]));
  return {
    nodes: [...nodes].map(([key, weight]) => {
      const row = found.get(key);
      return { ...toActor(row)!, weight, mentions: row?.mentions ?? 0 };
    }),
    edges,
    total,
  };
}
