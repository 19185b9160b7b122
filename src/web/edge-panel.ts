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

export async function edgePanel(panel: HTMLElement, edge: { source: string; target: string; sourceName: string; targetName: string; meanGoldstein: number | null; weight: number }, filters: Record<string, string | number | undefined>): Promise<void> {
  panel.replaceChildren(h('p', { class: 'muted' }, 'Loading…'));
  const d = await get<DyadDetail>('dyad', { source: edge.source, target: edge.target, since: filters.sinceDay, until: filters.untilDay, quadClass: filters.quadClass, limit: 30 });
  const items = d.evidence.items.map((e) =>
    h('li', { class: 'evidence' },
      h('div', { class: 'meta' }, h('b', {}, `${e.negated ? 'NOT ' : ''}${e.plover}`), e.cameo ? ` ${e.cameo}` : '', ` · ${e.date ?? e.article.date ?? ''}${e.history ? ' (history)' : e.dateSource === 'expression' ? ' (from the sentence)' : ' (article date)'} · Goldstein ${fmt(e.goldstein)}`, e.numSources > 1 ? ` · ${e.numSources} outlets` : ''),
      h('blockquote', { class: 'sentence' }, sentenceWithTrigger(e)),
      e.claimant ? h('div', { class: 'claimant' }, 'claimed by ', h('b', {}, e.claimant.actor?.name ?? e.claimant.text ?? 'unknown')) : null,
      h('a', { href: `#/article/${e.article.id}`, class: 'article-link' }, e.article.title ?? e.article.recordId, e.article.source ? ` (${e.article.source})` : ''),
    ),
  );
  fill(panel,
    h('h2', { class: 'edge-title' }, `${edge.sourceName} → ${edge.targetName}`),
    h('p', {}, h('span', { class: `swatch` }), `${d.events} events · mean Goldstein `, h('b', { class: 'goldstein' }, fmt(edge.meanGoldstein))),
    timelineChart(d.months),
    h('h3', {}, 'Evidence'),
    items.length ? h('ol', { class: 'evidence-list' }, items) : h('p', { class: 'muted' }, 'No events in this range.'),
    d.evidence.more ? h('p', { class: 'muted' }, `Showing the ${items.length} newest.`) : null,
  );
  const sw = panel.querySelector('.swatch') as HTMLElement;
  sw.style.background = goldsteinColor(edge.meanGoldstein);
}
