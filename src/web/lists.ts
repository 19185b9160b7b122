// The three list pages. Their filters carry the network's names (country, sector, type, quadClass,
// factuality, outlet, since, until, actor), so a list and the network with the same URL query show the
// same part of the store, and each links to the other. Rows link across: an actor to its page, an
// event to its article and its two actors, an article to its page and its events.
import { PLOVER } from '../doc/plover.ts';
import { FACTUALITIES } from '../store/graph-events.ts';
import { ACTOR_SORTS, ARTICLE_SORTS, EVENT_SORTS, type ActorRow, type ActorSummary, type ArticleRow, type EventRow } from '../store/store.ts';
import { fmt, h, QUAD_NAMES } from './dom.ts';
import { firstDay, lastDay, type Field, type ListSpec } from './list-view.ts';

export const actorHref = (key: string) => `#/actor/${encodeURIComponent(key)}`;
const n = (x: number) => x.toLocaleString('en-GB');

export function actorLink(a: ActorSummary | null, text: string | null = null): Node | string {
  if (!a) return text ?? '–';
  return h('a', { href: actorHref(a.key), class: 'actor-link', 'data-key': a.key }, a.name, a.country ? h('span', { class: 'muted' }, ` ${[a.country, a.sector].filter(Boolean).join(' ')}`) : null);
}

/** The same filters on another page: the list or the network. */
function sameFilters(v: Record<string, string>, names: string[]): string {
  const q = new URLSearchParams();
  for (const k of names) if (v[k]) q.set(k, v[k]);
  return q.size ? `?${q}` : '';
}

const COUNTRY: Field = { name: 'country', label: 'country', placeholder: 'RUS', size: 4, upper: true };
const SECTOR: Field = { name: 'sector', label: 'sector', placeholder: 'GOV', size: 4, upper: true };
const SINCE: Field = { name: 'since', label: 'from', kind: 'month' };
const UNTIL: Field = { name: 'until', label: 'to', kind: 'month' };
const OUTLET: Field = { name: 'outlet', label: 'outlet', placeholder: 'host or feed', size: 14 };

export const actorsList: ListSpec<ActorRow> = {
  path: '/actors',
  title: 'Actors',
  api: 'actors',
  noun: 'actors',
  sorts: ACTOR_SORTS,
  fields: [{ name: 'name', label: 'name', placeholder: 'name, alias or key', size: 18 }, COUNTRY, SECTOR],
  toApi: (v) => ({ name: v.name, country: v.country, sector: v.sector }),
  columns: [
    { label: 'name', sort: 'name', cell: (a) => actorLink(a) },
    { label: 'key', cell: (a) => h('code', {}, a.key), cls: 'muted' },
    { label: 'mentions', sort: 'mentions', cell: (a) => n(a.mentions), cls: 'num' },
    { label: 'articles', sort: 'articles', cell: (a) => n(a.articles), cls: 'num' },
    { label: 'quotes', sort: 'quotes', cell: (a) => n(a.quotes), cls: 'num' },
    { label: 'events', sort: 'events', cell: (a) => h('a', { href: `#/events?actor=${encodeURIComponent(a.key)}&exact=1`, class: 'events-link' }, n(a.asSource + a.asTarget)), cls: 'num' },
    { label: '', cell: (a) => h('a', { href: `#/?actor=${encodeURIComponent(a.key)}` }, 'network') },
  ],
  extra: (v) => h('p', { class: 'muted' }, h('a', { href: `#/${sameFilters(v, ['country', 'sector'])}` }, 'the network of these actors')),
};

