import { describe, expect, it } from 'vitest';
import type { Graph } from '../../store/store.ts';
import { withoutSelfLoops } from './graph-detail.ts';

const node = (key: string, weight: number) => ({ key, name: key.toUpperCase(), country: null, sector: null, weight, mentions: 1 });
const edge = (source: string, target: string, weight: number) => ({ source, target, weight, quad: [weight, 0, 0, 0] as [number, number, number, number], quadClass: 1, meanGoldstein: 1 });

describe('withoutSelfLoops', () => {
  // A government that "urged its own ministries" is an edge from RUSGOV to itself.
  const g: Graph = { nodes: [node('a', 5), node('b', 2), node('c', 4)], edges: [edge('a', 'a', 3), edge('a', 'b', 2), edge('c', 'c', 4)], total: { pairs: 3, events: 9 } };

  it('leaves out edges from an actor to itself, the nodes left with no edge, and takes the weights again', () => {
    const out = withoutSelfLoops(g);
    expect(out.edges.map((e) => `${e.source}>${e.target}`)).toEqual(['a>b']);
    expect(out.nodes.map((n) => [n.key, n.weight])).toEqual([['a', 2], ['b', 2]]);
  });

  it('keeps the graph as it is when asked', () => {
    expect(withoutSelfLoops(g, true)).toBe(g);
  });
});
