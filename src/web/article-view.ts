// One stored article: title and metadata, the text with its layers marked, sections, copies, related links.
import type { ArticleDetail } from '../store/store.ts';
import { get } from './api.ts';
import { h } from './dom.ts';
import { renderBody, renderLists } from './layers.ts';

/** How the article's date was found, as the page says it. */
const DATE_SOURCE: Record<string, string> = {
  record: 'given with the record', feed: 'from the feed', metadata: 'from the page', url: 'from the URL', dateline: 'from the dateline', ingest: 'ingest day: the article gives none',
};

export async function articleView(root: HTMLElement, id: string): Promise<void> {
  const a = await get<ArticleDetail>(`articles/${encodeURIComponent(id)}`);
  const c = a.contract;
  root.replaceChildren(
    h('article', { class: 'article-view' },
      h('h2', { class: 'article-title' }, a.title ?? c.article.title ?? a.recordId),
      h('p', { class: 'muted' }, [a.date ? `${a.date}${a.dateSource ? ` (${DATE_SOURCE[a.dateSource] ?? a.dateSource})` : ''}` : null, a.source, c.article.byline].filter(Boolean).join(' · '), ' ', a.url ? h('a', { href: a.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original') : null),
      h('p', { class: 'muted' }, h('a', { href: `#/events?article=${a.id}`, class: 'article-events' }, 'its events as a list'), a.source ? [' · ', h('a', { href: `#/articles?outlet=${encodeURIComponent(a.source)}` }, `more from ${a.source}`)] : null),
      a.copies.length ? h('p', { class: 'muted' }, 'Also published as: ', a.copies.flatMap((x, i) => [i ? ', ' : '', h('a', { href: `#/article/${x.id}` }, x.source ?? `article ${x.id}`)])) : null,
      h('div', { class: 'article-split' }, renderBody(c, a.docText), renderLists(c)),
      h('p', { class: 'muted provenance' }, 'Layers: ', Object.entries(a.provenance).map(([k, v]) => `${k} ${v}`).join(', ')),
    ),
  );
}
