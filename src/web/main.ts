// The page's router: #/ network, #/article/ID, #/quotes?q=&speaker=, #/paste. Every view fetches from
// the JSON API and builds DOM nodes; no view parses data as HTML.
import type { StoreStats } from '../store/store.ts';
import { get } from './api.ts';
import { articleView } from './article-view.ts';
import { h } from './dom.ts';
import { dropGraph, graphView } from './graph-view.ts';
import { pasteView } from './paste-view.ts';
import { quotesView } from './quotes-view.ts';

async function route(): Promise<void> {
  const view = document.getElementById('view')!;
  const [path, query] = (location.hash.replace(/^#/, '') || '/').split('?');
  const params = new URLSearchParams(query ?? '');
  document.querySelectorAll('header nav a').forEach((a) => a.classList.toggle('active', a.getAttribute('href') === `#${path.startsWith('/article') ? '/' : path}`));
  view.dataset.view = '';
  dropGraph();
  try {
    const art = /^\/article\/(\d+)$/.exec(path);
    if (art) await articleView(view, art[1]);
    else if (path === '/quotes') await quotesView(view, params);
    else if (path === '/paste') pasteView(view);
    else await graphView(view, params);
    view.dataset.view = art ? 'article' : path.slice(1) || 'graph';
    // A user-timing mark once the view's first frame is drawn: the web bench reads first paint and filter changes from it.
    requestAnimationFrame(() => performance.mark('dyad:view', { detail: view.dataset.view }));
  } catch (e) {
    view.replaceChildren(h('p', { class: 'error' }, (e as Error).message));
    view.dataset.view = 'error';
  }
}

async function stats(): Promise<void> {
  try {
    const s = await get<StoreStats>('stats');
    document.getElementById('stats')!.textContent = `${s.articles} articles · ${s.actors} actors · ${s.quotes} quotes · ${s.events} events`;
  } catch {
    // the counts are a courtesy
  }
}

window.addEventListener('hashchange', () => void route());
void route();
void stats();
