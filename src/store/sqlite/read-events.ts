// Event, dyad and graph queries. Events are filtered on indexed columns first (country, actor, type,
// date) and only the page's rows are joined to articles and actors; dyads and the graph read the
// monthly summary kept on write, never the events table, except a graph filtered by event type, factuality
// or outlet (graph-events.ts), which those totals do not hold.
import type Database from 'better-sqlite3';
import { eventsTable, needsEvents } from '../graph-events.ts';
import { compareEvents, defaultFactuality, EVENT_ORDER, EVENT_ORDER_COLS, eventConditions, type OrderKeys } from '../list-order.ts';
import { toEvent } from '../rows.ts';
import type { DyadQuery, DyadRow, EventQuery, EventRow, Graph, GraphQuery } from '../store.ts';
import { actorCondition, ARTICLE_COLS, page, toActor, toArticle } from './filters.ts';

const EVENT_SELECT = `SELECT e.id, e.date, e.date_source AS dateSource, e.history, e.factuality, e.plover, e.cameo, e.mode, e.context, e.goldstein, e.quad_class AS quadClass, e.negated,
  e.source_text AS sourceText, e.target_text AS targetText, e.trigger_text AS trigger, e.sentence_text AS sentence,
  e.num_mentions AS numMentions, e.num_sources AS numSources, e.num_articles AS numArticles,
  s.key AS sKey, s.name AS sName, s.country AS sCountry, s.sector AS sSector,
  t.key AS tKey, t.name AS tName, t.country AS tCountry, t.sector AS tSector, ${ARTICLE_COLS}
  FROM events e JOIN articles a ON a.id = e.article_id
  LEFT JOIN actors s ON s.id = e.source_actor_id LEFT JOIN actors t ON t.id = e.target_actor_id`;


