// One list page (actors, articles, events): a filter form, a table whose headers sort it, and a pager.
// The filters, the sort and the page live in the URL (#/events?country=RUS&sort=oldest&page=2), so a
// list can be bookmarked; a filter the server refuses is shown beside the form, with its field marked.
import { ApiError, get, type PageOf, type Params } from './api.ts';
import { h } from './dom.ts';

type Cell = Node | string | number | null | undefined | false;

export interface Field {
  name: string;
  label: string;
  /** text (default), month, number, or a select of [value, label]. */
  kind?: 'text' | 'month' | 'number';
  options?: [string, string][];
  placeholder?: string;
  size?: number;
  /** Datalist suggestions. */
  list?: readonly string[];
  /** Written in capitals (country and sector codes, types). */
  upper?: boolean;
}

export interface Column<T> {
  label: string;
  /** The API's sort value this header orders by, and the one a second click gives (newest, then oldest). */
  sort?: string;
  reverse?: string;
  cell: (row: T) => Cell | Cell[];
  cls?: string;
}

export interface ListSpec<T> {
  /** Hash path: '/events'. */
  path: string;
  title: string;
  /** API resource: 'events'. */
  api: string;
  fields: Field[];
  /** Sort values the API takes; the first is the default. */
  sorts: readonly string[];
  columns: Column<T>[];
  /** URL values -> API parameters (months widen to days, names to the API's). */
  toApi(v: Record<string, string>): Params;
  /** What the rows are: '3 events'. */
  noun: string;
  /** Above the table, e.g. links to the network with the same filters. */
  extra?(v: Record<string, string>): Cell | Cell[];
}

export const PAGE_SIZE = 50;

/** The first and last day of the months a month filter names. */
export const firstDay = (m: string | undefined) => (m ? (m.length === 7 ? `${m}-01` : m) : undefined);
export function lastDay(m: string | undefined): string | undefined {
  if (!m || m.length !== 7) return m || undefined;
  const [y, mo] = m.split('-').map(Number);
  return `${m}-${String(new Date(Date.UTC(y, mo, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** The URL of a list with these values; empty values, the default sort and page 1 are left out. */
export function listHash(path: string, v: Record<string, string>, defaultSort: string): string {
  const q = new URLSearchParams();
  for (const [k, x] of Object.entries(v)) if (x && !(k === 'sort' && x === defaultSort) && !(k === 'page' && x === '1')) q.set(k, x);
  const s = q.toString();
  return `#${path}${s ? '?' + s : ''}`;
}

export async function listView<T>(root: HTMLElement, spec: ListSpec<T>, params: URLSearchParams): Promise<void> {
  const known = [...spec.fields.map((f) => f.name), 'sort', 'page'];
  const v: Record<string, string> = {};
  for (const k of known) v[k] = (params.get(k) ?? '').trim();
  // A value kept in the URL but not in the form (an article id from its page) stays a filter.
  for (const [k, x] of params) if (!known.includes(k) && x.trim()) v[k] = x.trim();
  const sort = spec.sorts.includes(v.sort) ? v.sort : spec.sorts[0];
  const pageNo = Math.max(1, Math.floor(Number(v.page) || 1));

  const form = h('form', { class: 'filters', id: 'list-filters' },
    spec.fields.map((f) => {
      const input = f.options
        ? h('select', { name: f.name }, f.options.map(([val, label]) => h('option', { value: val, selected: v[f.name] === val }, label)))
        : h('input', { name: f.name, value: v[f.name], type: f.kind ?? 'text', placeholder: f.placeholder ?? '', size: String(f.size ?? 10), list: f.list ? `${f.name}-list` : null, min: f.kind === 'number' ? '1' : null });
      return h('label', {}, `${f.label} `, input, f.list ? h('datalist', { id: `${f.name}-list` }, f.list.map((x) => h('option', { value: x }))) : null);
    }),
    h('button', { type: 'submit' }, 'Apply'),
  );
  const error = h('p', { id: 'list-error', class: 'error', role: 'alert', hidden: true });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const next: Record<string, string> = { ...v, sort, page: '' };
    for (const f of spec.fields) {
      const x = String(new FormData(form).get(f.name) ?? '').trim();
      next[f.name] = f.upper ? x.toUpperCase() : x;
    }
    location.hash = listHash(spec.path, next, spec.sorts[0]);
  });
  const status = h('p', { class: 'status', id: 'list-status' });
  const table = h('table', { class: 'list', id: 'list-table' });
  const pager = h('nav', { class: 'pager', id: 'list-pager' });
  root.replaceChildren(h('h2', {}, spec.title), h('div', { class: 'filter-row' }, form, error), h('div', { class: 'list-links' }, spec.extra?.(v)), status, table, pager);

  const head = h('tr', {}, spec.columns.map((c) => {
    if (!c.sort) return h('th', {}, c.label);
    const on = c.sort === sort || c.reverse === sort;
    const next = c.sort === sort && c.reverse ? c.reverse : c.sort;
    return h('th', { 'aria-sort': on ? (c.reverse === sort ? 'ascending' : 'descending') : null, class: on ? 'sorted' : null },
      h('a', { href: listHash(spec.path, { ...v, sort: next, page: '' }, spec.sorts[0]), class: 'sort-link', 'data-sort': next }, c.label, on ? (c.reverse === sort ? ' ▴' : ' ▾') : ''));
  }));
  table.appendChild(h('thead', {}, head));

  let page: PageOf<T>;
  try {
    page = await get<PageOf<T>>(spec.api, { ...spec.toApi(v), sort: sort === spec.sorts[0] ? undefined : sort, limit: PAGE_SIZE, offset: (pageNo - 1) * PAGE_SIZE });
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    error.textContent = e.message;
    error.hidden = false;
    const field = e.param ? form.elements.namedItem(e.param === 'source' && spec.api === 'articles' ? 'outlet' : e.param) : null;
    if (field instanceof Element) field.setAttribute('aria-invalid', 'true');
    status.textContent = `No ${spec.noun} for these filters: see the message beside the form.`;
    return;
  }
  const from = (pageNo - 1) * PAGE_SIZE;
  status.textContent = page.items.length
    ? `${spec.noun} ${from + 1}–${from + page.items.length}${page.more ? ', more on the next page' : ''}, sorted by ${sort}`
    : pageNo > 1 ? `No ${spec.noun} on page ${pageNo}.` : `No ${spec.noun} match these filters.`;
  table.appendChild(h('tbody', {}, page.items.map((row) => h('tr', {}, spec.columns.map((c) => h('td', { class: c.cls ?? null }, c.cell(row)))))));
  const to = (n: number) => listHash(spec.path, { ...v, sort, page: String(n) }, spec.sorts[0]);
  pager.replaceChildren(
    pageNo > 1 ? h('a', { href: to(pageNo - 1), id: 'page-prev' }, '← previous') : '',
    h('span', { class: 'muted' }, ` page ${pageNo} `),
    page.more ? h('a', { href: to(pageNo + 1), id: 'page-next' }, 'next →') : '',
  );
}
