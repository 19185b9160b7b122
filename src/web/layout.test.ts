// The layout is deterministic: order of input does not matter, the same graph gives the same positions,
// connected nodes end nearer than unconnected ones, and the cache answers the second time.
import { describe, expect, it } from 'vitest';
import { cachedLayout, layout, signature } from './layout.ts';

const ring = (n: number) => ({
  nodes: Array.from({ length: n }, (_, i) => ({ key: `a${i}`, size: 10 })),
  edges: Array.from({ length: n }, (_, i) => ({ source: `a${i}`, target: `a${(i + 1) % n}`, weight: 1 + (i % 3) })),
});
const dist = (p: Record<string, { x: number; y: number }>, a: string, b: string) => Math.hypot(p[a].x - p[b].x, p[a].y - p[b].y);

describe('layout', () => {
  it('gives the same positions for the same graph, in any order', () => {
    const g = ring(12);
    const shuffled = { nodes: [...g.nodes].reverse(), edges: [...g.edges].sort((a, b) => (a.target < b.target ? -1 : 1)) };
    expect(layout(shuffled)).toEqual(layout(g));
    expect(signature(shuffled)).toBe(signature(g));
  });
  it('puts neighbours closer than nodes across the ring, and spreads nodes apart', () => {
    const p = layout(ring(12));
    expect(dist(p, 'a0', 'a1')).toBeLessThan(dist(p, 'a0', 'a6'));
    const keys = Object.keys(p);
    for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) expect(dist(p, keys[i], keys[j])).toBeGreaterThan(5);
  });
  it('lays out a single node and an empty graph', () => {
    expect(Object.keys(layout({ nodes: [{ key: 'x', size: 1 }], edges: [] }))).toEqual(['x']);
    expect(layout({ nodes: [], edges: [] })).toEqual({});
  });
  it('is computed once: the second call with the same graph comes from the cache', () => {
    const kept = new Map<string, string>();
    const storage = { getItem: (k: string) => kept.get(k) ?? null, setItem: (k: string, v: string) => void kept.set(k, v) };
    const g = ring(7);
    const first = cachedLayout(g, storage);
    expect(first.cached).toBe(false);
    expect(kept.size).toBe(1);
    const again = cachedLayout({ nodes: [...g.nodes].reverse(), edges: g.edges }, storage);
    expect(again).toEqual({ positions: first.positions, cached: true });
  });
});
