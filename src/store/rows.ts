// Rows to the Store's types, shared by both backends: their queries alias columns to the same
// camelCase names (sKey, aTitle, numMentions, ...), so one mapper serves SQLite and PostgreSQL.
import type { ActorSummary, ArticleRow, EventRow } from './store.ts';

export interface ActorCols {
  key: string | null;
  name: string | null;
  country: string | null;
  sector: string | null;
}

export const toActor = (a: ActorCols): ActorSummary | null => (a.key === null ? null : { key: a.key, name: a.name ?? a.key, country: a.country, sector: a.sector });

/** The article columns every backend selects as aId, aRecordId, ... (see each backend's ARTICLE_COLS). */
export const toArticle = (r: Record<string, any>): ArticleRow => ({
  id: r.aId,
  recordId: r.aRecordId,
  source: r.aSource,
  url: r.aUrl,
  date: r.aDate,
  title: r.aTitle,
  copyOf: r.aCopyOf,
  dateSource: r.aDateSource ?? null,
  storedAt: r.aStoredAt ?? null,
});

/** An event row joined with its source (s*), target (t*) and article (a*) columns. */
export const toEvent = (r: Record<string, any>): EventRow => ({
  id: r.id,
  article: toArticle(r),
  date: r.date,
  dateSource: r.dateSource ?? null,
  history: r.history === 1,
  factuality: r.factuality ?? null,
  plover: r.plover,
  cameo: r.cameo,
  mode: r.mode,
  context: r.context,
  goldstein: r.goldstein,
  quadClass: r.quadClass,
  negated: r.negated === 1,
  source: toActor({ key: r.sKey, name: r.sName, country: r.sCountry, sector: r.sSector }),
  target: toActor({ key: r.tKey, name: r.tName, country: r.tCountry, sector: r.tSector }),
  sourceText: r.sourceText,
  targetText: r.targetText,
  trigger: r.trigger,
  sentence: r.sentence,
  numMentions: r.numMentions,
  numSources: r.numSources,
  numArticles: r.numArticles,
});
