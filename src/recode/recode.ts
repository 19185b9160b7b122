// Recode: the articles of one store analysed again with today's dictionaries and models into a new
// store, and what changed. The old store is only read, so nothing stored is lost whatever happens; the
// new one keeps each article's record id, URL, date and title, written in the old store's id order, so
// the ids come out the same unless a copy now merges differently.
import type { ActorRow, EventRow, Store } from '../store/store.ts';
import type { IngestReport, IngestSource } from '../ingest/ingest.ts';
import type { SourceItem } from '../ingest/sources.ts';

const PAGE = 500;

/** Every row of a paged list, in pages. */
async function all<T>(page: (offset: number) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const rows = await page(offset);
    out.push(...rows);
    if (rows.length < PAGE) return out;
  }
}

/** The old store's articles as records to analyse again: the stored text, in id order. */
export async function storedRecords(store: Store): Promise<IngestSource> {
  const rows = (await all((offset) => store.articles({ limit: PAGE, offset }))).sort((a, b) => a.id - b.id);
  return {
    name: 'store',
    estimate: rows.length,
    async *read(): AsyncGenerator<SourceItem> {
      for (const row of rows) {
        const d = await store.article(row.id);
        if (!d) continue;
        yield { record: { id: row.recordId, text: d.docText, url: row.url, date: row.date, title: row.title, origin: `article ${row.id}` }, source: row.source };
      }
    },
  };
}

/** What a store holds, for the comparison. */
export interface Holdings {
  actors: ActorRow[];
  events: EventRow[];
}

export async function holdings(store: Store): Promise<Holdings> {
  return {
    actors: await all((offset) => store.actors({ limit: PAGE, offset })),
    events: await all((offset) => store.events({ limit: PAGE, offset, includeHistory: true, includeNegated: true })),
  };
}

export interface RecodeChanges {
  articles: number;
  actors: [number, number];
  withCountry: [number, number];
  /** Actors of the old store no longer there (merged into another, or found no more), and new ones. */
  actorsGone: number;
  actorsNew: number;
  events: [number, number];
  eventsAdded: number;
  eventsRemoved: number;
  /** The keys of the old actors with most mentions that are gone, with their mentions. */
  gone: string[];
}

/** An event as the comparison sees it: its article, type and the keys of its two sides. */
const eventKey = (e: EventRow) => [e.article.recordId, e.plover, e.source?.key ?? '', e.target?.key ?? ''].join('|');

/** The differences between the old store's holdings and the new one's. */
export function compare(before: Holdings, after: Holdings, rep: IngestReport): RecodeChanges {
  const oldKeys = new Set(before.actors.map((a) => a.key));
  const newKeys = new Set(after.actors.map((a) => a.key));
  const counts = new Map<string, number>();
  for (const e of before.events) counts.set(eventKey(e), (counts.get(eventKey(e)) ?? 0) + 1);
  let added = 0;
  for (const e of after.events) {
    const k = eventKey(e);
    const n = counts.get(k) ?? 0;
    if (n > 0) counts.set(k, n - 1);
    else added++;
  }
  const removed = [...counts.values()].reduce((s, n) => s + n, 0);
  const gone = before.actors.filter((a) => !newKeys.has(a.key)).sort((a, b) => b.mentions - a.mentions);
  return {
    articles: rep.added + rep.merged,
    actors: [before.actors.length, after.actors.length],
    withCountry: [before.actors.filter((a) => a.country).length, after.actors.filter((a) => a.country).length],
    actorsGone: gone.length,
    actorsNew: after.actors.filter((a) => !oldKeys.has(a.key)).length,
    events: [before.events.length, after.events.length],
    eventsAdded: added,
    eventsRemoved: removed,
    gone: gone.slice(0, 5).map((a) => `${a.key} (${a.mentions})`),
  };
}

/** The changes as lines for a person. */
export function describe(c: RecodeChanges): string {
  return [
    `recoded ${c.articles} articles`,
    `actors ${c.actors[0]} -> ${c.actors[1]} (${c.actorsGone} gone: merged into another or no longer found; ${c.actorsNew} new); with a country ${c.withCountry[0]} -> ${c.withCountry[1]}`,
    c.gone.length ? `most mentioned actors gone: ${c.gone.join(', ')}` : null,
    `events ${c.events[0]} -> ${c.events[1]} (${c.eventsAdded} added, ${c.eventsRemoved} removed, by article, type and sides)`,
  ].filter(Boolean).join('\n');
}
