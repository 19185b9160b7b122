// The network's filter form. Every filter lives in the URL (#/?quadClass=4&country=RUS...), so a view
// can be bookmarked and shared; the form is built from the URL and writes the URL back. The actor box
// suggests names and aliases as one types and focuses the graph on the chosen actor.
import { PLOVER } from '../doc/plover.ts';
import { FACTUALITIES } from '../store/graph-events.ts';
import type { ActorRow } from '../store/store.ts';
import { get, type PageOf } from './api.ts';
import { QUAD_NAMES, h } from './dom.ts';

export interface GraphFilters {
  since: string;
  until: string;
  quadClass: string;
  /** PLOVER type or CAMEO prefix; how the events were told; the outlet that reported them. */
  type: string;
  factuality: string;
  outlet: string;
  country: string;
  sector: string;
  minWeight: string;
  limit: string;
  /** Focus: an exact actor key, and how many steps out. */
  actor: string;
  steps: string;
  view: 'actors' | 'countries';
  colour: 'country' | 'sector';
}

const DEFAULTS: GraphFilters = { since: '', until: '', quadClass: '', type: '', factuality: '', outlet: '', country: '', sector: '', minWeight: '1', limit: '300', actor: '', steps: '1', view: 'actors', colour: 'country' };

export function readFilters(params: URLSearchParams): GraphFilters {
  const f = { ...DEFAULTS };
  for (const k of Object.keys(DEFAULTS) as (keyof GraphFilters)[]) {
    const v = params.get(k);
    if (v !== null && v.trim()) (f as Record<string, string>)[k] = v.trim();
  }
  f.view = f.view === 'countries' ? 'countries' : 'actors';
  f.colour = f.colour === 'sector' ? 'sector' : 'country';
  return f;
}

/** The URL hash for these filters; defaults are left out so URLs stay short. */
export function filtersHash(f: GraphFilters): string {
  const q = new URLSearchParams();
  for (const k of Object.keys(DEFAULTS) as (keyof GraphFilters)[]) if (f[k] && f[k] !== DEFAULTS[k]) q.set(k, f[k]);
  const s = q.toString();
  return `#/${s ? '?' + s : ''}`;
}

/** The API's query for these filters (month inputs widen to whole months on the server). */
export function apiParams(f: GraphFilters): Record<string, string | undefined> {
  const countries = f.view === 'countries';
  return {
    since: f.since || undefined, until: f.until || undefined, quadClass: f.quadClass || undefined,
    type: f.type.toUpperCase() || undefined, factuality: f.factuality || undefined, outlet: f.outlet || undefined,
    country: f.country.toUpperCase() || undefined, sector: f.sector.toUpperCase() || undefined,
    minWeight: f.minWeight !== '1' ? f.minWeight : undefined, limit: f.limit !== '300' ? f.limit : undefined,
    actor: !countries ? f.actor || undefined : undefined, steps: !countries && f.actor && f.steps !== '1' ? f.steps : undefined,
    by: countries ? 'country' : undefined,
  };
}

export interface FilterForm {
  form: HTMLFormElement;
  error: HTMLElement;
  /** Shows the server's refusal beside the form and marks the field it names. */
  showError(message: string, param: string | null): void;
}

export function filterForm(f: GraphFilters, focusName: string): FilterForm {
  const input = (name: keyof GraphFilters, attrs: Record<string, string>) => h('input', { name, value: f[name], ...attrs });
  const select = (name: keyof GraphFilters, options: [string, string][]) => h('select', { name }, options.map(([v, label]) => h('option', { value: v, selected: f[name] === v }, label)));
  const suggestions = h('datalist', { id: 'actor-suggestions' });
  const search = h('input', { id: 'actor-search', name: 'actorName', type: 'search', list: 'actor-suggestions', placeholder: 'actor name or alias', value: focusName || f.actor, autocomplete: 'off', size: '22' });
  const key = h('input', { type: 'hidden', name: 'actor', value: f.actor });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = '';
  search.addEventListener('input', () => {
    const picked = [...suggestions.options].find((o) => o.value === search.value);
    key.value = picked?.dataset.key ?? '';
    clearTimeout(timer);
    const text = search.value.trim();
    if (text.length < 2 || text === asked || picked) return;
    timer = setTimeout(async () => {
      asked = text;
      const page = await get<PageOf<ActorRow>>('actors', { name: text, limit: 12 }).catch(() => null);
      if (!page || search.value.trim() !== text) return;
      suggestions.replaceChildren(...page.items.map((a) => h('option', { value: a.name, 'data-key': a.key, label: [a.key, a.country, a.sector, `${a.mentions} mentions`].filter(Boolean).join(' · ') })));
    }, 150);
  });
  const form = h('form', { class: 'filters', id: 'graph-filters' },
    h('label', {}, 'actor ', search, suggestions, key),
    h('label', {}, 'steps ', select('steps', [['1', '1'], ['2', '2']])),
    h('label', {}, 'view ', select('view', [['actors', 'actors'], ['countries', 'countries']])),
    h('label', {}, 'colour by ', select('colour', [['country', 'country'], ['sector', 'sector']])),
    h('label', {}, 'from ', input('since', { type: 'month' })),
    h('label', {}, 'to ', input('until', { type: 'month' })),
    h('label', {}, 'quad class ', select('quadClass', [['', 'all'], ...QUAD_NAMES.map((n, i): [string, string] => [String(i + 1), `${i + 1} ${n}`])])),
    h('label', {}, 'type ', input('type', { list: 'plover-types', size: '10', placeholder: 'ACCUSE or 11' }), h('datalist', { id: 'plover-types' }, PLOVER.map((t) => h('option', { value: t })))),
    h('label', {}, 'told as ', select('factuality', [['', 'asserted'], ...FACTUALITIES.filter((x) => x !== 'asserted').map((x): [string, string] => [x, x])])),
    h('label', {}, 'outlet ', input('outlet', { size: '14', placeholder: 'host or feed' })),
    h('label', {}, 'country ', input('country', { size: '4', maxlength: '3', placeholder: 'RUS' })),
    h('label', {}, 'sector ', input('sector', { size: '4', maxlength: '4', placeholder: 'GOV' })),
    h('label', {}, 'min events ', input('minWeight', { type: 'number', min: '1', size: '4' })),
    h('label', {}, 'pairs at most ', input('limit', { type: 'number', min: '1', max: '2000', size: '5' })),
    h('button', { type: 'submit' }, 'Apply'),
  );
  const error = h('p', { id: 'filter-error', class: 'error', role: 'alert', hidden: true });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const next = readFilters(new URLSearchParams([...data].map(([k, v]) => [k, String(v)])));
    const text = search.value.trim();
    if (!text) next.actor = '';
    else if (!key.value) {
      // Typed, not picked: the best match by mentions, or a message naming what was typed.
      const page = await get<PageOf<ActorRow>>('actors', { name: text, limit: 1 }).catch(() => null);
      if (!page?.items.length) return showError(`actor: no actor matches ${JSON.stringify(text)}`, 'actorName');
      next.actor = page.items[0].key;
    }
    next.country = next.country.toUpperCase();
    next.sector = next.sector.toUpperCase();
    next.type = next.type.toUpperCase();
    location.hash = filtersHash(next);
  });
  function showError(message: string, param: string | null) {
    error.textContent = message;
    error.hidden = false;
    const field = param ? form.elements.namedItem(param === 'by' ? 'view' : param === 'actor' ? 'actorName' : param) : null;
    if (field instanceof Element) field.setAttribute('aria-invalid', 'true');
  }
  return { form, error, showError };
}