export function queryEvents(db: Database.Database, q: EventQuery = {}): EventRow[] {
  const where: string[] = [];
  const params: unknown[] = [];
  const cond = (value: string, actorCol: string, countryCol: string, into = params) => {
    if (!q.exactKeys) return actorCondition(db, value, actorCol, countryCol, into);
    // The id as a literal, so the planner walks the (actor, date) index; a subquery made it sort.
    const id = db.prepare('SELECT id FROM actors WHERE key = ?').pluck().get(value) as number | undefined;
    return id === undefined ? '0' : `${actorCol} = ${id}`;
  };
  if (q.source) where.push(cond(q.source, 'e.source_actor_id', 'e.source_country'));
  if (q.target) where.push(cond(q.target, 'e.target_actor_id', 'e.target_country'));
  if (q.type) {
    if (/^\d+$/.test(q.type)) {
      where.push('e.cameo LIKE ?');
      params.push(q.type + '%');
    } else {
      where.push('e.plover = ?');
      params.push(q.type.toUpperCase());
    }
  }
  if (q.quadClass) where.push('e.quad_class = ?') && params.push(q.quadClass);
  if (q.since) where.push('e.date >= ?') && params.push(q.since);
  if (q.until) where.push('e.date <= ?') && params.push(q.until);
  if (q.articleId !== undefined) {
    where.push('e.id IN (SELECT event_id FROM event_mentions WHERE article_id = ?)');
    params.push(q.articleId);
  }
  where.push(...eventConditions(q, (v) => (params.push(v), '?')));
  if (!q.includeNegated && defaultFactuality(q)) where.push('e.negated = 0');
  // History told in passing stays apart from current events, except in one article's own list.
  if (!q.includeHistory && q.articleId === undefined && defaultFactuality(q)) where.push('e.history = 0');
  const { limit, offset } = page(q);
  const order = EVENT_ORDER[q.sort ?? 'newest'] ?? EVENT_ORDER.newest;
  const select = (extra: string[], xp: unknown[], lim: number, off: number) => {
    const w = [...where, ...extra];
    return db
      .prepare(`SELECT ${EVENT_ORDER_COLS} FROM events e ${w.length ? 'WHERE ' + w.join(' AND ') : ''} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .all(...params, ...xp, lim, off) as OrderKeys[];
  };
  let ids: number[];
  if (q.actor) {
    // Either side: each side walks its own (actor, date) index in the list's order, and the two lists
    // are merged in that order. One OR across the two columns would sort every matching event instead.
    const [ap, bp]: unknown[][] = [[], []];
    const a = select([cond(q.actor, 'e.source_actor_id', 'e.source_country', ap)], ap, offset + limit, 0);
    const b = select([cond(q.actor, 'e.target_actor_id', 'e.target_country', bp)], bp, offset + limit, 0);
    const seen = new Set<number>();
    ids = [...a, ...b]
      .sort(compareEvents(q.sort))
      .filter((x) => !seen.has(x.id) && Boolean(seen.add(x.id)))
      .slice(offset, offset + limit)
      .map((x) => x.id);
  } else ids = select([], [], limit, offset).map((x) => x.id);
  if (!ids.length) return [];
  const rows = db.prepare(`${EVENT_SELECT} WHERE e.id IN (${ids.join(',')})`).all() as Record<string, any>[];
  const byId = new Map(rows.map((r) => [r.id, toEvent(r)]));
  return ids.map((id) => byId.get(id)!);
}

/** Every event in id order, a page at a time. */
export function* iterateEvents(db: Database.Database, includeNegated = false): Generator<EventRow> {
  const stmt = db.prepare(`${EVENT_SELECT} WHERE e.id > ? ${includeNegated ? '' : 'AND e.negated = 0'} ORDER BY e.id LIMIT 1000`);
  let last = 0;
  for (;;) {
    const rows = stmt.all(last) as Record<string, any>[];
    if (!rows.length) return;
    for (const r of rows) yield toEvent(r);
    last = rows[rows.length - 1].id;
  }
}

function dyadWhere(db: Database.Database, q: DyadQuery & { quadClass?: number; country?: string; sector?: string }, params: unknown[]): string {
  const where: string[] = [];
  const cond = (value: string, col: string) => {
    if (!q.exactKeys) return actorCondition(db, value, col, null, params);
    params.push(value);
    return `${col} IN (SELECT id FROM actors WHERE key = ?)`;
  };
  if (q.source) where.push(cond(q.source, 'd.source_actor_id'));
  if (q.target) where.push(cond(q.target, 'd.target_actor_id'));
  if (q.actor) {
    const a = cond(q.actor, 'd.source_actor_id');
    const b = cond(q.actor, 'd.target_actor_id');
    where.push(`(${a} OR ${b})`);
  }
  if (q.country) {
    where.push('(d.source_actor_id IN (SELECT id FROM actors WHERE country = ?) OR d.target_actor_id IN (SELECT id FROM actors WHERE country = ?))');
    params.push(q.country, q.country);
  }
  if (q.sector) {
    where.push('(d.source_actor_id IN (SELECT id FROM actors WHERE sector = ?) OR d.target_actor_id IN (SELECT id FROM actors WHERE sector = ?))');
    params.push(q.sector, q.sector);
  }
  if (q.since) where.push('d.month >= ?') && params.push(q.since.slice(0, 7));
  if (q.until) where.push('d.month <= ?') && params.push(q.until.slice(0, 7));
  return where.length ? 'WHERE ' + where.join(' AND ') : '';
}

const mean = (sum: number, n: number) => (n ? Math.round((sum / n) * 100) / 100 : null);

export function queryDyads(db: Database.Database, q: DyadQuery = {}): DyadRow[] {
  const params: unknown[] = [];
  const where = dyadWhere(db, q, params);
  const { limit, offset } = page(q);
  // Without a date range the totals table answers from its count index; with one, months are summed.
  const sql = q.since || q.until
    ? `SELECT d.source_actor_id AS s, d.target_actor_id AS t, SUM(n) AS n, SUM(q1) AS q1, SUM(q2) AS q2, SUM(q3) AS q3, SUM(q4) AS q4,
      SUM(gsum) AS gsum, SUM(gn) AS gn FROM dyad_months d ${where} GROUP BY d.source_actor_id, d.target_actor_id
      HAVING SUM(n) >= ? ORDER BY SUM(n) DESC, s, t LIMIT ? OFFSET ?`
    : `SELECT d.source_actor_id AS s, d.target_actor_id AS t, n, q1, q2, q3, q4, gsum, gn FROM dyad_totals d ${where ? where + ' AND' : 'WHERE'} n >= ?
      ORDER BY n DESC, s, t LIMIT ? OFFSET ?`;
  const rows = db.prepare(sql).all(...params, q.minCount ?? 1, limit, offset) as Record<string, number>[];
  if (!rows.length) return [];
  const actor = db.prepare('SELECT key, name, country, sector FROM actors WHERE id = ?');
  // The latest months of each pair (default 24), oldest first: enough for a trend line and the delta.
  const months = db.prepare(`SELECT month, n, q1, q2, q3, q4, gsum, gn FROM dyad_months d WHERE source_actor_id = ? AND target_actor_id = ?
    ${q.since ? 'AND month >= @since' : ''} ${q.until ? 'AND month <= @until' : ''} ORDER BY month DESC LIMIT @max`);
  const bounds = { max: Math.max(2, q.months ?? 24), ...(q.since ? { since: q.since.slice(0, 7) } : {}), ...(q.until ? { until: q.until.slice(0, 7) } : {}) };
  return rows.map((r) => {
    const m = (months.all(r.s, r.t, bounds) as Record<string, any>[]).reverse().map((x) => ({
      month: x.month as string,
      count: x.n as number,
      quad: [x.q1, x.q2, x.q3, x.q4] as [number, number, number, number],
      meanGoldstein: mean(x.gsum, x.gn),
    }));
    const last = m[m.length - 1]?.meanGoldstein;
    const prev = m[m.length - 2]?.meanGoldstein;
    return {
      source: toActor(actor.get(r.s) as any)!,
      target: toActor(actor.get(r.t) as any)!,
      count: r.n,
      quad: [r.q1, r.q2, r.q3, r.q4],
      meanGoldstein: mean(r.gsum, r.gn),
      months: m,
      trend: last != null && prev != null ? Math.round((last - prev) * 100) / 100 : null,
    };
  });
}

export function queryGraph(db: Database.Database, q: GraphQuery = {}): Graph {
  const params: unknown[] = [];
  const where = dyadWhere(db, { ...q, exactKeys: true }, params);
  const k = q.quadClass && q.quadClass >= 1 && q.quadClass <= 4 ? q.quadClass : null;
  const weight = k ? `SUM(q${k})` : 'SUM(n)';
  const byCountry = q.by === 'country';
  // By country, both sides need a state and a state's dealings with itself are left out: the view is between states.
  const sides = byCountry ? `${where ? where + ' AND' : 'WHERE'} s.country IS NOT NULL AND t.country IS NOT NULL AND s.country <> t.country` : where;
  // The window sums run over every group the HAVING keeps, before the LIMIT: the totals the status line reports.
  // Type, factuality and outlet are not in the month totals: those graphs are summed from the events.
  const fromParams: unknown[] = [];
  const table = needsEvents(q) ? eventsTable(q, (v) => (fromParams.push(v), '?')) : q.since || q.until ? 'dyad_months' : 'dyad_totals';
  const rows = db
    .prepare(`SELECT ${byCountry ? 's.country AS sKey, t.country AS tKey' : 's.key AS sKey, t.key AS tKey'}, ${weight} AS w, SUM(q1) AS q1, SUM(q2) AS q2, SUM(q3) AS q3, SUM(q4) AS q4,
      ${k ? `SUM(g${k}) AS gsum, SUM(q${k}) AS gn` : 'SUM(gsum) AS gsum, SUM(gn) AS gn'}, COUNT(*) OVER () AS pairs, SUM(${weight}) OVER () AS events
      FROM ${table} d JOIN actors s ON s.id = d.source_actor_id JOIN actors t ON t.id = d.target_actor_id ${sides}
      GROUP BY ${byCountry ? 's.country, t.country' : 'd.source_actor_id, d.target_actor_id'} HAVING ${weight} >= ? ORDER BY w DESC, sKey, tKey LIMIT ?`)
    .all(...fromParams, ...params, Math.max(1, q.minWeight ?? 1), q.limit ?? 500) as Record<string, any>[];
  const nodes = new Map<string, number>();
  const edges = rows.map((r) => {
    const quad: [number, number, number, number] = [r.q1, r.q2, r.q3, r.q4];
    nodes.set(r.sKey, (nodes.get(r.sKey) ?? 0) + r.w);
    nodes.set(r.tKey, (nodes.get(r.tKey) ?? 0) + r.w);
    return { source: r.sKey, target: r.tKey, weight: r.w, quad, quadClass: k ?? quad.indexOf(Math.max(...quad)) + 1, meanGoldstein: mean(r.gsum, r.gn) };
  });
  const total = { pairs: rows[0]?.pairs ?? 0, events: rows[0]?.events ?? 0 };
  if (byCountry) {
    const state = db.prepare('SELECT SUM(mentions) AS mentions, COUNT(*) AS actors FROM actors WHERE country = ?');
    return {
      nodes: [...nodes].map(([key, weight]) => ({ key, name: key, country: key, sector: null, weight, mentions: (state.get(key) as any)?.mentions ?? 0 })),
      edges,
      total,
    };
  }
  const actor = db.prepare('SELECT key, name, country, sector, mentions FROM actors WHERE key = ?');
  return {
    nodes: [...nodes].map(([key, weight]) => {
      const row = actor.get(key) as any;
      return { ...toActor(row)!, weight, mentions: row?.mentions ?? 0 };
    }),
    edges,
    total,
  };
}
