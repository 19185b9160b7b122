// GraphML and GEXF writers for Gephi and networkx: actors as nodes with a `label` and their country,
// sector, weight, mentions, quotes and first/last day seen; directed dyads as edges weighted by their
// events, with the dominant quad class, events per quad class and per PLOVER type and the mean
// Goldstein score. GEXF is dynamic: nodes and edges carry spells (the months they had events) and each
// edge a `events` attribute per month, so Gephi's timeline plays the network month by month.
import type { DetailedGraph } from './graph-detail.ts';
import { pairKey } from './graph-detail.ts';

const xml = (s: unknown) => String(s ?? '').replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

const QUADS = ['verbal_coop', 'material_coop', 'verbal_conflict', 'material_conflict'];

type Attr = [id: string, type: 'string' | 'integer' | 'double'];

const NODE_ATTRS: Attr[] = [['country', 'string'], ['sector', 'string'], ['weight', 'integer'], ['mentions', 'integer'], ['quotes', 'integer'], ['first_seen', 'string'], ['last_seen', 'string']];
const edgeAttrs = (g: DetailedGraph): Attr[] => [['quad_class', 'integer'], ['mean_goldstein', 'double'], ...QUADS.map((q): Attr => [q, 'integer']), ...g.types.map((t): Attr => [t, 'integer'])];

function nodeValues(g: DetailedGraph, n: DetailedGraph['nodes'][number]): [string, unknown][] {
  const d = g.nodeDetail.get(n.key);
  return [['country', n.country], ['sector', n.sector], ['weight', n.weight], ['mentions', n.mentions], ['quotes', d?.quotes ?? 0], ['first_seen', d?.first], ['last_seen', d?.last]];
}

function edgeValues(g: DetailedGraph, e: DetailedGraph['edges'][number]): [string, unknown][] {
  const plover = g.edgeDetail.get(pairKey(e.source, e.target))?.plover;
  return [['quad_class', e.quadClass], ['mean_goldstein', e.meanGoldstein], ...QUADS.map((q, i): [string, unknown] => [q, e.quad[i]]), ...g.types.map((t): [string, unknown] => [t, plover?.get(t) ?? 0])];
}

const present = ([, v]: [string, unknown]) => v !== null && v !== undefined && v !== '';

export function graphml(g: DetailedGraph): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'];
  const type = (t: string) => (t === 'integer' ? 'int' : t);
  out.push('  <key id="label" for="node" attr.name="label" attr.type="string"/>');
  for (const [id, t] of NODE_ATTRS) out.push(`  <key id="${id}" for="node" attr.name="${id}" attr.type="${type(t)}"/>`);
  out.push('  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>');
  for (const [id, t] of edgeAttrs(g)) out.push(`  <key id="${id}" for="edge" attr.name="${id}" attr.type="${type(t)}"/>`);
  out.push('  <graph id="dyads" edgedefault="directed">');
  const data = (vs: [string, unknown][]) => vs.filter(present).map(([k, v]) => `<data key="${k}">${xml(v)}</data>`).join('');
  for (const n of g.nodes) out.push(`    <node id="${xml(n.key)}"><data key="label">${xml(n.name)}</data>${data(nodeValues(g, n))}</node>`);
  g.edges.forEach((e, i) => {
    out.push(`    <edge id="e${i}" source="${xml(e.source)}" target="${xml(e.target)}"><data key="weight">${e.weight}</data>${data(edgeValues(g, e))}</edge>`);
  });
  out.push('  </graph>', '</graphml>');
  return out.join('\n') + '\n';
}

const nextMonth = (m: string) => {
  const [y, mo] = m.split('-').map(Number);
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
};
const lastDay = (m: string) => {
  const [y, mo] = m.split('-').map(Number);
  return `${m}-${String(new Date(Date.UTC(y, mo, 0)).getUTCDate()).padStart(2, '0')}`;
};

/** Months with events ("2024-06") as GEXF spells: runs of consecutive months, first to last day. */
export function spellsOf(months: Iterable<string>): { start: string; end: string }[] {
  const out: { start: string; end: string }[] = [];
  for (const m of [...new Set(months)].sort()) {
    const last = out.at(-1);
    if (last && nextMonth(last.end.slice(0, 7)) === m) last.end = lastDay(m);
    else out.push({ start: `${m}-01`, end: lastDay(m) });
  }
  return out;
}

const spells = (months: Iterable<string>) => {
  const s = spellsOf(months);
  return s.length ? `<spells>${s.map((x) => `<spell start="${x.start}" end="${x.end}"/>`).join('')}</spells>` : '';
};

/**
 * GEXF 1.2, dynamic (timeformat date): what Gephi's timeline needs. 1.2 rather than 1.3 because
 * networkx's reader knows only 1.1 and 1.2 ("No <graph> element" on a 1.3 file); Gephi reads both.
 */
export function gexf(g: DetailedGraph): string {
  const decl = (attrs: Attr[]) => attrs.map(([id, t]) => `<attribute id="${id}" title="${id}" type="${t}"/>`).join('');
  const values = (vs: [string, unknown][]) => vs.filter(present).map(([k, v]) => `<attvalue for="${k}" value="${xml(v)}"/>`).join('');
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">',
    '  <meta><creator>dyad</creator><description>actors and directed dyads; edges weighted by events</description></meta>',
    '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">',
    `    <attributes class="node" mode="static">${decl(NODE_ATTRS)}</attributes>`,
    `    <attributes class="edge" mode="static">${decl(edgeAttrs(g))}</attributes>`,
    '    <attributes class="edge" mode="dynamic"><attribute id="events" title="events" type="integer"/></attributes>',
    '    <nodes>',
  ];
  for (const n of g.nodes) {
    out.push(`      <node id="${xml(n.key)}" label="${xml(n.name)}"><attvalues>${values(nodeValues(g, n))}</attvalues>${spells(g.nodeDetail.get(n.key)?.months ?? [])}</node>`);
  }
  out.push('    </nodes>', '    <edges>');
  g.edges.forEach((e, i) => {
    const months = g.edgeDetail.get(pairKey(e.source, e.target))?.months ?? new Map<string, number>();
    const monthly = [...months].sort().map(([m, n]) => `<attvalue for="events" value="${n}" start="${m}-01" end="${lastDay(m)}"/>`).join('');
    out.push(`      <edge id="${i}" source="${xml(e.source)}" target="${xml(e.target)}" weight="${e.weight}"><attvalues>${values(edgeValues(g, e))}${monthly}</attvalues>${spells(months.keys())}</edge>`);
  });
  out.push('    </edges>', '  </graph>', '</gexf>');
  return out.join('\n') + '\n';
}
