// The edge panel: one directed pair's timeline and the evidence behind it, each sentence with its
// trigger highlighted, the claimant when the event was reported inside a quote, and a link to the article.
import type { EventRow } from '../store/store.ts';
import { get, type PageOf } from './api.ts';
import { fill, fmt, goldsteinColor, h } from './dom.ts';
import { timelineChart, type TimelineMonth } from './timeline.ts';

type Evidence = EventRow & { triggerInSentence: [number, number] | null; claimant: { text: string | null; actor: { name: string } | null } | null };
interface DyadDetail {
  events: number;
  months: TimelineMonth[];
  evidence: PageOf<Evidence>;
}

export function sentenceWithTrigger(e: Evidence): Node[] {
  const s = e.sentence ?? '';
  if (!e.triggerInSentence) return [document.createTextNode(s)];
  const [a, b] = e.triggerInSentence;
  return [document.createTextNode(s.slice(0, a)), h('mark', { class: 'trg' }, s.slice(a, b)), document.createTextNode(s.slice(b))];
}

const lastDay = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

function evidenceItems(d: DyadDetail): HTMLElement[] {
  return d.evidence.items.map((e) =>
    h('li', { class: 'evidence' },
      h('div', { class: 'meta' }, h('b', {}, `${e.negated ? 'NOT ' : ''}${e.plover}`), e.cameo ? ` ${e.cameo}` : '', ` · ${e.date ?? e.article.date ?? ''}${e.history ? ' (history)' : e.dateSource === 'expression' ? ' (from the sentence)' : ' (article date)'} · Goldstein ${fmt(e.goldstein)}`, e.numSources > 1 ? ` · ${e.numSources} outlets` : ''),
      h('blockquote', { class: 'sentence' }, sentenceWithTrigger(e)),
      e.claimant ? h('div', { class: 'claimant' }, 'claimed by ', h('b', {}, e.claimant.actor?.name ?? e.claimant.text ?? 'unknown')) : null,
      h('a', { href: `#/article/${e.article.id}`, class: 'article-link' }, e.article.title ?? e.article.recordId, e.article.source ? ` (${e.article.source})` : ''),
    ),
  );
}

/** The later of two days, and the earlier: a month picked on the timeline within the form's range. */
const later = (a: string | undefined, b: string) => (a && a > b ? a : b);
const earlier = (a: string | undefined, b: string) => (a && a < b ? a : b);

export async function edgePanel(panel: HTMLElement, edge: { source: string; target: string; sourceName: string; targetName: string; meanGoldstein: number | null; weight: number }, filters: Record<string, string | number | undefined>): Promise<void> {
  panel.replaceChildren(h('p', { class: 'muted' }, 'Loading…'));
  const ask = (month: string | null) =>
    get<DyadDetail>('dyad', {
      source: edge.source, target: edge.target, quadClass: filters.quadClass, limit: 30,
      since: month ? later(filters.sinceDay as string | undefined, `${month}-01`) : filters.sinceDay,
      until: month ? earlier(filters.untilDay as string | undefined, lastDay(month)) : filters.untilDay,
    });
  const d = await ask(null);
  const evidence = h('div', { id: 'evidence' });
  const chartBox = h('div', { class: 'timeline-slot' });
  let picked: string | null = null;
  const show = (x: DyadDetail) => {
    const items = evidenceItems(x);
    fill(evidence,
      h('h3', {}, picked ? `Evidence from ${picked} ` : 'Evidence ', picked ? h('a', { href: '#/', id: 'evidence-all', onclick: (e: Event) => (e.preventDefault(), void pick(null)) }, '(all months)') : null),
      items.length ? h('ol', { class: 'evidence-list' }, items) : h('p', { class: 'muted' }, 'No events in this range.'),
      x.evidence.more ? h('p', { class: 'muted' }, `Showing the ${items.length} newest.`) : null,
    );
  };
  const chart = () => chartBox.replaceChildren(timelineChart(d.months, { selected: picked, onMonth: (m) => void pick(m) }));
  // A click on a month shows that month's evidence; the timeline keeps the pair's whole range.
  async function pick(month: string | null) {
    picked = month;
    chart();
    evidence.setAttribute('aria-busy', 'true');
    try {
      const x = month ? await ask(month) : d;
      if (picked === month) show(x);
    } catch (err) {
      fill(evidence, h('p', { class: 'error' }, (err as Error).message));
    }
    evidence.removeAttribute('aria-busy');
  }
  chart();
  show(d);
  fill(panel,
    h('h2', { class: 'edge-title' }, `${edge.sourceName} → ${edge.targetName}`),
    h('p', {}, h('span', { class: `swatch` }), `${d.events} events · mean Goldstein `, h('b', { class: 'goldstein' }, fmt(edge.meanGoldstein))),
    chartBox,
    h('p', { class: 'muted hint' }, 'Click a month for its evidence.'),
    evidence,
  );
  const sw = panel.querySelector('.swatch') as HTMLElement;
  sw.style.background = goldsteinColor(edge.meanGoldstein);
}
