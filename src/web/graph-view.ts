// The actor network: node size is mentions, edge colour the mean Goldstein (red conflict to green
// cooperation), edge width the event count. Filters: months, quad class, country, minimum weight.
// Clicking an edge opens the edge panel; clicking a node, the node panel.
import cytoscape from 'cytoscape';
import type { Graph } from '../store/store.ts';
import { get } from './api.ts';
import { QUAD_NAMES, fmt, goldsteinColor, h } from './dom.ts';
import { edgePanel } from './edge-panel.ts';
import { nodePanel } from './node-panel.ts';

const lastDay = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

export async function graphView(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const f = {
    since: params.get('since') ?? '',
    until: params.get('until') ?? '',
    quadClass: params.get('quadClass') ?? '',
    country: params.get('country') ?? '',
    minWeight: params.get('minWeight') ?? '1',
  };
  const input = (name: keyof typeof f, attrs: Record<string, string>) => h('input', { name, value: f[name], ...attrs });
  const form = h('form', { class: 'filters', id: 'graph-filters' },
    h('label', {}, 'from ', input('since', { type: 'month' })),
    h('label', {}, 'to ', input('until', { type: 'month' })),
    h('label', {}, 'quad class ', h('select', { name: 'quadClass' }, h('option', { value: '' }, 'all'), QUAD_NAMES.map((n, i) => h('option', { value: String(i + 1), selected: f.quadClass === String(i + 1) }, `${i + 1} ${n}`)))),
    h('label', {}, 'country ', input('country', { size: '4', maxlength: '3', placeholder: 'RUS', pattern: '[A-Za-z]{3}' })),
    h('label', {}, 'min events ', input('minWeight', { type: 'number', min: '1', size: '4' })),
    h('button', { type: 'submit' }, 'Apply'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (String(v).trim() && !(k === 'minWeight' && v === '1')) q.set(k, k === 'country' ? String(v).toUpperCase() : String(v));
    location.hash = `#/${q.size ? '?' + q : ''}`;
  });
  const canvas = h('div', { id: 'cy', class: 'cy' });
  const panel = h('aside', { id: 'panel', class: 'panel' }, h('p', { class: 'muted' }, 'Click an edge for the pair’s timeline and evidence, or an actor for its profile.'));
  const status = h('p', { class: 'muted', id: 'graph-status' });
  const edgeList = h('ol', { class: 'edge-list', id: 'edge-list' });
  root.replaceChildren(form, status, h('div', { class: 'split' }, h('div', { class: 'graph-col' }, canvas, h('details', {}, h('summary', {}, 'Edges as a list'), edgeList)), panel));

  const g = await get<Graph>('graph', { since: f.since, until: f.until, quadClass: f.quadClass, country: f.country.toUpperCase(), minWeight: f.minWeight });
  status.textContent = `${g.nodes.length} actors, ${g.edges.length} directed pairs, ${g.edges.reduce((n, e) => n + e.weight, 0)} events`;
  const names = new Map(g.nodes.map((n) => [n.key, n.name]));
  const maxMentions = Math.max(1, ...g.nodes.map((n) => n.mentions));
  const maxWeight = Math.max(1, ...g.edges.map((e) => e.weight));
  const filters = { sinceDay: f.since ? `${f.since}-01` : undefined, untilDay: f.until ? lastDay(f.until) : undefined, quadClass: f.quadClass || undefined };
  const openEdge = (e: Graph['edges'][number]) =>
    edgePanel(panel, { ...e, sourceName: names.get(e.source) ?? e.source, targetName: names.get(e.target) ?? e.target }, filters).catch((err) => panel.replaceChildren(h('p', { class: 'error' }, String(err.message))));
  const openNode = (key: string) => nodePanel(panel, key).catch((err) => panel.replaceChildren(h('p', { class: 'error' }, String(err.message))));

  for (const e of g.edges) {
    edgeList.appendChild(h('li', {}, h('a', { href: '#/', class: 'edge-link', 'data-source': e.source, 'data-target': e.target, onclick: (ev: Event) => (ev.preventDefault(), openEdge(e)) },
      `${names.get(e.source)} → ${names.get(e.target)}`), ` ${e.weight} events, mean Goldstein ${fmt(e.meanGoldstein)}`));
  }
  if (!g.nodes.length) {
    canvas.appendChild(h('p', { class: 'muted empty' }, 'No events match these filters.'));
    return;
  }
  const cy = cytoscape({
    container: canvas,
    elements: [
      ...g.nodes.map((n) => ({ data: { id: n.key, label: n.name, size: 18 + 52 * Math.sqrt(n.mentions / maxMentions), country: n.country ?? '' } })),
      ...g.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, weight: e.weight, color: goldsteinColor(e.meanGoldstein), width: 1.5 + 8.5 * Math.sqrt(e.weight / maxWeight), index: i } })),
    ],
    style: [
      { selector: 'node', style: { width: 'data(size)', height: 'data(size)', label: 'data(label)', 'background-color': '#4a6fa5', color: '#222', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3, 'text-outline-color': '#fff', 'text-outline-width': 2 } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.85 } },
      { selector: ':selected', style: { 'overlay-color': '#333', 'overlay-opacity': 0.15, 'border-width': 2, 'border-color': '#222' } },
    ],
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, padding: 30 } as cytoscape.LayoutOptions,
    wheelSensitivity: 0.3,
  });
  cy.on('tap', 'edge', (ev) => openEdge(g.edges[ev.target.data('index')]));
  cy.on('tap', 'node', (ev) => openNode(ev.target.id()));
  // The graph is drawn on a canvas; tests (and curious users) reach it here.
  (window as unknown as { dyadGraph: cytoscape.Core }).dyadGraph = cy;
}
