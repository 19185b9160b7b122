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
    const ce = a && i >= 0 ? a.contract.events[i] : null;
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
  summary: 'One directed pair (exact actor keys): every month\'s events by quad class with mean Goldstein, and a page of evidence (sentence, trigger, claimant), newest first',
  params: {
    source: { type: 'string', description: 'source actor key', required: true },
    target: { type: 'string', description: 'target actor key', required: true },
    since: { type: 'day', description: 'on or after this day (the timeline counts whole months)' },
    until: { type: 'day', description: 'on or before this day' },
    quadClass: { type: 'int', description: 'evidence of this quad class only (the timeline always shows all four)', min: 1, max: 4 },
    ...PAGE,
    limit: { ...PAGE.limit, default: 20 },
  },
  async handle(_c, q, { store }) {
    const pair = { source: q.source, target: q.target, exactKeys: true };
    // The timeline reads the pair's monthly summaries, kept on write: every month, one indexed read.
    const [dyad] = await store.dyads({ ...pair, since: q.since, until: q.until, months: 1200, limit: 1 });
    const page = await store.events({ ...pair, since: q.since, until: q.until, quadClass: q.quadClass, limit: q.limit! + 1, offset: q.offset });
    const evidence = pageOf(await withEvidence(store, page), q.limit!, q.offset!);
    return { source: dyad?.source ?? null, target: dyad?.target ?? null, events: dyad?.count ?? 0, quad: dyad?.quad ?? [0, 0, 0, 0], meanGoldstein: dyad?.meanGoldstein ?? null, months: dyad?.months ?? [], evidence };
  },
});

export const dyadRoutes = [list, one];
