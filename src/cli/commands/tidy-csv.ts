// The tidy CSV schemas, one per kind of row, shared by the list commands (`events --csv`,
// `quotes --csv`, `actors --csv`) and `dyad export --format csv|quotes|actors`, so pandas and R read
// the same columns whichever way the file was made: snake_case headers, one value per cell, codes in
// their own columns, ids to join on. `cameo` is text with its leading zero ("051"): read it with
// dtype={'cameo': str} (pandas) or col_types = cols(cameo = "c") (readr); `cameo_root` is the root
// as a plain number (5), which reads the same whatever the type.
import type { ActorRow, ActorSummary, EventRow, QuoteRow } from '../../store/store.ts';
import type { EventWithClaim } from './claims.ts';
import type { Column } from './output.ts';

/** An actor's code as CAMEO composes it: country then sector (RUSGOV), or whichever of the two it has. */
export const actorCode = (a: ActorSummary | null): string | null => (a ? (a.country ?? '') + (a.sector ?? '') || null : null);

const side = (name: 'source' | 'target'): Column<EventRow>[] => [
  [`${name}_key`, (e) => e[name]?.key],
  [`${name}_code`, (e) => actorCode(e[name])],
  [`${name}_name`, (e) => e[name]?.name],
  [`${name}_text`, (e) => e[`${name}Text`]],
  [`${name}_country`, (e) => e[name]?.country],
  [`${name}_sector`, (e) => e[name]?.sector],
];

/**
 * `claimed_by` is the key of who says the event happened when it was told inside a quote (empty for an
 * event the article tells itself), `claim_quote_id` that quote's `quote_id`; `coded_by` names the
 * stage and dictionary versions that made the row.
 */
export const EVENT_CSV: Column<EventWithClaim>[] = [
  ['event_id', (e) => e.id],
  ['date', (e) => e.date],
  ['date_source', (e) => e.dateSource],
  ['history', (e) => (e.history ? 1 : 0)],
  ['factuality', (e) => e.factuality],
  ['mode', (e) => e.mode],
  ['plover', (e) => e.plover],
  ['cameo', (e) => e.cameo],
  ['cameo_root', (e) => (e.cameo && /^\d{2}/.test(e.cameo) ? Number(e.cameo.slice(0, 2)) : null)],
  ['quad_class', (e) => e.quadClass],
  ['goldstein', (e) => e.goldstein],
  ...side('source'),
  ...side('target'),
  ['trigger', (e) => e.trigger],
  ['sentence', (e) => e.sentence],
  ['claimed_by', (e) => e.claim?.speaker?.key],
  ['claimed_by_name', (e) => e.claim?.speaker?.name],
  ['claimed_by_text', (e) => e.claim?.speakerText],
  ['claim_quote_id', (e) => e.claim?.quoteId],
  ['num_mentions', (e) => e.numMentions],
  ['num_sources', (e) => e.numSources],
  ['num_articles', (e) => e.numArticles],
  ['article_id', (e) => e.article.id],
  ['record_id', (e) => e.article.recordId],
  ['url', (e) => e.article.url],
  ['outlet', (e) => e.article.source],
  ['article_date', (e) => e.article.date],
  ['coded_by', (e) => e.codedBy],
];

export const QUOTE_CSV: Column<QuoteRow>[] = [
  ['quote_id', (q) => q.id],
  ['kind', (q) => q.kind],
  ['text', (q) => q.text],
  ['speaker_key', (q) => q.speaker?.key],
  ['speaker_name', (q) => q.speaker?.name],
  ['speaker_text', (q) => q.speakerText],
  ['speaker_country', (q) => q.speaker?.country],
  ['cue', (q) => q.cue],
  ['about_keys', (q) => q.about.map((a) => a.key).join(';')],
  ['start', (q) => q.start],
  ['end', (q) => q.end],
  ['article_id', (q) => q.article.id],
  ['record_id', (q) => q.article.recordId],
  ['url', (q) => q.article.url],
  ['outlet', (q) => q.article.source],
  ['date', (q) => q.article.date],
];

export const ACTOR_CSV: Column<ActorRow>[] = [
  ['actor_key', (a) => a.key],
  ['code', (a) => actorCode(a)],
  ['name', (a) => a.name],
  ['country', (a) => a.country],
  ['sector', (a) => a.sector],
  ['mentions', (a) => a.mentions],
  ['articles', (a) => a.articles],
  ['quotes', (a) => a.quotes],
  ['as_source', (a) => a.asSource],
  ['as_target', (a) => a.asTarget],
];
