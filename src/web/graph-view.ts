// The actor network: node size is mentions, node colour the country or sector (with a legend), edge
// colour the mean Goldstein (red conflict to green cooperation), edge width the event count. The layout
// is deterministic and cached (layout.ts), labels are placed to stay legible (graph-labels.ts), and the
// status line says what part of the store is on screen. Clicking an edge opens the edge panel; a node, the node panel.
import cytoscape from 'cytoscape';
import type { Graph } from '../store/store.ts';
import { ApiError, get } from './api.ts';
import { fmt, goldsteinColor, h } from './dom.ts';
import { edgesCsv, graphGexf, save, type ShownNode } from './downloads.ts';
import { edgePanel } from './edge-panel.ts';
import { apiParams, filterForm, filtersHash, readFilters, type GraphFilters } from './graph-filters.ts';
import { placeLabels } from './graph-labels.ts';
import { cachedLayout } from './layout.ts';
import { nodePanel } from './node-panel.ts';
import { palette } from './palette.ts';
import { timeSlider, type MonthCount } from './time-slider.ts';

type Answer = Graph & { focus?: { key: string; name: string; steps: number } };

const lastDay = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};
const n = (x: number) => x.toLocaleString('en-GB');

/** The status line: what is drawn against what the filters match, and what to do about the rest. */
export function statusText(g: Answer, f: GraphFilters): string {
  const shown = g.edges.reduce((s, e) => s + e.weight, 0);
  const what = f.view === 'countries' ? 'pairs of states' : 'pairs';
  if (g.focus && g.focus.steps > 1) {
    return `within 2 steps of ${g.focus.name}: ${n(g.nodes.length)} actors, ${n(g.edges.length)} pairs, ${n(shown)} events (${g.focus.name} has ${n(g.total.pairs)} pairs of its own)`;
  }
  const head = g.focus ? `around ${g.focus.name}: ` : '';
  const more = g.edges.length < g.total.pairs ? '; raise the limit or filter to see the rest' : '';
  return `${head}showing ${n(g.edges.length)} of ${n(g.total.pairs)} ${what} (${n(g.nodes.length)} ${f.view === 'countries' ? 'states' : 'actors'}, ${n(shown)} of ${n(g.total.events)} events), heaviest first${more}`;
}

const byCountryView = (f: GraphFilters) => f.view === 'countries';

/** The network drawn last: destroyed before the next is drawn, so its render loop and listeners stop. */
let current: cytoscape.Core | null = null;

export function dropGraph(): void {
  current?.destroy();
  current = null;
  delete (window as unknown as { dyadGraph?: cytoscape.Core }).dyadGraph;
}

