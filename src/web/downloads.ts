// What is on screen, to take away: the edges as CSV, the graph as GEXF (Gephi's format, with the
// page's positions, sizes and colours), and the picture as PNG. Builders are pure; save() hands a file to the browser.
export interface ShownNode {
  key: string;
  name: string;
  country: string | null;
  sector: string | null;
  mentions: number;
  colour: string;
  size: number;
  x: number;
  y: number;
}
export interface ShownEdge {
  source: string;
  target: string;
  weight: number;
  quad: [number, number, number, number];
  meanGoldstein: number | null;
}

const cell = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  return /[",\n\r]/.test(s) || /^[=+\-@\t]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** One row per directed pair on screen; a name starting like a spreadsheet formula is quoted. */
export function edgesCsv(nodes: ShownNode[], edges: ShownEdge[]): string {
  const by = new Map(nodes.map((n) => [n.key, n]));
  const head = ['source', 'source_name', 'source_country', 'target', 'target_name', 'target_country', 'events', 'verbal_cooperation', 'material_cooperation', 'verbal_conflict', 'material_conflict', 'mean_goldstein'];
  const rows = edges.map((e) => {
    const s = by.get(e.source);
    const t = by.get(e.target);
    return [e.source, s?.name ?? e.source, s?.country ?? null, e.target, t?.name ?? e.target, t?.country ?? null, e.weight, ...e.quad, e.meanGoldstein];
  });
  return [head, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** GEXF 1.3 with the viz module: Gephi opens it with the page's layout and colours. */
export function graphGexf(nodes: ShownNode[], edges: ShownEdge[], description: string): string {
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) || 0);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `<meta><creator>dyad</creator><description>${xml(description)}</description></meta>`,
    '<graph defaultedgetype="directed" mode="static">',
    '<attributes class="node"><attribute id="country" title="country" type="string"/><attribute id="sector" title="sector" type="string"/><attribute id="mentions" title="mentions" type="integer"/></attributes>',
    '<attributes class="edge"><attribute id="mean_goldstein" title="mean Goldstein" type="double"/><attribute id="quad" title="events by quad class" type="string"/></attributes>',
    '<nodes>',
  ];
  for (const n of nodes) {
    const [r, g, b] = rgb(n.colour);
    out.push(`<node id="${xml(n.key)}" label="${xml(n.name)}"><attvalues><attvalue for="country" value="${xml(n.country ?? '')}"/><attvalue for="sector" value="${xml(n.sector ?? '')}"/><attvalue for="mentions" value="${n.mentions}"/></attvalues><viz:color r="${r}" g="${g}" b="${b}"/><viz:position x="${n.x}" y="${-n.y}" z="0"/><viz:size value="${n.size}"/></node>`);
  }
  out.push('</nodes>', '<edges>');
  edges.forEach((e, i) => {
    out.push(`<edge id="e${i}" source="${xml(e.source)}" target="${xml(e.target)}" weight="${e.weight}"><attvalues>${e.meanGoldstein === null ? '' : `<attvalue for="mean_goldstein" value="${e.meanGoldstein}"/>`}<attvalue for="quad" value="${e.quad.join(' ')}"/></attvalues></edge>`);
  });
  out.push('</edges>', '</graph>', '</gexf>', '');
  return out.join('\n');
}

/** Hands a file to the browser's downloads through a blob URL (no data fetched, nothing inline). */
export function save(name: string, body: Blob): void {
  const url = URL.createObjectURL(body);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
