// The GDELT export: the 61 columns of the GDELT 2.0 event table, in order, filled where dyad has the
// data. The graph writers are in graph-formats.ts.
import { cameoActorCode, knownGroup } from '../../actors/known-groups.ts';
import type { EventRow } from '../../store/store.ts';
import { actionGeo, actorGeo } from './gdelt-geo.ts';

const GEO = ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'];
const ACTOR = ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'];

export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'Day', 'MonthYear', 'Year', 'FractionDate',
  ...ACTOR.map((c) => `Actor1${c}`), ...ACTOR.map((c) => `Actor2${c}`),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...GEO.map((c) => `Actor1Geo_${c}`), ...GEO.map((c) => `Actor2Geo_${c}`), ...GEO.map((c) => `ActionGeo_${c}`),
  'DATEADDED', 'SOURCEURL',
];

const tsv = (v: unknown) => (v === null || v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' '));

/**
 * Code (country, sector and known group as CAMEO composes them: RUSGOV, IGOEEC, PSEREBHMS), name (the
 * dictionary's formal name, else the words of the text), country, KnownGroupCode, and Type1Code (the
 * sector); ethnic and religion codes and a second and third type are not known.
 */
function actorCols(a: EventRow['source'], text: string | null): unknown[] {
  return [cameoActorCode(a), (a?.name ?? text)?.toUpperCase() ?? null, a?.country ?? null, knownGroup(a), null, null, null, a?.sector ?? null, null, null];
}

/** GDELT's DATEADDED form of an ISO time: YYYYMMDDHHMMSS, UTC. */
export const gdeltStamp = (iso: string) => new Date(iso).toISOString().replace(/\D/g, '').slice(0, 14);

/**
 * The GDELT date columns of a day: Day (YYYYMMDD), MonthYear (YYYYMM), Year, and FractionDate, which the
 * codebook defines as the year plus (MONTH * 30 + DAY) / 365, to four places.
 */
export function gdeltDates(d: string): [string, string, string, string] {
  const [y, m, day] = d.split('-').map(Number);
  return [d.replace(/-/g, ''), d.slice(0, 7).replace('-', ''), d.slice(0, 4), (y + (m * 30 + day) / 365).toFixed(4)];
}

/**
 * One event as a GDELT row. IsRootEvent is 1 for an event told in the article's first paragraph (the
 * codebook's proxy for the story's main event); DATEADDED is when its first article was stored, so it
 * stays the same from one export to the next (`exported` is used only for a row stored without it).
 * AvgTone is the tone of the event's first article (src/tone/tone.ts, data/tone/README.md). The
 * geography columns are the actors' countries and the place the sentence names (gdelt-geo.ts).
 */
export function gdeltRow(e: EventRow & { rootEvent?: boolean; tone?: number | null }, exported: Date): string {
  // The event's own date; the article's for a row stored without one.
  const d = e.date ?? e.article.date;
  const cameo = e.cameo ?? '';
  const cols: unknown[] = [
    e.id, ...(d ? gdeltDates(d) : [null, null, null, null]),
    ...actorCols(e.source, e.sourceText), ...actorCols(e.target, e.targetText),
    e.rootEvent === undefined ? null : e.rootEvent ? 1 : 0, cameo || null, cameo.slice(0, 3) || null, cameo.slice(0, 2) || null, e.quadClass, e.goldstein, e.numMentions, e.numSources, e.numArticles, e.tone ?? null,
    ...actorGeo(e.source?.country), ...actorGeo(e.target?.country), ...actionGeo(e.sentence),
    gdeltStamp(e.article.storedAt ?? exported.toISOString()), e.article.url ?? e.article.recordId,
  ];
  return cols.map(tsv).join('\t');
}
