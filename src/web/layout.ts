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
  gather(n, edges, x, y);
  spread(nodes.map((x) => x.size / 2), x, y);
  const out: Positions = {};
  for (let i = 0; i < n; i++) out[nodes[i].key] = { x: Math.round(x[i] * 10) / 10, y: Math.round(y[i] * 10) / 10 };
  return out;
}

/**
 * Brings the small separate groups in next to the biggest: repulsion flings a lone pair far out, and
 * fitting it on screen then shrinks the main group to a speck. The biggest group stays where it is; each
 * other group (largest first, ties by first node) is moved to a ring just outside it, a golden angle on from the last.
 */
function gather(n: number, edges: readonly (readonly [number, number, number])[], x: Float64Array, y: Float64Array): void {
  const up = Array.from({ length: n }, (_, i) => i);
  const root = (i: number): number => (up[i] === i ? i : (up[i] = root(up[i])));
  for (const [a, b] of edges) up[root(a)] = root(b);
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) (groups.get(root(i)) ?? groups.set(root(i), []).get(root(i))!).push(i);
  const list = [...groups.values()].sort((a, b) => b.length - a.length || a[0] - b[0]);
  if (list.length < 2) return;
  const centre = (g: number[]) => [g.reduce((s, i) => s + x[i], 0) / g.length, g.reduce((s, i) => s + y[i], 0) / g.length];
  const radius = (g: number[], [cx, cy]: number[]) => Math.max(0, ...g.map((i) => Math.hypot(x[i] - cx, y[i] - cy)));
  const [mx, my] = centre(list[0]);
  let ring = radius(list[0], [mx, my]) + 60;
  let angle = 0;
  for (const g of list.slice(1)) {
    const c = centre(g);
    const r = radius(g, c);
    const tx = mx + Math.cos(angle) * (ring + r);
    const ty = my + Math.sin(angle) * (ring + r);
    for (const i of g) (x[i] += tx - c[0]), (y[i] += ty - c[1]);
    angle += 2.39996; // the golden angle: the next group lands away from the last
    ring += 6;
  }
}

/** Room kept below a node for its label, and between any two nodes. */
const LABEL_ROOM = 16;
const GAP = 4;

/**
 * Pushes overlapping nodes apart until none overlaps (or 60 rounds): the spring model treats nodes as
 * points, so big nodes (the states of the country view) ended on top of each other and of their labels.
 * Each pair closer than its radii, the gap and a label's room is moved apart along the line between them.
 */
function spread(r: number[], x: Float64Array, y: Float64Array): void {
  const n = r.length;
  for (let round = 0; round < 60; round++) {
    let moved = false;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let ex = x[j] - x[i];
        let ey = y[j] - y[i];
        let d = Math.sqrt(ex * ex + ey * ey);
        const want = r[i] + r[j] + GAP + LABEL_ROOM * Math.min(1, Math.abs(ey) / (d || 1) + 0.3);
        if (d >= want) continue;
        if (d < 1e-6) (ex = ((i * 7 + j) % 5) - 2 || 1), (ey = ((i + j * 3) % 5) - 2 || 1), (d = Math.sqrt(ex * ex + ey * ey));
        const push = (want - d) / 2 / d;
        x[i] -= ex * push;
        y[i] -= ey * push;
        x[j] += ex * push;
        y[j] += ey * push;
        moved = true;
      }
    }
    if (!moved) return;
  }
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
