// A deterministic force layout: the same nodes and edges give the same picture, whatever order the
// server listed them in and however often the page is opened. Start positions come from a hash of each
// key (not Math.random), the nodes are visited in key order, and the simulation runs a fixed number of
// steps (Fruchterman and Reingold's spring model, with a pull to the centre so separate groups stay near).
export interface LayoutInput {
  nodes: { key: string; size: number }[];
  edges: { source: string; target: string; weight: number }[];
}

export type Positions = Record<string, { x: number; y: number }>;

/** FNV-1a, 32 bits: a stable hash of a string. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** A signature of the graph's shape: what the layout depends on, and so what its cache is keyed by. */
export function signature(g: LayoutInput): string {
  const n = g.nodes.map((x) => x.key).sort().join('\u0001');
  const e = g.edges.map((x) => `${x.source}\u0002${x.target}\u0002${x.weight}`).sort().join('\u0001');
  return `${g.nodes.length}:${g.edges.length}:${hash(n).toString(36)}${hash(e).toString(36)}`;
}

export function layout(g: LayoutInput): Positions {
  const nodes = [...g.nodes].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const n = nodes.length;
  const index = new Map(nodes.map((x, i) => [x.key, i]));
  const edges = g.edges
    .map((e) => [index.get(e.source), index.get(e.target), e.weight] as const)
    .filter((e): e is readonly [number, number, number] => e[0] !== undefined && e[1] !== undefined && e[0] !== e[1])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const side = Math.max(200, Math.sqrt(n) * 90);
  const k = side / Math.sqrt(Math.max(1, n)); // the ideal distance between neighbours
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const h = hash(nodes[i].key);
    x[i] = ((h & 0xffff) / 0xffff - 0.5) * side;
    y[i] = ((h >>> 16) / 0xffff - 0.5) * side;
  }
  const maxW = Math.max(1, ...edges.map((e) => e[2]));
  // Fewer steps on big graphs: the repulsion is quadratic in the nodes.
  const steps = Math.max(40, Math.min(300, Math.round(4e7 / Math.max(1, n * n))));
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  let temp = side / 8;
  for (let s = 0; s < steps; s++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let ex = x[i] - x[j];
        let ey = y[i] - y[j];
        let d2 = ex * ex + ey * ey;
        if (d2 < 0.01) (ex = ((i * 7 + j) % 5) - 2 || 1), (ey = ((i + j * 3) % 5) - 2 || 1), (d2 = ex * ex + ey * ey);
        const f = (k * k) / d2;
        dx[i] += ex * f;
        dy[i] += ey * f;
        dx[j] -= ex * f;
        dy[j] -= ey * f;
      }
    }
    for (const [a, b, w] of edges) {
      const ex = x[a] - x[b];
      const ey = y[a] - y[b];
      const d = Math.sqrt(ex * ex + ey * ey) || 1;
      const f = (d / k) * (0.5 + Math.sqrt(w / maxW));
      dx[a] -= ex * f;
      dy[a] -= ey * f;
      dx[b] += ex * f;
      dy[b] += ey * f;
    }
    for (let i = 0; i < n; i++) {
      dx[i] -= x[i] * 0.04 * (k / 30);
      dy[i] -= y[i] * 0.04 * (k / 30);
      const d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) || 1;
      const m = Math.min(d, temp);
      x[i] += (dx[i] / d) * m;
      y[i] += (dy[i] / d) * m;
    }
    temp = Math.max(1, temp * 0.97);
  }
  const out: Positions = {};
  for (let i = 0; i < n; i++) out[nodes[i].key] = { x: Math.round(x[i] * 10) / 10, y: Math.round(y[i] * 10) / 10 };
  return out;
}

const memory = new Map<string, Positions>();
const STORE_KEY = 'dyad-layout:';

/** The layout of this graph, computed once: kept in memory and in localStorage for the next visit. */
export function cachedLayout(g: LayoutInput, storage: Pick<Storage, 'getItem' | 'setItem'> | null = globalThis.localStorage ?? null): { positions: Positions; cached: boolean } {
  const sig = signature(g);
  const hit = memory.get(sig);
  if (hit) return { positions: hit, cached: true };
  try {
    const kept = storage?.getItem(STORE_KEY + sig);
    if (kept) {
      const positions = JSON.parse(kept) as Positions;
      memory.set(sig, positions);
      return { positions, cached: true };
    }
  } catch {
    // a full or blocked storage only costs a recomputation
  }
  const positions = layout(g);
  memory.set(sig, positions);
  try {
    storage?.setItem(STORE_KEY + sig, JSON.stringify(positions));
  } catch {
    // as above
  }
  return { positions, cached: false };
}
