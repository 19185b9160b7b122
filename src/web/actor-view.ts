// One actor's page: its profile (the node panel's roles, dates, partners and quotes), its newest events
// with their articles, and links to all its events and to its place in the network.
import type { EventRow } from '../store/store.ts';
import { get, type PageOf } from './api.ts';
import { h } from './dom.ts';
import { actorHref, eventsList } from './lists.ts';
import { nodePanel } from './node-panel.ts';

export async function actorView(root: HTMLElement, key: string): Promise<void> {
  const profile = h('section', { class: 'actor-profile', id: 'actor-profile' });
  const events = h('section', { class: 'actor-events', id: 'actor-events' });
  root.replaceChildren(h('div', { class: 'actor-split' }, profile, events));
  await nodePanel(profile, key, (partner) => (location.hash = actorHref(partner)));
  const q = encodeURIComponent(key);
  const page = await get<PageOf<EventRow>>('events', { actor: key, exactKeys: true, limit: 20 });
  const columns = eventsList.columns.filter((c) => c.label !== 'mentions');
  events.append(
    h('h3', {}, 'Events'),
    h('p', {}, h('a', { href: `#/events?actor=${q}&exact=1`, id: 'actor-all-events' }, page.more ? 'all its events, sorted and filtered' : 'its events, sorted and filtered'), ' · ', h('a', { href: `#/?actor=${q}` }, 'its network')),
    page.items.length
      ? h('table', { class: 'list', id: 'actor-event-table' }, h('thead', {}, h('tr', {}, columns.map((c) => h('th', {}, c.label)))), h('tbody', {}, page.items.map((e) => h('tr', {}, columns.map((c) => h('td', { class: c.cls ?? null }, c.cell(e)))))))
      : h('p', { class: 'muted' }, 'No events with this actor.'),
  );
}
