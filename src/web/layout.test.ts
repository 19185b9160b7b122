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
  it('leaves no two nodes overlapping, however big, with room for a label', () => {
    const star = {
      nodes: Array.from({ length: 30 }, (_, i) => ({ key: `s${i}`, size: i < 6 ? 60 : 20 })),
      // The six big nodes deal heavily with each other, as the top states do: the springs pull them together.
      edges: [
        ...Array.from({ length: 29 }, (_, i) => ({ source: 's0', target: `s${i + 1}`, weight: 5 })),
        ...Array.from({ length: 36 }, (_, k) => ({ source: `s${Math.floor(k / 6)}`, target: `s${k % 6}`, weight: 400 })).filter((e) => e.source !== e.target),
      ],
    };
    const p = layout(star);
    for (let i = 0; i < 30; i++)
      for (let j = i + 1; j < 30; j++) expect(dist(p, `s${i}`, `s${j}`)).toBeGreaterThan((star.nodes[i].size + star.nodes[j].size) / 2);
  });
  it('keeps a separate pair near the main group instead of flinging it out', () => {
    const g = ring(40);
    const p = layout({ nodes: [...g.nodes, { key: 'x', size: 10 }, { key: 'y', size: 10 }], edges: [...g.edges, { source: 'x', target: 'y', weight: 1 }] });
    const main = g.nodes.map((n) => p[n.key]);
    const cx = main.reduce((s, q) => s + q.x, 0) / main.length;
    const cy = main.reduce((s, q) => s + q.y, 0) / main.length;
    const r = Math.max(...main.map((q) => Math.hypot(q.x - cx, q.y - cy)));
    expect(Math.hypot(p.x.x - cx, p.x.y - cy)).toBeLessThan(r + 150);
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
