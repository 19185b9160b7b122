// The actor network: nodes (actors, with mentions) and weighted directed edges for a date range,
// quad class, event type, factuality, outlet, country, sector and minimum weight, around one actor or rolled up into states; and the store's counts.
import type { Graph, GraphQuery } from '../store/store.ts';
import { FACTUALITIES } from '../store/graph-events.ts';
import { PLOVER } from '../doc/plover.ts';
import { BadRequest } from './params.ts';
import { route, type Deps } from './route.ts';

/** How many of a focused actor's partners the second step reaches out from, heaviest first. */
export const SECOND_STEP_FROM = 30;

const graph = route({
  method: 'get',
  path: '/api/graph',
  summary: 'Actor network: nodes with mentions, directed edges weighted by event count with quad counts and mean Goldstein, and the totals before the limit',
  params: {
    since: { type: 'month', description: 'from this month on (YYYY-MM or YYYY-MM-DD)' },
    until: { type: 'month', description: 'up to this month' },
    quadClass: { type: 'int', description: 'only events of this quad class (1-4)', min: 1, max: 4 },
    country: { type: 'country', description: 'edges touching an actor of this country' },
    sector: { type: 'string', description: 'edges touching an actor of this sector (GOV, MIL, BUS ...)' },
    minWeight: { type: 'int', description: 'edges with at least this many events', min: 1, max: 1_000_000, default: 1 },
    limit: { type: 'int', description: 'at most this many edges, heaviest first', min: 1, max: 2000, default: 300 },
    actor: { type: 'string', description: 'only the neighbourhood of this actor (exact key)' },
    steps: { type: 'int', description: 'with actor: 1 (its own pairs) or 2 (and its partners\' pairs)', min: 1, max: 2, default: 1 },
    by: { type: 'enum', values: ['actor', 'country'], description: "'country' rolls actors up into states: pairs between two states", default: 'actor' },
    type: { type: 'string', description: 'only events of this PLOVER type (ACCUSE) or CAMEO code prefix (11)' },
    factuality: { type: 'enum', values: FACTUALITIES, description: 'only events told this way (default asserted: what the totals count)' },
    outlet: { type: 'string', description: "only events reported by this outlet (an article's source)" },
  },
  async handle(_c, q, { store }) {
    if (q.sector !== undefined && !/^[A-Z]{2,4}$/.test(q.sector)) throw new BadRequest('sector', `expected a sector code in capitals (GOV, MIL), got ${JSON.stringify(q.sector.slice(0, 40))}`);
    if (q.type !== undefined && !/^\d{2,4}$/.test(q.type) && !PLOVER.includes(q.type.toUpperCase())) throw new BadRequest('type', `expected a PLOVER type (${PLOVER.slice(0, 3).join(', ')} ...) or a CAMEO code prefix (11), got ${JSON.stringify(q.type.slice(0, 40))}`);
    if (q.actor !== undefined && q.by === 'country') throw new BadRequest('actor', 'a focus on one actor needs by=actor');
    const f: GraphQuery = { since: q.since, until: q.until, quadClass: q.quadClass, country: q.country, sector: q.sector, minWeight: q.minWeight, limit: q.limit, by: q.by as GraphQuery['by'], type: q.type, factuality: q.factuality, outlet: q.outlet };
    if (!q.actor) return store.graph(f);
    const found = await store.actor(q.actor, { limit: 1 });
    if (!found) throw new BadRequest('actor', `no actor ${JSON.stringify(q.actor)} in the store`, 404);
    const g = await neighbourhood(store, f, found.actor.key, q.steps!);
    return { ...g, focus: { key: found.actor.key, name: found.actor.name, steps: q.steps } };
  },
});

/**
 * An actor's pairs and, at two steps, the pairs of its heaviest partners, heaviest first and cut at the
 * limit. `total` stays the actor's own (one step): the pairs of the whole two-step ring are not counted.
 */
export async function neighbourhood(store: Deps['store'], f: GraphQuery, key: string, steps: number): Promise<Graph> {
  const first = await store.graph({ ...f, actor: key });
  if (steps < 2) return first;
  const edges = new Map(first.edges.map((e) => [`${e.source}\u0000${e.target}`, e]));
  const nodes = new Map(first.nodes.map((n) => [n.key, n]));
  const partners = first.nodes.filter((n) => n.key !== key).sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : 1)).slice(0, SECOND_STEP_FROM);
  for (const p of partners) {
    const g = await store.graph({ ...f, actor: p.key, limit: Math.min(f.limit ?? 300, 50) });
    for (const e of g.edges) edges.set(`${e.source}\u0000${e.target}`, e);
    for (const n of g.nodes) if (!nodes.has(n.key)) nodes.set(n.key, n);
  }
  const kept = [...edges.values()].sort((a, b) => b.weight - a.weight || (a.source + a.target < b.source + b.target ? -1 : 1)).slice(0, f.limit ?? 300);
  const used = new Set(kept.flatMap((e) => [e.source, e.target]));
  return { nodes: [...nodes.values()].filter((n) => used.has(n.key)), edges: kept, total: first.total };
}

const stats = route({
  method: 'get',
  path: '/api/stats',
  summary: 'Counts of articles, actors, quotes and events; schema and layer versions',
  params: {},
  async handle(_c, _q, { store }) {
    return store.stats();
  },
});

const months = route({
  method: 'get',
  path: '/api/months',
  summary: 'Asserted events between two actors per month, oldest first (the page\'s time slider)',
  params: {},
  async handle(_c, _q, { store }) {
    return store.months();
  },
});

export const graphRoutes = [graph, stats, months];