export const articlesList: ListSpec<ArticleRow> = {
  path: '/articles',
  title: 'Articles',
  api: 'articles',
  noun: 'articles',
  sorts: ARTICLE_SORTS,
  fields: [SINCE, UNTIL, OUTLET],
  toApi: (v) => ({ since: firstDay(v.since), until: lastDay(v.until), source: v.outlet }),
  columns: [
    { label: 'date', sort: 'newest', reverse: 'oldest', cell: (a) => a.date ?? '–', cls: 'date' },
    { label: 'title', sort: 'title', cell: (a) => h('a', { href: `#/article/${a.id}`, class: 'article-link' }, a.title ?? a.recordId) },
    { label: 'outlet', sort: 'outlet', cell: (a) => (a.source ? h('a', { href: `#/articles?outlet=${encodeURIComponent(a.source)}` }, a.source) : '–') },
    { label: '', cell: (a) => [a.copyOf ? h('span', { class: 'muted' }, 'copy · ') : null, h('a', { href: `#/events?article=${a.id}`, class: 'events-link' }, 'events')] },
  ],
  extra: (v) => h('p', { class: 'muted' }, h('a', { href: `#/events${sameFilters(v, ['since', 'until', 'outlet'])}` }, 'the events these articles report')),
};

const sentence = (e: EventRow) => {
  const s = e.sentence ?? '';
  const i = e.trigger ? s.indexOf(e.trigger) : -1;
  if (i < 0) return s;
  return [s.slice(0, i), h('mark', { class: 'trg' }, s.slice(i, i + e.trigger!.length)), s.slice(i + e.trigger!.length)];
};

export const eventsList: ListSpec<EventRow> = {
  path: '/events',
  title: 'Events',
  api: 'events',
  noun: 'events',
  sorts: EVENT_SORTS,
  fields: [
    { name: 'actor', label: 'actor', placeholder: 'name or key', size: 16 },
    SINCE, UNTIL,
    { name: 'quadClass', label: 'quad class', options: [['', 'all'], ...QUAD_NAMES.map((q, i): [string, string] => [String(i + 1), `${i + 1} ${q}`])] },
    { name: 'type', label: 'type', placeholder: 'ACCUSE or 11', size: 10, list: PLOVER, upper: true },
    { name: 'factuality', label: 'told as', options: [['', 'asserted'], ...FACTUALITIES.filter((x) => x !== 'asserted').map((x): [string, string] => [x, x])] },
    OUTLET, COUNTRY, SECTOR,
  ],
  toApi: (v) => ({
    actor: v.actor, exactKeys: v.actor && v.exact ? true : undefined, since: firstDay(v.since), until: lastDay(v.until), quadClass: v.quadClass, type: v.type,
    factuality: v.factuality, outlet: v.outlet, country: v.country, sector: v.sector, article: v.article,
  }),
  columns: [
    { label: 'date', sort: 'newest', reverse: 'oldest', cell: (e) => e.date ?? e.article.date ?? '–', cls: 'date' },
    { label: 'source', cell: (e) => actorLink(e.source, e.sourceText) },
    { label: 'event', cell: (e) => [h('b', {}, `${e.negated ? 'NOT ' : ''}${e.plover}`), e.cameo ? ` ${e.cameo}` : '', e.factuality && e.factuality !== 'asserted' ? h('span', { class: 'muted' }, ` (${e.factuality})`) : null] },
    { label: 'target', cell: (e) => actorLink(e.target, e.targetText) },
    { label: 'Goldstein', sort: 'conflict', reverse: 'cooperation', cell: (e) => fmt(e.goldstein), cls: 'num' },
    { label: 'mentions', sort: 'mentions', cell: (e) => n(e.numMentions), cls: 'num' },
    { label: 'sentence', cell: (e) => h('span', { class: 'sentence' }, sentence(e)), cls: 'wide' },
    { label: 'article', cell: (e) => h('a', { href: `#/article/${e.article.id}`, class: 'article-link' }, e.article.title ?? e.article.recordId, e.article.source ? h('span', { class: 'muted' }, ` ${e.article.source}`) : null) },
  ],
  extra: (v) =>
    h('p', { class: 'muted' },
      v.article ? ['events of article ', h('a', { href: `#/article/${v.article}` }, v.article), ' · '] : null,
      h('a', { href: `#/${sameFilters({ ...v, actor: v.exact ? v.actor : '' }, ['actor', 'since', 'until', 'quadClass', 'type', 'factuality', 'outlet', 'country', 'sector'])}` }, 'these events as a network')),
};
