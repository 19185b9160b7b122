// The node panel: one actor with its roles and dates, top partners, and quotes by and about it.
import type { ActorDetail, QuoteRow } from '../store/store.ts';
import { get } from './api.ts';
import { fill, fmt, h, quoted } from './dom.ts';

type Detail = ActorDetail & {
  roles: { country: string | null; sector: string | null; title: string | null; from: string | null; to: string | null }[] | null;
  firstMonth: string | null;
  lastMonth: string | null;
  partners: { actor: { key: string; name: string; country: string | null }; events: number; meanGoldstein: number | null }[];
};

const quoteItem = (q: QuoteRow) =>
  h('li', { class: 'quote-item' }, quoted(q.text), ' — ', h('b', {}, q.speaker?.name ?? q.speakerText ?? 'unknown'), ' ', h('a', { href: `#/article/${q.article.id}` }, q.article.date ?? 'article'));

export async function nodePanel(panel: HTMLElement, key: string, onPartner?: (key: string) => void): Promise<void> {
  panel.replaceChildren(h('p', { class: 'muted' }, 'Loading…'));
  const d = await get<Detail>(`actors/${encodeURIComponent(key)}`, { limit: 10 });
  const a = d.actor;
  fill(panel,
    h('h2', { class: 'actor-title' }, a.name),
    h('p', { class: 'muted' }, [a.key, a.country, a.sector].filter(Boolean).join(' · ')),
    h('p', { class: 'actor-links' }, h('a', { href: `#/actor/${encodeURIComponent(a.key)}`, class: 'actor-page' }, 'actor page'), ' · ', h('a', { href: `#/events?actor=${encodeURIComponent(a.key)}&exact=1`, class: 'actor-events' }, 'its events')),
    h('p', {}, `${a.mentions} mentions in ${a.articles} articles · ${a.quotes} quotes · ${a.asSource} events as source, ${a.asTarget} as target`),
    h('p', {}, `Seen ${d.firstMonth ?? '?'} to ${d.lastMonth ?? '?'}`),
    d.roles?.length ? [h('h3', {}, 'Roles'), h('ul', { class: 'roles' }, d.roles.map((r) => h('li', {}, [r.title, r.country, r.sector].filter(Boolean).join(', '), r.from || r.to ? ` (${r.from ?? '…'} to ${r.to ?? 'now'})` : '')))] : null,
    h('h3', {}, 'Top partners'),
    d.partners.length
      ? h('ol', { class: 'partners' }, d.partners.map((p) => h('li', {}, onPartner ? h('a', { href: '#/', onclick: (e: Event) => (e.preventDefault(), onPartner(p.actor.key)) }, p.actor.name) : p.actor.name, ` ${p.events} events, mean Goldstein ${fmt(p.meanGoldstein)}`)))
      : h('p', { class: 'muted' }, 'none'),
    h('h3', {}, `Quotes by ${a.name}`),
    d.quotesBy.length ? h('ul', { class: 'quotes-by' }, d.quotesBy.map(quoteItem)) : h('p', { class: 'muted' }, 'none'),
    h('h3', {}, `Quotes about ${a.name}`),
    d.quotesAbout.length ? h('ul', { class: 'quotes-about' }, d.quotesAbout.map(quoteItem)) : h('p', { class: 'muted' }, 'none'),
  );
}
