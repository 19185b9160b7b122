// Events with the same filters as `dyad events`, newest first, each with its sentence as evidence.
import { EVENT_SORTS, type EventQuery } from '../store/store.ts';
import { FACTUALITIES } from '../store/graph-events.ts';
import { BadRequest, PAGE, pageOf, type Specs, type Values } from './params.ts';
import { route } from './route.ts';

import { PLOVER } from '../doc/plover.ts';

export { PLOVER };

export const EVENT_PARAMS = {
  source: { type: 'string', description: 'source: country code (RUS), actor key or name' },
  target: { type: 'string', description: 'target: country code, actor key or name' },
  actor: { type: 'string', description: 'either side' },
  type: { type: 'string', description: 'PLOVER type (SUPPORT) or CAMEO code prefix (05)' },
  quadClass: { type: 'int', description: 'quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict', min: 1, max: 4 },
  since: { type: 'day', description: 'on or after this day (YYYY-MM-DD)' },
  until: { type: 'day', description: 'on or before this day' },
  article: { type: 'int', description: 'events of this article id', min: 1 },
  includeNegated: { type: 'bool', description: 'also negated events', default: false },
  includeHistory: { type: 'bool', description: 'also history told in passing (events dated well before their article)', default: false },
  exactKeys: { type: 'bool', description: 'take source, target and actor as exact actor keys (RUS the actor, not every Russian one)', default: false },
  country: { type: 'country', description: 'either side of this country (ISO alpha-3)' },
  sector: { type: 'string', description: 'either side of this sector (GOV, MIL ...)' },
  outlet: { type: 'string', description: "reported by this outlet (an article's source)" },
  factuality: { type: 'enum', values: FACTUALITIES, description: 'told this way (default asserted; negated, claimed, future ... replace includeNegated and includeHistory)' },
  sort: { type: 'enum', values: EVENT_SORTS, description: 'newest first (default), oldest, most mentioned, most conflictual (lowest Goldstein) or most cooperative', default: 'newest' },
} as const satisfies Specs;

/** Turns checked parameters into a store query; `type` must be a PLOVER type or CAMEO digits. */
export function eventQuery(q: Values<typeof EVENT_PARAMS>): EventQuery {
  if (q.sector !== undefined && !/^[A-Z]{2,4}$/.test(q.sector)) throw new BadRequest('sector', `expected a sector code in capitals (GOV, MIL), got ${JSON.stringify(q.sector.slice(0, 40))}`);
  if (q.type !== undefined && !PLOVER.includes(q.type.toUpperCase()) && !/^\d{2,4}$/.test(q.type)) {
    throw new BadRequest('type', `expected a PLOVER type (${PLOVER.slice(0, 3).join(', ')}, ...) or CAMEO digits (05), got ${JSON.stringify(q.type)}`);
  }
  return {
    source: q.source, target: q.target, actor: q.actor, type: q.type && /^\d/.test(q.type) ? q.type : q.type?.toUpperCase(),
    quadClass: q.quadClass, since: q.since, until: q.until, articleId: q.article, includeNegated: q.includeNegated, includeHistory: q.includeHistory,
    exactKeys: q.exactKeys, country: q.country, sector: q.sector, outlet: q.outlet, factuality: q.factuality, sort: q.sort as EventQuery['sort'],
  };
}

const list = route({
  method: 'get',
  path: '/api/events',
  summary: 'Events, newest first or as sorted, with the sentence that reports each',
  params: { ...EVENT_PARAMS, ...PAGE },
  async handle(_c, q, { store }) {
    const rows = await store.events({ ...eventQuery(q), limit: q.limit! + 1, offset: q.offset });
    return pageOf(rows, q.limit!, q.offset!);
  },
});

export const eventRoutes = [list];
