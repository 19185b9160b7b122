// What the graph exports add to the store's graph for Gephi and networkx: each node's quotes and the
// days it was first and last seen in an edge's events, each edge's events by PLOVER type and by month
// (the spells and the dynamic weight of a timeline), and no self-loops unless asked. One pass over the
// counted events gives it, with the graph's own filters: months, quad class, history left out.
import { PLOVER } from '../../server/events.ts';
import type { Graph, GraphQuery, Store } from '../../store/store.ts';
import { pages } from './pages.ts';

export interface EdgeDetail {
  /** "2024-06" -> events that month. */
  months: Map<string, number>;
  /** PLOVER type -> events. */
  plover: Map<string, number>;
}

export interface NodeDetail {
  quotes: number;
  /** First and last day of the node's events within the graph's edges. */
  first: string | null;
  last: string | null;
  months: Set<string>;
}

export interface DetailedGraph extends Graph {
  /** "source\ttarget" -> detail. */
  edgeDetail: Map<string, EdgeDetail>;
  nodeDetail: Map<string, NodeDetail>;
  /** PLOVER types found on the edges, in the ontology's order. */
  types: string[];
}

export const pairKey = (s: string, t: string) => `${s}\t${t}`;

/** Leaves out self-loops (an actor acting on itself) unless `selfLoops`. */
export const withoutSelfLoops = (g: Graph, selfLoops = false): Graph => (selfLoops ? g : keepEdges(g, (e) => e.source !== e.target));

/** The edges that pass `keep`; nodes left with no edge go too, and node weights are taken again. */
export function keepEdges(g: Graph, keep: (e: Graph['edges'][number]) => boolean): Graph {
  const edges = g.edges.filter(keep);
  const weight = new Map<string, number>();
  for (const e of edges) for (const k of [e.source, e.target]) weight.set(k, (weight.get(k) ?? 0) + e.weight);
  return { ...g, edges, nodes: g.nodes.filter((n) => weight.has(n.key)).map((n) => ({ ...n, weight: weight.get(n.key)! })) };
}

export async function detailGraph(store: Store, g: Graph, q: GraphQuery): Promise<DetailedGraph> {
  const edgeDetail = new Map<string, EdgeDetail>(g.edges.map((e) => [pairKey(e.source, e.target), { months: new Map(), plover: new Map() }]));
  const nodeDetail = new Map<string, NodeDetail>(g.nodes.map((n) => [n.key, { quotes: 0, first: null, last: null, months: new Set() }]));
  const found = new Set<string>();
  for await (const e of store.allEvents()) {
    if (e.history || !e.source || !e.target || !e.date) continue;
    const month = e.date.slice(0, 7);
    // the graph's months are compared on YYYY-MM, as store.graph compares them
    if ((q.since && month < q.since.slice(0, 7)) || (q.until && month > q.until.slice(0, 7))) continue;
    if (q.quadClass && e.quadClass !== q.quadClass) continue;
    const d = edgeDetail.get(pairKey(e.source.key, e.target.key));
    if (!d) continue;
    d.months.set(month, (d.months.get(month) ?? 0) + 1);
    d.plover.set(e.plover, (d.plover.get(e.plover) ?? 0) + 1);
    found.add(e.plover);
    for (const k of [e.source.key, e.target.key]) {
      const n = nodeDetail.get(k)!;
      if (!n.first || e.date < n.first) n.first = e.date;
      if (!n.last || e.date > n.last) n.last = e.date;
      n.months.add(month);
    }
  }
  for await (const a of pages((p) => store.actors(p), Infinity)) {
    const n = nodeDetail.get(a.key);
    if (n) n.quotes = a.quotes;
  }
  const types = [...PLOVER.filter((t) => found.has(t)), ...[...found].filter((t) => !PLOVER.includes(t)).sort()];
  return { ...g, edgeDetail, nodeDetail, types };
}
