// How the lists are ordered, and the event filters the lists share with the network (country and
// sector of either side, outlet, how the event was told), as SQL text both backends run: each binds
// values through its own `add`, which returns the placeholder. Every order ends on the id, so a page
// boundary never moves between two requests.
import { FACTUALITIES } from './graph-events.ts';
import type { ActorQuery, ArticleQuery, EventQuery } from './store.ts';

export const ACTOR_ORDER: Record<NonNullable<ActorQuery['sort']>, string> = {
  mentions: 'mentions DESC, as_source + as_target DESC, key',
  events: 'as_source + as_target DESC, mentions DESC, key',
  quotes: 'quotes DESC, mentions DESC, key',
  articles: 'articles DESC, mentions DESC, key',
  name: 'lower(name), key',
};

export const ARTICLE_ORDER: Record<NonNullable<ArticleQuery['sort']>, string> = {
  newest: 'a.date DESC NULLS LAST, a.id DESC',
  oldest: 'a.date ASC NULLS LAST, a.id ASC',
  title: 'lower(a.title) ASC NULLS LAST, a.id ASC',
  outlet: 'a.source ASC NULLS LAST, a.date DESC NULLS LAST, a.id DESC',
};

export const EVENT_ORDER: Record<NonNullable<EventQuery['sort']>, string> = {
  newest: 'e.date DESC NULLS LAST, e.id DESC',
  oldest: 'e.date ASC NULLS LAST, e.id ASC',
  mentions: 'e.num_mentions DESC, e.date DESC NULLS LAST, e.id DESC',
  conflict: 'e.goldstein ASC NULLS LAST, e.date DESC NULLS LAST, e.id DESC',
  cooperation: 'e.goldstein DESC NULLS LAST, e.date DESC NULLS LAST, e.id DESC',
};

/** The columns an event order reads, selected beside the id so two sides' lists can be merged in that order. */
export const EVENT_ORDER_COLS = 'e.id, e.date, e.num_mentions AS "mentions", e.goldstein AS "goldstein"';

export interface OrderKeys {
  id: number;
  date: string | null;
  mentions: number;
  goldstein: number | null;
}

/** The same orders in JavaScript, for merging the source-side and target-side lists of an `actor` query. */
export function compareEvents(sort: EventQuery['sort'] = 'newest'): (x: OrderKeys, y: OrderKeys) => number {
  // Missing values sort last whichever way the column runs.
  const col = <T extends string | number>(a: T | null, b: T | null, dir: 1 | -1) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -dir : dir);
  const newest = (x: OrderKeys, y: OrderKeys) => col(x.date, y.date, -1) || y.id - x.id;
  switch (sort) {
    case 'oldest':
      return (x, y) => col(x.date, y.date, 1) || x.id - y.id;
    case 'mentions':
      return (x, y) => y.mentions - x.mentions || newest(x, y);
    case 'conflict':
      return (x, y) => col(x.goldstein, y.goldstein, 1) || newest(x, y);
    case 'cooperation':
      return (x, y) => col(x.goldstein, y.goldstein, -1) || newest(x, y);
    default:
      return newest;
  }
}

/**
 * Conditions for the filters the event list shares with the network. A factuality replaces the default
 * of asserted events only: 'asserted' is what that default keeps, as in the network (graph-events.ts).
 */
export function eventConditions(q: EventQuery, add: (v: unknown) => string): string[] {
  const where: string[] = [];
  // Each value bound once per use: SQLite's placeholders are positional.
  if (q.country) where.push(`(e.source_country = ${add(q.country)} OR e.target_country = ${add(q.country)})`);
  if (q.sector) where.push(`(e.source_actor_id IN (SELECT id FROM actors WHERE sector = ${add(q.sector)}) OR e.target_actor_id IN (SELECT id FROM actors WHERE sector = ${add(q.sector)}))`);
  if (q.outlet) where.push(`EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.id AND m.source = ${add(q.outlet)})`);
  if (q.factuality && q.factuality !== 'asserted') {
    if (!(FACTUALITIES as readonly string[]).includes(q.factuality)) throw new Error(`unknown factuality ${JSON.stringify(q.factuality)}`);
    if (q.factuality === 'history') where.push("(e.history = 1 OR e.factuality = 'history')");
    else where.push(`e.factuality = ${add(q.factuality)}`, 'e.history = 0');
  }
  return where;
}

/** Whether the default of leaving out negated events and history applies (no factuality other than asserted asked for). */
export const defaultFactuality = (q: EventQuery): boolean => !q.factuality || q.factuality === 'asserted';

/** Events per month from the kept pair totals; a '0000-00' month left by an old store is no month. */
export const MONTHS_SQL = "SELECT month, SUM(n) AS count FROM dyad_months WHERE month > '0000-99' GROUP BY month ORDER BY month";
