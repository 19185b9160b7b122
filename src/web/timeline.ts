// A dyad's timeline as plain SVG: stacked bars of events per month by quad class, and the month's
// mean Goldstein as a line on its own -10..+10 scale. A click on a month's column picks that month
// (the edge panel then shows its evidence only); the axis labels months or years, as the span allows.
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

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Month steps a labelled axis may take: every month, every 2, 3 or 6, then every 1, 2, 5, 10, 20 or 50 years. */
const STEPS = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600];

/**
 * Which months get a label, for `room` labels at most: the smallest step that fits, with labels on
 * round months (January, April ... or years divisible by the step) so they read as a calendar. Up to
 * six-month steps a label is 'Jun 2024'; from a year on, '2024' on that January (or the first month).
 */
export function axisTicks(months: string[], room: number): { index: number; label: string }[] {
  if (!months.length) return [];
  const at = (i: number) => months[i].split('-').map(Number) as [number, number];
  const label = (i: number, years: boolean) => (years ? String(at(i)[0]) : `${MONTHS[at(i)[1] - 1]} ${at(i)[0]}`);
  if (months.length === 1) return [{ index: 0, label: label(0, false) }];
  for (const step of STEPS) {
    const years = step >= 12;
    // Year labels are shorter, so more of them fit.
    const fits = years ? room * 1.6 : room;
    const picked: number[] = [];
    months.forEach((_, i) => {
      const [y, m] = at(i);
      if (years ? m === 1 && y % (step / 12) === 0 : (m - 1) % step === 0) picked.push(i);
    });
    // A span with no round month in it (Feb to Mar) labels its first month.
    if (!picked.length) picked.push(0);
    if (picked.length <= Math.max(1, Math.floor(fits))) return picked.map((i) => ({ index: i, label: label(i, years) }));
  }
  return [{ index: 0, label: label(0, true) }, { index: months.length - 1, label: label(months.length - 1, true) }];
}

export interface TimelineOptions {
  /** The month picked (its column marked). */
  selected?: string | null;
  /** Called with a month when its column is clicked, or null when the picked one is clicked again. */
  onMonth?: (month: string | null) => void;
}

export function timelineChart(input: TimelineMonth[], opts: TimelineOptions = {}): HTMLElement {
  const months = fillMonths(input);
  const W = 360;
  const H = 160;
  const pad = { l: 28, r: 30, t: 10, b: 28 };
  const iw = W - pad.l - pad.r;
  const ih = H - pad.t - pad.b;
  const max = Math.max(1, ...months.map((m) => m.count));
  const bw = months.length ? iw / months.length : iw;
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'timeline', role: 'img', 'aria-label': 'events per month by quad class, with mean Goldstein; click a month for its evidence' });
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
    // The whole column is the click target, so a month with a thin bar (or none) can still be picked.
    if (opts.onMonth && m.count) {
      const hit = svg('rect', { x, y: pad.t, width: bw, height: ih, class: `month-hit${opts.selected === m.month ? ' selected' : ''}`, 'data-month': m.month, tabindex: 0, role: 'button', 'aria-label': `${m.month}: ${m.count} events; show their evidence` });
      hit.appendChild(svg('title', {}, `${m.month}: ${m.count} events (click for their evidence)`));
      const pick = () => opts.onMonth!(opts.selected === m.month ? null : m.month);
      hit.addEventListener('click', pick);
      hit.addEventListener('keydown', (e) => (e as KeyboardEvent).key === 'Enter' && pick());
      root.appendChild(hit);
    }
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
  });
  // About 50 units a label ('Sep 2024' at 10 px), so labels never run into each other.
  for (const t of axisTicks(months.map((m) => m.month), iw / 50)) {
    const x = pad.l + t.index * bw;
    root.appendChild(svg('line', { x1: x + bw / 2, y1: pad.t + ih, x2: x + bw / 2, y2: pad.t + ih + 3, class: 'axis' }));
    root.appendChild(svg('text', { x: Math.min(Math.max(x + bw / 2, pad.l + 18), pad.l + iw - 18), y: H - 12, class: 'tick month-label', 'text-anchor': 'middle' }, t.label));
  }
  if (points.length > 1) root.appendChild(svg('polyline', { points: points.join(' '), class: 'goldstein-line' }));
  for (const p of points) {
    const [cx, cy] = p.split(',');
    root.appendChild(svg('circle', { cx, cy, r: 3, class: 'goldstein-dot' }));
  }
  const legend = h('div', { class: 'chart-legend' }, QUAD_NAMES.map((n, q) => h('span', {}, h('span', { class: `swatch quad-${q + 1}` }), n)), h('span', {}, h('span', { class: 'swatch line' }), 'mean Goldstein'));
  return h('figure', { class: 'timeline-box' }, root as unknown as Node, legend);
}