export async function graphView(root: HTMLElement, params: URLSearchParams): Promise<void> {
  dropGraph();
  const f = readFilters(params);
  const { form, error, showError } = filterForm(f, '');
  const canvas = h('div', { id: 'cy', class: 'cy' });
  const panel = h('aside', { id: 'panel', class: 'panel' }, h('p', { class: 'muted' }, 'Click an edge for the pair’s timeline and evidence, or an actor for its profile.'));
  const status = h('p', { class: 'status', id: 'graph-status' });
  const legend = h('ul', { class: 'node-legend', id: 'node-legend' });
  const tools = h('p', { class: 'downloads', id: 'downloads' });
  const edgeList = h('ol', { class: 'edge-list', id: 'edge-list' });
  const slot = h('div', { class: 'time-slot' });
  root.replaceChildren(h('div', { class: 'filter-row' }, form, error), slot, status, h('div', { class: 'split' }, h('div', { class: 'graph-col' }, canvas, legend, tools, h('details', {}, h('summary', {}, 'Edges as a list'), edgeList)), panel));

  // The slider's months come beside the network, never in its way: without them there is no slider.
  const months = get<MonthCount[]>('months').catch(() => []);
  let g: Answer;
  try {
    g = await get<Answer>('graph', apiParams(f));
    const strip = timeSlider(await months, f.since, f.until, (since, until) => (location.hash = filtersHash({ ...f, since, until })));
    if (strip) slot.replaceChildren(strip);
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    showError(e.message, e.param);
    canvas.appendChild(h('p', { class: 'muted empty' }, 'No network for these filters: see the message beside the form.'));
    return;
  }
  if (g.focus) (form.elements.namedItem('actorName') as HTMLInputElement).value = g.focus.name;
  status.textContent = statusText(g, f);
  // The same filters as lists: the events behind the network, and its actors.
  const same = new URLSearchParams();
  for (const k of ['since', 'until', 'quadClass', 'type', 'factuality', 'outlet', 'country', 'sector'] as const) if (f[k]) same.set(k, f[k]);
  if (f.actor && !byCountryView(f)) (same.set('actor', f.actor), same.set('exact', '1'));
  status.after(h('p', { class: 'muted list-links', id: 'graph-lists' }, h('a', { href: `#/events${same.size ? '?' + same : ''}`, id: 'graph-events-list' }, 'these events as a list'), ' · ', h('a', { href: `#/actors${f.country || f.sector ? '?' + new URLSearchParams(Object.entries({ country: f.country, sector: f.sector }).filter(([, v]) => v)) : ''}` }, 'the actors as a list')));
  const byCountry = f.view === 'countries';
  const names = new Map(g.nodes.map((x) => [x.key, x.name]));
  const maxMentions = Math.max(1, ...g.nodes.map((x) => x.mentions));
  const maxWeight = Math.max(1, ...g.edges.map((e) => e.weight));
  const filters = { sinceDay: f.since ? `${f.since.slice(0, 7)}-01` : undefined, untilDay: f.until ? lastDay(f.until.slice(0, 7)) : undefined, quadClass: f.quadClass || undefined };
  const openEdge = (e: Graph['edges'][number]) => {
    // A pair of states is many actor pairs: open the actors of the source state instead.
    if (byCountry) return void (location.hash = filtersHash({ ...f, view: 'actors', country: e.source }));
    edgePanel(panel, { ...e, sourceName: names.get(e.source) ?? e.source, targetName: names.get(e.target) ?? e.target }, filters).catch((err) => panel.replaceChildren(h('p', { class: 'error' }, String(err.message))));
  };
  const openNode = (key: string) => {
    if (byCountry) return void (location.hash = filtersHash({ ...f, view: 'actors', country: key }));
    nodePanel(panel, key, (partner) => (location.hash = filtersHash({ ...f, actor: partner }))).catch((err) => panel.replaceChildren(h('p', { class: 'error' }, String(err.message))));
  };

  for (const e of g.edges) {
    edgeList.appendChild(h('li', {}, h('a', { href: '#/', class: 'edge-link', 'data-source': e.source, 'data-target': e.target, onclick: (ev: Event) => (ev.preventDefault(), openEdge(e)) },
      `${names.get(e.source)} → ${names.get(e.target)}`), ` ${e.weight} events, mean Goldstein ${fmt(e.meanGoldstein)}`));
  }
  if (!g.nodes.length) {
    canvas.appendChild(h('p', { class: 'muted empty' }, 'No events match these filters.'));
    return;
  }
  const { colourOf, legend: entries } = palette(g.nodes, f.colour);
  legend.replaceChildren(...entries.map((l) => h('li', {}, h('span', { class: 'swatch', 'data-colour': l.colour }), `${l.code} `, h('span', { class: 'muted' }, `${l.nodes}`))));
  legend.querySelectorAll<HTMLElement>('.swatch').forEach((s) => (s.style.background = s.dataset.colour!));
  const size = (mentions: number) => Math.round(14 + 46 * Math.sqrt(mentions / maxMentions));
  const { positions } = cachedLayout({ nodes: g.nodes.map((x) => ({ key: x.key, size: size(x.mentions) })), edges: g.edges });
  const cy = (current = cytoscape({
    container: canvas,
    elements: [
      ...g.nodes.map((x) => ({ data: { id: x.key, label: x.name, size: size(x.mentions), colour: colourOf(x), country: x.country ?? '', sector: x.sector ?? '', mentions: x.mentions }, position: { ...positions[x.key] }, classes: x.key === g.focus?.key ? 'focus' : '' })),
      ...g.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, weight: e.weight, color: goldsteinColor(e.meanGoldstein), width: 1 + 7 * Math.sqrt(e.weight / maxWeight), index: i } })),
    ],
    style: [
      { selector: 'node', style: { width: 'data(size)', height: 'data(size)', 'background-color': 'data(colour)', 'border-width': 1, 'border-color': '#fff', label: '' } },
      { selector: 'node.lab, node.hover', style: { label: 'data(label)', 'font-size': 'data(fs)', color: '#111', 'text-valign': 'bottom', 'text-margin-y': 1, 'text-background-color': '#fff', 'text-background-opacity': 0.75, 'text-background-padding': '1px', 'z-index': 10 } },
      { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#111' } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.7 } },
      { selector: '.faded', style: { opacity: 0.12 } },
      { selector: ':selected', style: { 'overlay-color': '#333', 'overlay-opacity': 0.15, 'border-width': 2, 'border-color': '#222' } },
    ],
    layout: { name: 'preset', fit: true, padding: 30 },
    wheelSensitivity: 0.3,
    minZoom: 0.05,
    maxZoom: 6,
  }));
  const ranked = [...g.nodes].sort((a, b) => Number(b.key === g.focus?.key) - Number(a.key === g.focus?.key) || b.mentions - a.mentions || (a.key < b.key ? -1 : 1)).map((x) => x.key);
  placeLabels(cy, ranked);
  cy.on('tap', 'edge', (ev) => openEdge(g.edges[ev.target.data('index')]));
  cy.on('tap', 'node', (ev) => openNode(ev.target.id()));
  cy.on('mouseover', 'node', (ev) => {
    const near = ev.target.closedNeighborhood();
    cy.batch(() => {
      cy.elements().not(near).addClass('faded');
      near.nodes().forEach((x: cytoscape.NodeSingular) => void x.data('fs', 13 / cy.zoom()).addClass('hover'));
    });
  });
  cy.on('mouseout', 'node', () => cy.batch(() => cy.elements().removeClass('faded hover')));

  const shown = (): ShownNode[] => cy.nodes().map((x) => ({ key: x.id(), name: x.data('label'), country: x.data('country') || null, sector: x.data('sector') || null, mentions: x.data('mentions'), colour: x.data('colour'), size: x.data('size'), x: x.position('x'), y: x.position('y') }));
  const stem = `dyad-${byCountry ? 'states' : g.focus ? g.focus.key : 'network'}`;
  const button = (label: string, id: string, act: () => void) => h('button', { type: 'button', id, onclick: act }, label);
  tools.replaceChildren('Download what is shown: ',
    button('CSV', 'download-csv', () => save(`${stem}.csv`, new Blob([edgesCsv(shown(), g.edges)], { type: 'text/csv' }))),
    button('GEXF', 'download-gexf', () => save(`${stem}.gexf`, new Blob([graphGexf(shown(), g.edges, status.textContent ?? '')], { type: 'application/xml' }))),
    button('PNG', 'download-png', () => save(`${stem}.png`, cy.png({ output: 'blob', bg: '#ffffff', scale: 2 }) as unknown as Blob)),
  );
  // The graph is drawn on a canvas; tests (and curious users) reach it here.
  (window as unknown as { dyadGraph: cytoscape.Core }).dyadGraph = cy;
}
