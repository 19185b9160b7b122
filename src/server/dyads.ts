// Dyads: directed actor pairs with counts by quad class and months; and one dyad in depth, for the
// web page's edge panel: its timeline by month and quad class, and the evidence behind it.
import type { EventRow, Store } from '../store/store.ts';
import { PAGE, pageOf } from './params.ts';
import { route } from './route.ts';

const list = route({
  method: 'get',
  path: '/api/dyads',
  summary: 'Directed actor pairs: events by quad class, mean Goldstein, counts by month, trend',
  params: {
    source: { type: 'string', description: 'source: country code, actor key or name' },
    target: { type: 'string', description: 'target: country code, actor key or name' },
    actor: { type: 'string', description: 'either side' },
    since: { type: 'month', description: 'from this month on (YYYY-MM or YYYY-MM-DD)' },
    until: { type: 'month', description: 'up to this month' },
    minCount: { type: 'int', description: 'pairs with at least this many events', min: 1, max: 1_000_000 },
    ...PAGE,
  },
  async handle(_c, q, { store }) {
    const rows = await store.dyads({ source: q.source, target: q.target, actor: q.actor, since: q.since, until: q.until, minCount: q.minCount, limit: q.limit! + 1, offset: q.offset });
    return pageOf(rows, q.limit!, q.offset!);
  },
});

/** Events counted for a timeline: enough for years of a busy pair, bounded so one request stays cheap. */
export const TIMELINE_EVENTS = 5000;

export interface TimelineMonth {
  month: string;
  count: number;
  quad: [number, number, number, number];
  meanGoldstein: number | null;
}

export function timeline(events: EventRow[]): TimelineMonth[] {
  const by = new Map<string, { quad: [number, number, number, number]; count: number; gsum: number; gn: number }>();
  for (const e of events) {
    const day = e.date ?? e.article.date;
    if (!day) continue;
    const m = day.slice(0, 7);
    const x = by.get(m) ?? { quad: [0, 0, 0, 0], count: 0, gsum: 0, gn: 0 };
    x.count++;
    if (e.quadClass && e.quadClass >= 1 && e.quadClass <= 4) x.quad[e.quadClass - 1]++;
    if (e.goldstein !== null) (x.gsum += e.goldstein), x.gn++;
    by.set(m, x);
  }
  return [...by.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, x]) => ({ month, count: x.count, quad: x.quad, meanGoldstein: x.gn ? Math.round((x.gsum / x.gn) * 100) / 100 : null }));
}

/**
 * Evidence for events: where the trigger sits in the sentence, and, for an event reported inside a
 * quote, who claimed it. Both come from the article's stored layers, each article read once.
 */
export async function withEvidence(store: Store, events: EventRow[]) {
  const articles = new Map<number, Awaited<ReturnType<Store['article']>>>();
  for (const id of new Set(events.map((e) => e.article.id))) articles.set(id, await store.article(id));
  return events.map((e) => {
    const a = articles.get(e.article.id);
    const i = a ? a.eventIds.indexOf(e.id) : -1;
    const ce = a && i >= 0 ? (a.contract.events[i] as Record<string, any>) : null;
    let trigger: [number, number] | null = null;
    if (ce?.trigger && ce.sentence && e.sentence) {
      const s = ce.trigger.start - ce.sentence.start;
      if (e.sentence.slice(s, s + ce.trigger.text.length) === ce.trigger.text) trigger = [s, s + ce.trigger.text.length];
    }
    if (!trigger && e.trigger && e.sentence) {
      const s = e.sentence.indexOf(e.trigger);
      if (s >= 0) trigger = [s, s + e.trigger.length];
    }
    const quote = ce && typeof ce.quoteIndex === 'number' ? a!.contract.quotes[ce.quoteIndex] : null;
    const claimant = quote ? { text: quote.speaker?.text ?? null, actor: quote.speakerActor } : null;
    return { ...e, triggerInSentence: trigger, claimant };
  });
}

const one = route({
  method: 'get',
  path: '/api/dyad',
  summary: 'One directed pair: events per month by quad class with mean Goldstein, and a page of evidence (sentence, trigger, claimant)',
  params: {
    source: { type: 'string', description: 'source actor key', required: true },
    target: { type: 'string', description: 'target actor key', required: true },
    since: { type: 'day', description: 'on or after this day' },
    until: { type: 'day', description: 'on or before this day' },
    quadClass: { type: 'int', description: 'only this quad class', min: 1, max: 4 },
    ...PAGE,
    limit: { ...PAGE.limit, default: 20 },
  },
  async handle(_c, q, { store }) {
    const filter = { source: q.source, target: q.target, since: q.since, until: q.until, quadClass: q.quadClass };
    const [all, page] = await Promise.all([
      store.events({ ...filter, exactKeys: true, limit: TIMELINE_EVENTS }),
      store.events({ ...filter, exactKeys: true, limit: q.limit! + 1, offset: q.offset }),
    ]);
    const evidence = pageOf(await withEvidence(store, page), q.limit!, q.offset!);
    return { source: all[0]?.source ?? null, target: all[0]?.target ?? null, events: all.length, capped: all.length >= TIMELINE_EVENTS, months: timeline(all), evidence };
  },
});

export const dyadRoutes = [list, one];
