// Actors: the list by mentions, and one actor with its roles, dates, partners, quotes and events.
import { ACTOR_SORTS } from '../store/store.ts';
import { BadRequest, PAGE, pageOf } from './params.ts';
import { route } from './route.ts';

const list = route({
  method: 'get',
  path: '/api/actors',
  summary: 'Actors by mentions',
  params: {
    name: { type: 'string', description: 'names or keys containing this' },
    country: { type: 'country', description: 'actors of this country (ISO alpha-3)' },
    sector: { type: 'string', description: 'actors of this sector (GOV, MIL, ...)' },
    sort: { type: 'enum', values: ACTOR_SORTS, description: 'most mentioned first (default), most events, quotes or articles, or by name', default: 'mentions' },
    ...PAGE,
  },
  async handle(_c, q, { store }) {
    const rows = await store.actors({ name: q.name, country: q.country, sector: q.sector, sort: q.sort as (typeof ACTOR_SORTS)[number], limit: q.limit! + 1, offset: q.offset });
    return pageOf(rows, q.limit!, q.offset!);
  },
});

const one = route({
  method: 'get',
  path: '/api/actors/:key',
  summary: 'One actor: dictionary roles, first and last dates, top partners, quotes by and about it, events as source and target',
  pathParams: { key: 'actor key (or exact name)' },
  params: { ...PAGE, limit: { ...PAGE.limit, default: 20 } },
  async handle(c, q, { store, roles }) {
    const key = c.req.param('key')!;
    if (key.length > 200) throw new BadRequest('key', 'longer than 200 characters');
    const detail = await store.actor(key, { limit: q.limit, offset: q.offset });
    if (!detail) throw new BadRequest('key', `no actor ${JSON.stringify(key)} in the store`, 404);
    const k = detail.actor.key;
    // Partners and dates come from the dyad summaries on both sides, so they cover every event.
    const [out, inn] = await Promise.all([store.dyads({ source: k, exactKeys: true, months: 1200, limit: 500 }), store.dyads({ target: k, exactKeys: true, months: 1200, limit: 500 })]);
    const partners = new Map<string, { actor: (typeof out)[number]['source']; events: number; meanGoldstein: number | null; gsum: number; gn: number }>();
    const months: string[] = [];
    for (const d of [...out, ...inn]) {
      const other = d.source.key === k ? d.target : d.source;
      if (d.source.key !== k && d.target.key !== k) continue;
      const p = partners.get(other.key) ?? { actor: other, events: 0, meanGoldstein: null, gsum: 0, gn: 0 };
      p.events += d.count;
      if (d.meanGoldstein !== null) (p.gsum += d.meanGoldstein * d.count), (p.gn += d.count);
      partners.set(other.key, p);
      for (const m of d.months) months.push(m.month);
    }
    months.sort();
    const top = [...partners.values()]
      .sort((a, b) => b.events - a.events || a.actor.key.localeCompare(b.actor.key))
      .slice(0, 10)
      .map((p) => ({ actor: p.actor, events: p.events, meanGoldstein: p.gn ? Math.round((p.gsum / p.gn) * 100) / 100 : null }));
    const quoteDays = [...detail.quotesBy, ...detail.quotesAbout].map((x) => x.article.date).filter((d): d is string => !!d).sort();
    return {
      ...detail,
      // Roles in the order they were held; undated ones last.
      roles: roles?.(k)?.slice().sort((x, y) => (x.from ?? '9999').localeCompare(y.from ?? '9999')) ?? null,
      firstMonth: months[0] ?? quoteDays[0]?.slice(0, 7) ?? null,
      lastMonth: months[months.length - 1] ?? quoteDays[quoteDays.length - 1]?.slice(0, 7) ?? null,
      partners: top,
    };
  },
});

export const actorRoutes = [list, one];
