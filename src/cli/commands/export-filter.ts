// The filters every export takes: --since/--until (a day, or a month meaning all its days), --country
// (either side), --type (PLOVER type or CAMEO prefix), --quad-class, --source and --target (a country
// code, an actor key, or part of a name, as `dyad events` reads them). Event exports test each row;
// graphs test each edge's ends; a filter a format cannot apply is refused, never ignored.
import { COUNTRY } from '../../store/sqlite/filters.ts';
import type { ActorSummary, EventRow, Store } from '../../store/store.ts';
import { UsageError } from '../usage-error.ts';
import { pages } from './pages.ts';

export interface ExportFilter {
  since?: string;
  until?: string;
  country?: string;
  type?: string;
  quadClass?: number;
  source?: string;
  target?: string;
}

const NAMES: [keyof ExportFilter, string][] = [['since', 'since'], ['until', 'until'], ['country', 'country'], ['type', 'type'], ['quadClass', 'quad-class'], ['source', 'source'], ['target', 'target']];

/** Which filters each format applies. */
const TAKES: Record<string, (keyof ExportFilter)[]> = {
  gdelt: ['since', 'until', 'country', 'type', 'quadClass', 'source', 'target'],
  csv: ['since', 'until', 'country', 'type', 'quadClass', 'source', 'target'],
  graphml: ['since', 'until', 'country', 'quadClass', 'source', 'target'],
  gexf: ['since', 'until', 'country', 'quadClass', 'source', 'target'],
  quotes: ['since', 'until', 'source'],
  actors: ['country'],
  jsonl: [],
};

/** Refuses a filter the format cannot apply, naming the option. */
export function checkFilters(format: string, f: ExportFilter): void {
  const takes = TAKES[format] ?? [];
  for (const [k, name] of NAMES) {
    if (f[k] === undefined || takes.includes(k)) continue;
    const which = takes.length ? `--format ${format} takes ${takes.map((t) => '--' + NAMES.find((n) => n[0] === t)![1]).join(', ')}` : `--format ${format} writes every article`;
    throw new UsageError(`--${name}: ${which}${format === 'quotes' && k === 'target' ? ' (--source is the speaker)' : ''}`);
  }
}

/**
 * "since 2024-01-01, source RUS": what the export was filtered by, or '' for nothing. Graphs count
 * events by month, so `byMonth` names the month a day bound was taken as.
 */
export function describeFilters(f: ExportFilter, byMonth = false): string {
  const shown = (k: keyof ExportFilter) => (byMonth && (k === 'since' || k === 'until') ? String(f[k]).slice(0, 7) : f[k]);
  return NAMES.filter(([k]) => f[k] !== undefined).map(([k, name]) => `${name} ${shown(k)}`).join(', ');
}

/** A day within --since/--until, each a day or a month (compared on as many characters as it has). */
export const inRange = (day: string | null, f: ExportFilter): boolean =>
  !(f.since || f.until) || (!!day && (!f.since || day.slice(0, f.since.length) >= f.since) && (!f.until || day.slice(0, f.until.length) <= f.until));

export type ActorTest = (a: ActorSummary | null) => boolean;

/**
 * An actor filter as the store reads one: a country code matches the actor's country; else an
 * actor whose key it is, if there is one, else every actor whose name or key holds it.
 */
export async function actorTest(store: Store, value: string | undefined): Promise<ActorTest> {
  if (value === undefined) return () => true;
  if (COUNTRY.test(value)) return (a) => a?.country === value;
  let exact = false;
  for await (const a of pages((p) => store.actors({ ...p, name: value }), Infinity)) if (a.key === value) exact = true;
  if (exact) return (a) => a?.key === value;
  const v = value.toLowerCase();
  return (a) => !!a && (a.key.toLowerCase().includes(v) || a.name.toLowerCase().includes(v));
}

/** The event test of a filter. */
export async function eventTest(store: Store, f: ExportFilter): Promise<(e: EventRow) => boolean> {
  const [source, target] = [await actorTest(store, f.source), await actorTest(store, f.target)];
  const type = f.type;
  return (e) =>
    inRange(e.date ?? e.article.date, f) &&
    (!f.country || e.source?.country === f.country || e.target?.country === f.country) &&
    (!type || (/^\d+$/.test(type) ? !!e.cameo?.startsWith(type) : e.plover === type.toUpperCase())) &&
    (!f.quadClass || e.quadClass === f.quadClass) &&
    source(e.source) &&
    target(e.target);
}
