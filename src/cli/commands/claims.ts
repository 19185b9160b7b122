// What an event row needs from its article to be read on its own: the quote it was said in, if any
// (`claimed_by`: who claims it happened, so "X said Russia shelled the port" is told from a report of
// the shelling), and the versions of the stages that coded it. Both come from the stored analysis of
// the event's first article, read once per article while the rows stream past; so does whether the
// event is told in the article's lead (GDELT's IsRootEvent) and the article's tone (AvgTone).
import { tone } from '../../tone/tone.ts';
import { MAX_PAGE, type ActorSummary, type ArticleDetail, type EventRow, type Store } from '../../store/store.ts';

export interface Claim {
  /** The stored quote's id (joins `quote_id` of `export --format quotes`). */
  quoteId: number | null;
  /** The speaker as an actor, or null when the quote has none. */
  speaker: ActorSummary | null;
  /** The speaker's words in the article ("the minister"), when there are any. */
  speakerText: string | null;
}

export interface EventWithClaim extends EventRow {
  claim: Claim | null;
  /** "events@1; actors@1 data@2026.11.1": the stages and dictionaries that made the row. */
  codedBy: string | null;
  /** Told in the article's lead (its first paragraph): GDELT's IsRootEvent. */
  rootEvent: boolean;
  /** The tone of the event's first article (src/tone/tone.ts): GDELT's AvgTone. */
  tone: number | null;
}

interface ArticleClaims {
  claims: Map<number, Claim>;
  codedBy: string | null;
  /** Ids of the events told in the first paragraph. */
  lead: Set<number>;
  tone: number | null;
}

/** The ids of the events whose sentence starts in the article's first paragraph. */
function leadEvents(detail: ArticleDetail): Set<number> {
  const first = detail.contract.article.sections.flatMap((s) => s.paragraphs)[0];
  const ids = new Set<number>();
  if (!first) return ids;
  (detail.contract.events ?? []).forEach((e, i) => {
    const at = (e.sentence as { start?: number } | undefined)?.start;
    const id = detail.eventIds[i];
    if (typeof at === 'number' && at >= first.start && at < first.end && typeof id === 'number') ids.add(id);
  });
  return ids;
}

async function readArticle(store: Store, id: number): Promise<ArticleClaims> {
  const detail = await store.article(id);
  if (!detail) return { claims: new Map(), codedBy: null, lead: new Set(), tone: null };
  const p = detail.provenance ?? {};
  const codedBy = [p.events, p.entities].filter(Boolean).join('; ') || null;
  const quoted = (detail.contract.events ?? []).map((e) => (typeof e.quoteIndex === 'number' ? e.quoteIndex : null));
  const lead = leadEvents(detail);
  const articleTone = tone(detail.contract.article.text);
  if (!quoted.some((q) => q !== null)) return { claims: new Map(), codedBy, lead, tone: articleTone };
  // The stored quotes of the article, matched to the contract's by their span.
  const stored = await store.quotes({ articleId: id, limit: MAX_PAGE });
  const bySpan = new Map(stored.map((q) => [`${q.start}:${q.end}`, q]));
  const claims = new Map<number, Claim>();
  quoted.forEach((qi, i) => {
    const eventId = detail.eventIds[i];
    const q = qi === null ? undefined : detail.contract.quotes[qi];
    if (eventId === null || eventId === undefined || !q) return;
    const row = bySpan.get(`${q.start}:${q.end}`);
    claims.set(eventId, { quoteId: row?.id ?? null, speaker: row?.speaker ?? null, speakerText: row?.speakerText ?? q.speaker?.text ?? null });
  });
  return { claims, codedBy, lead, tone: articleTone };
}

/** The rows with their claim and versions. Rows of one article mostly come together, so a few articles are kept. */
export async function* withClaims(store: Store, rows: AsyncIterable<EventRow>): AsyncGenerator<EventWithClaim> {
  const cache = new Map<number, ArticleClaims>();
  for await (const e of rows) {
    let a = cache.get(e.article.id);
    if (!a) {
      if (cache.size >= 64) cache.delete(cache.keys().next().value!);
      cache.set(e.article.id, (a = await readArticle(store, e.article.id)));
    }
    yield { ...e, claim: a.claims.get(e.id) ?? null, codedBy: a.codedBy, rootEvent: a.lead.has(e.id), tone: a.tone };
  }
}
