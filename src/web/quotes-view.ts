// The quote browser: full-text search over quotes, a speaker filter, or both (the speaker's quotes
// containing a word), newest first.
import type { QuoteRow, SearchHit } from '../store/store.ts';
import { get, type PageOf } from './api.ts';
import { h, marked, quoted } from './dom.ts';

export async function quotesView(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const text = params.get('q') ?? '';
  const speaker = params.get('speaker') ?? '';
  const form = h('form', { class: 'filters', id: 'quote-filters' },
    h('label', {}, 'words ', h('input', { name: 'q', type: 'search', value: text, placeholder: 'ceasefire', maxlength: '200' })),
    h('label', {}, 'speaker ', h('input', { name: 'speaker', value: speaker, placeholder: 'name, key or country code', maxlength: '200' })),
    h('button', { type: 'submit' }, 'Search'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (String(v).trim()) q.set(k, String(v).trim());
    location.hash = `#/quotes${q.size ? '?' + q : ''}`;
  });
  const list = h('ol', { class: 'quotes', id: 'quote-results' });
  const status = h('p', { class: 'muted' });
  root.replaceChildren(h('h2', {}, 'Quotes'), form, status, list);

  if (text && !speaker) {
    const hits = await get<PageOf<SearchHit>>('search', { q: text, in: 'quote', limit: 100 });
    status.textContent = `${hits.items.length}${hits.more ? '+' : ''} quotes matching “${text}”`;
    for (const x of hits.items) list.appendChild(h('li', { class: 'quote-hit' }, h('span', { class: 'snippet' }, marked(x.snippet)), ' ', h('a', { href: `#/article/${x.article.id}` }, x.article.title ?? x.article.recordId)));
    return;
  }
  const rows = await get<PageOf<QuoteRow>>('quotes', { speaker, about: text, limit: 100 });
  status.textContent = `${rows.items.length}${rows.more ? '+' : ''} quotes${speaker ? ` by ${speaker}` : ''}${text ? ` about “${text}”` : ''}`;
  for (const q of rows.items) {
    list.appendChild(
      h('li', { class: 'quote-item' },
        quoted(q.text), ' — ',
        h('a', { href: `#/quotes?speaker=${encodeURIComponent(q.speaker?.key ?? q.speakerText ?? '')}`, class: 'speaker' }, q.speaker?.name ?? q.speakerText ?? 'unknown'),
        ` · ${q.kind} · ${q.article.date ?? ''} · `,
        h('a', { href: `#/article/${q.article.id}` }, q.article.title ?? q.article.recordId),
      ),
    );
  }
}
