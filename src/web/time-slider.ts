// The network's time slider: the store's events per month as a strip of bars, with two handles for the
// first and last month shown. Letting go of a handle, or clicking a month's bar (that month alone),
// sets the date range of the filters; both ends at the store's edges mean no date filter.
import { h, svg } from './dom.ts';
import { axisTicks, fillMonths } from './timeline.ts';

export interface MonthCount {
  month: string;
  count: number;
}

const W = 1000;
const H = 50;
const BARS = 32;

/** The index of a filter month (YYYY-MM or a day) among the months, or the given end when it falls outside. */
export function indexOf(months: string[], value: string, end: 'first' | 'last'): number {
  const m = value.slice(0, 7);
  if (!m) return end === 'first' ? 0 : months.length - 1;
  const i = months.findIndex((x) => x >= m);
  if (end === 'first') return i < 0 ? months.length - 1 : i;
  const j = months.findIndex((x) => x > m);
  return j < 0 ? months.length - 1 : Math.max(0, j - 1);
}

export function timeSlider(input: MonthCount[], since: string, until: string, onChange: (since: string, until: string) => void): HTMLElement | null {
  const months = fillMonths(input.map((m) => ({ month: m.month, count: m.count, quad: [0, 0, 0, 0], meanGoldstein: null })));
  if (months.length < 2) return null;
  const keys = months.map((m) => m.month);
  const max = Math.max(1, ...months.map((m) => m.count));
  const bw = W / months.length;
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'time-strip', preserveAspectRatio: 'none', role: 'img', 'aria-label': 'events per month in the store; click a month to show it alone' });
  const bars = months.map((m, i) => {
    const hgt = m.count ? Math.max(1, (m.count / max) * BARS) : 0;
    const r = svg('rect', { x: i * bw + bw * 0.1, y: BARS - hgt, width: Math.max(0.5, bw * 0.8), height: hgt, class: 'strip-bar', 'data-month': m.month });
    r.appendChild(svg('title', {}, `${m.month}: ${m.count} events`));
    const hit = svg('rect', { x: i * bw, y: 0, width: bw, height: BARS, class: 'strip-hit', 'data-month': m.month });
    hit.addEventListener('click', () => onChange(m.month, m.month));
    chart.append(r, hit);
    return r;
  });
  const labels = h('div', { class: 'strip-labels' });
  // Labels as HTML over the stretched strip, so the text keeps its size at any width.
  for (const t of axisTicks(keys, 8)) labels.appendChild(h('span', { class: 'strip-label', 'data-left': String(((t.index + 0.5) / months.length) * 100) }, t.label));
  labels.querySelectorAll<HTMLElement>('.strip-label').forEach((l) => {
    const at = Number(l.dataset.left);
    l.style.left = `${at}%`;
    // A label at either end is held inside the strip instead of centred past its edge.
    if (at < 4) l.classList.add('at-start');
    else if (at > 96) l.classList.add('at-end');
  });
  const range = (id: string, value: number, label: string) => h('input', { type: 'range', id, min: '0', max: String(months.length - 1), step: '1', value: String(value), 'aria-label': label });
  const from = range('time-from', indexOf(keys, since, 'first'), 'first month shown');
  const to = range('time-to', indexOf(keys, until, 'last'), 'last month shown');
  const said = h('span', { id: 'time-range', class: 'muted' });
  const ends = () => [Math.min(Number(from.value), Number(to.value)), Math.max(Number(from.value), Number(to.value))];
  const show = () => {
    const [a, b] = ends();
    bars.forEach((r, i) => r.classList.toggle('out', i < a || i > b));
    const n = months.slice(a, b + 1).reduce((s, m) => s + m.count, 0);
    said.textContent = `${keys[a]} to ${keys[b]}: ${n.toLocaleString('en-GB')} events`;
  };
  const commit = () => {
    const [a, b] = ends();
    onChange(a === 0 ? '' : keys[a], b === months.length - 1 ? '' : keys[b]);
  };
  for (const r of [from, to]) {
    r.addEventListener('input', show);
    r.addEventListener('change', commit);
  }
  show();
  return h('div', { class: 'time-slider', id: 'time-slider' }, chart as unknown as Node, labels, h('div', { class: 'strip-handles' }, from, to), said);
}
