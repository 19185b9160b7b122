// The actor network: nodes (actors, with mentions) and weighted directed edges for a date range,
// quad class, country and minimum weight; and the store's counts.
import { route } from './route.ts';

const graph = route({
  method: 'get',
  path: '/api/graph',
  summary: 'Actor network: nodes with mentions, directed edges weighted by event count with quad counts and mean Goldstein',
  params: {
    since: { type: 'month', description: 'from this month on (YYYY-MM or YYYY-MM-DD)' },
    until: { type: 'month', description: 'up to this month' },
    quadClass: { type: 'int', description: 'only events of this quad class (1-4)', min: 1, max: 4 },
    country: { type: 'country', description: 'edges touching an actor of this country' },
    minWeight: { type: 'int', description: 'edges with at least this many events', min: 1, max: 1_000_000, default: 1 },
    limit: { type: 'int', description: 'at most this many edges, heaviest first', min: 1, max: 2000, default: 300 },
  },
  async handle(_c, q, { store }) {
    return store.graph({ since: q.since, until: q.until, quadClass: q.quadClass, country: q.country, minWeight: q.minWeight, limit: q.limit });
  },
});

const stats = route({
  method: 'get',
  path: '/api/stats',
  summary: 'Counts of articles, actors, quotes and events; schema and layer versions',
  params: {},
  async handle(_c, _q, { store }) {
    return store.stats();
  },
});

export const graphRoutes = [graph, stats];
