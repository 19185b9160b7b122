// The page's router: #/ network, #/actors, #/articles, #/events (lists), #/actor/KEY, #/article/ID,
// #/quotes?q=&speaker=, #/paste. Every view fetches from
// the JSON API and builds DOM nodes; no view parses data as HTML.
import type { StoreStats } from '../store/store.ts';
import { get } from './api.ts';
import { actorView } from './actor-view.ts';
import { articleView } from './article-view.ts';
import { h } from './dom.ts';
import { dropGraph, graphView } from './graph-view.ts';
import { listView } from './list-view.ts';
import { actorsList, articlesList, eventsList } from './lists.ts';
import { pasteView } from './paste-view.ts';
import { quotesView } from './quotes-view.ts';

async function route(): Promise<void> {
  const view = document.getElementById('view')!;
  const [path, query] = (location.hash.replace(/^#/, '') || '/').split('?');
  const params = new URLSearchParams(query ?? '');
  const section = path.startsWith('/article/') ? '/articles' : path.startsWith('/actor/') ? '/actors' : path;
  document.querySelectorAll('header nav a').forEach((a) => a.classList.toggle('active', a.getAttribute('href') === `#${section}`));
  view.dataset.view = '';
  dropGraph();
  try {
    const art = /^\/article\/(\d+)$/.exec(path);
    const actor = /^\/actor\/(.+)$/.exec(path);
    const list = { '/actors': actorsList, '/articles': articlesList, '/events': eventsList }[path];
    if (art) await articleView(view, art[1]);
    else if (actor) await actorView(view, decodeURIComponent(actor[1]));
    else if (list) await listView(view, list as Parameters<typeof listView>[1], params);
    else if (path === '/quotes') await quotesView(view, params);
    else if (path === '/paste') pasteView(view);
    else await graphView(view, params);
    view.dataset.view = art ? 'article' : actor ? 'actor' : path.slice(1) || 'graph';
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
