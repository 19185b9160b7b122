// Paste an article: the text (or an HTML page) goes to POST /api/analyze and its layers are drawn
// here, with nothing stored.
import type { ContractOutput } from '../doc/contract.ts';
import { post } from './api.ts';
import { h } from './dom.ts';
import { renderBody, renderLists } from './layers.ts';

export function pasteView(root: HTMLElement): void {
  const area = h('textarea', { id: 'paste-text', rows: '12', placeholder: 'Paste the text of a news report, or a whole HTML page.' });
  const date = h('input', { id: 'paste-date', type: 'date' });
  const out = h('div', { id: 'paste-result' });
  const button = h('button', { type: 'submit', id: 'paste-go' }, 'Analyse');
  const form = h('form', { class: 'paste' }, area, h('div', {}, h('label', {}, 'published ', date), ' ', button));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const text = area.value;
    if (!text.trim()) return;
    const html = /^\s*<(!doctype|html|head|body|article|div|p)\b/i.test(text);
    button.disabled = true;
    out.replaceChildren(h('p', { class: 'muted' }, 'Analysing…'));
    try {
      const c = await post<ContractOutput>('analyze', { [html ? 'html' : 'text']: text, date: date.value || undefined });
      // Offsets point into the text as given for text input, into article.text for HTML.
      const base = html ? c.article.text : text;
      out.replaceChildren(
        h('h2', {}, c.article.title ?? 'Pasted article'),
        h('p', { class: 'muted' }, `${c.entities.length} entities · ${c.quotes.length} quotes · ${c.events.length} events`),
        h('div', { class: 'article-split' }, renderBody(c, base), renderLists(c)),
      );
    } catch (err) {
      out.replaceChildren(h('p', { class: 'error' }, (err as Error).message));
    } finally {
      button.disabled = false;
    }
  });
  root.replaceChildren(h('h2', {}, 'Paste an article'), form, out);
}
