// A dyad's timeline as plain SVG: stacked bars of events per month by quad class, and the month's
// mean Goldstein as a line on its own -10..+10 scale.
import { QUAD_COLORS, QUAD_NAMES, h, svg } from './dom.ts';

export interface TimelineMonth {
  month: string;
  count: number;
  quad: [number, number, number, number];
  meanGoldstein: number | null;
}

/** Every month from the first to the last, so gaps show as gaps. */
export function fillMonths(input: TimelineMonth[]): TimelineMonth[] {
  // Only real months: a store from before events were dated may still hold a '0000-00' month.
  const months = input.filter((m) => /^\d{4}-(0[1-9]|1[0-2])$/.test(m.month) && !m.month.startsWith('0000'));
  if (!months.length) return [];
  const by = new Map(months.map((m) => [m.month, m]));
  const out: TimelineMonth[] = [];
  let [y, m] = months[0].month.split('-').map(Number);
  const last = months[months.length - 1].month;
  for (let guard = 0; guard < 600; guard++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(by.get(key) ?? { month: key, count: 0, quad: [0, 0, 0, 0], meanGoldstein: null });
    if (key >= last) break;
    m === 12 ? ((m = 1), y++) : m++;
  }
  return out;
}

export function timelineChart(input: TimelineMonth[]): HTMLElement {
  const months = fillMonths(input);
  const W = 360;
  const H = 160;
  const pad = { l: 28, r: 30, t: 10, b: 28 };
  const iw = W - pad.l - pad.r;
  const ih = H - pad.t - pad.b;
  const max = Math.max(1, ...months.map((m) => m.count));
  const bw = months.length ? iw / months.length : iw;
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'timeline', role: 'img', 'aria-label': 'events per month by quad class, with mean Goldstein' });
  root.appendChild(svg('line', { x1: pad.l, y1: pad.t + ih, x2: pad.l + iw, y2: pad.t + ih, class: 'axis' }));
  root.appendChild(svg('text', { x: pad.l - 4, y: pad.t + 8, class: 'tick', 'text-anchor': 'end' }, String(max)));
  root.appendChild(svg('text', { x: pad.l - 4, y: pad.t + ih, class: 'tick', 'text-anchor': 'end' }, '0'));
  root.appendChild(svg('text', { x: pad.l + iw + 4, y: pad.t + 8, class: 'tick' }, '+10'));
  root.appendChild(svg('text', { x: pad.l + iw + 4, y: pad.t + ih, class: 'tick' }, '-10'));
  root.appendChild(svg('line', { x1: pad.l, y1: pad.t + ih / 2, x2: pad.l + iw, y2: pad.t + ih / 2, class: 'zero' }));
  const gy = (g: number) => pad.t + ih / 2 - (g / 10) * (ih / 2);
  const points: string[] = [];
  months.forEach((m, i) => {
    const x = pad.l + i * bw;
    let y = pad.t + ih;
    m.quad.forEach((n, q) => {
      if (!n) return;
      const hgt = (n / max) * ih;
      y -= hgt;
      const r = svg('rect', { x: x + bw * 0.15, y, width: Math.max(1, bw * 0.7), height: hgt, fill: QUAD_COLORS[q], class: `bar quad-${q + 1}`, 'data-month': m.month });
      r.appendChild(svg('title', {}, `${m.month}: ${n} ${QUAD_NAMES[q]}`));
      root.appendChild(r);
    });
    if (m.meanGoldstein !== null) points.push(`${x + bw / 2},${gy(m.meanGoldstein)}`);
    if (months.length <= 12 || i % Math.ceil(months.length / 6) === 0) root.appendChild(svg('text', { x: x + bw / 2, y: H - 10, class: 'tick', 'text-anchor': 'middle' }, m.month));
  });
  if (points.length > 1) root.appendChild(svg('polyline', { points: points.join(' '), class: 'goldstein-line' }));
  for (const p of points) {
    const [cx, cy] = p.split(',');
    root.appendChild(svg('circle', { cx, cy, r: 3, class: 'goldstein-dot' }));
  }
  const legend = h('div', { class: 'chart-legend' }, QUAD_NAMES.map((n, q) => h('span', {}, h('span', { class: `swatch quad-${q + 1}` }), n)), h('span', {}, h('span', { class: 'swatch line' }), 'mean Goldstein'));
  return h('figure', { class: 'timeline-box' }, root as unknown as Node, legend);
}
