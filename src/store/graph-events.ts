// The network from the events themselves, for filters the per-pair month totals cannot answer: the
// event type (PLOVER or a CAMEO prefix), how the article told it (asserted, negated, claimed ...) and
// the outlet that reported it. The rows have the columns of dyad_months (one per event, n = 1), so the
// graph query sums them the same way; one SQL text serves SQLite and PostgreSQL, each with its own placeholders.
import type { GraphQuery } from './store.ts';

/** The factualities an event may be told with (the contract's values). */
export const FACTUALITIES = ['asserted', 'negated', 'future', 'conditional', 'wished', 'history', 'question', 'claimed'] as const;

export const needsEvents = (q: GraphQuery): boolean => Boolean(q.type || q.outlet || (q.factuality && q.factuality !== 'asserted'));

/** A derived table standing in for dyad_months; `add` binds a value and returns its placeholder. */
export function eventsTable(q: GraphQuery, add: (v: unknown) => string): string {
  const where = ['e.source_actor_id IS NOT NULL', 'e.target_actor_id IS NOT NULL'];
  // Asserted is what the month totals hold: neither negated (nor otherwise not fact) nor history.
  if (!q.factuality || q.factuality === 'asserted') where.push('e.negated = 0', 'e.history = 0');
  else if (q.factuality === 'history') where.push("(e.history = 1 OR e.factuality = 'history')");
  else where.push(`e.factuality = ${add(q.factuality)}`, 'e.history = 0');
  if (q.type) where.push(/^\d+$/.test(q.type) ? `e.cameo LIKE ${add(q.type + '%')}` : `e.plover = ${add(q.type.toUpperCase())}`);
  if (q.outlet) where.push(`EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.id AND m.source = ${add(q.outlet)})`);
  const quad = [1, 2, 3, 4].map((k) => `CASE WHEN e.quad_class = ${k} THEN 1 ELSE 0 END AS q${k}`);
  const gold = [1, 2, 3, 4].map((k) => `CASE WHEN e.quad_class = ${k} THEN COALESCE(e.goldstein, 0) ELSE 0 END AS g${k}`);
  return `(SELECT e.source_actor_id, e.target_actor_id, substr(e.date, 1, 7) AS month, 1 AS n, ${quad.join(', ')}, ${gold.join(', ')},
    COALESCE(e.goldstein, 0) AS gsum, CASE WHEN e.goldstein IS NULL THEN 0 ELSE 1 END AS gn
    FROM events e WHERE ${where.join(' AND ')})`;
}
