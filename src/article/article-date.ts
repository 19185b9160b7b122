// The article's own date, and where it came from. Every article gets one: where the record, the feed,
// the page and the article's head say nothing, the ingest day stands in, marked `ingest`.
import type { DateSource } from '../doc/types.ts';
import { isoDay, urlDate } from './html/metadata.ts';
import { datelineDate } from './shapes.ts';

export interface DateCandidates {
  /** The record's date (JSONL `date`, `--date`, a manifest), or a feed item's. */
  record: string | null;
  /** Whether `record` came from a feed item rather than from the user or the record itself. */
  fromFeed?: boolean;
  /** The page's metadata date (JSON-LD, meta tags, <time>). */
  metadata?: string | null;
  url?: string | null;
  /** The file the record came from: without a URL, its path stands in ("archive/breitbart_2015-11-11_….txt"). */
  path?: string | null;
  /** The dateline cut from the first paragraph ("MOSCOW, June 20, 2024 (Wire)"). */
  dateline?: string | null;
  /** Short lines at the head of a text article, before the body ("Published 2024-06-20"). */
  headLines?: string[];
  /** The ingest day (ISO): the last resort, and the year a dateline without one falls in. */
  today: string;
}

/**
 * The cascade, in order of how deliberately the date was stated for this very article:
 *  1. the record's date: the user or the dump said so;
 *  2. the feed item's date: the publisher's feed, per item;
 *  3. page metadata: structured fields a publisher writes for search engines and readers;
 *  4. the URL path (/2024/06/20/), or for a file without a URL its path (an archive's
 *     "outlet_2015-11-11_title.txt"): set at publication or by the archivist, marked `url`;
 *  5. the dateline or a "Published …" line at the article's head, where wires put the day;
 *  6. the ingest day.
 * A date inside the body is never taken: it is about something that happened, often long before
 * (a 2016 report recalling 14 December 2012).
 */
export function articleDate(c: DateCandidates): { date: string; source: DateSource } {
  const record = isoDay(c.record);
  if (record) return { date: record, source: c.fromFeed ? 'feed' : 'record' };
  const meta = isoDay(c.metadata);
  if (meta) return { date: meta, source: 'metadata' };
  const url = urlDate(c.url ?? null) ?? (c.url ? null : urlDate(c.path ?? null));
  if (url) return { date: url, source: 'url' };
  const line = (c.dateline && datelineDay(c.dateline, c.today)) ?? headLineDate(c.headLines ?? []);
  if (line) return { date: line, source: 'dateline' };
  return { date: c.today, source: 'ingest' };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The day of a dateline. Wires often leave the year out ("MOSCOW, June 20 (Reuters)"): the day is
 * then the latest such day on or before the ingest day, since a report is not dated in the future.
 */
export function datelineDay(dateline: string, today: string): string | null {
  const full = datelineDate(dateline);
  if (full) return full;
  const md = /\b([A-Z][a-z]{2,9})\.?\s+(\d{1,2})\b(?!,?\s*\d{4})/.exec(dateline);
  const dm = /\b(\d{1,2})\s+([A-Z][a-z]{2,9})\b\.?(?!,?\s*\d{4})/.exec(dateline);
  const [month, day] = md ? [md[1], md[2]] : dm ? [dm[2], dm[1]] : [];
  if (!month) return null;
  const m = MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1;
  const d = Number(day);
  if (m < 1) return null;
  let y = Number(today.slice(0, 4));
  const iso = (yy: number) => `${yy}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (!realDay(y, m, d) || iso(y) > today) y--;
  return realDay(y, m, d) ? iso(y) : null;
}

// "Published 2024-06-20", "Updated: June 20, 2024 10:02", or a line that is only a date.
const STAMP = /^(?:published|posted|updated|last updated|first published|date)\b\s*(?:on\b)?\s*:?\s*/i;

/** A date from a stamp line at the head of a text article: only short lines, only the first four. */
export function headLineDate(lines: string[]): string | null {
  for (const raw of lines.slice(0, 4)) {
    const line = raw.trim();
    if (!line || line.length > 80) continue;
    const rest = line.replace(STAMP, '').replace(/^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i, '');
    // The line must start with the date and hold little else (a time, a zone): not a sentence or a
    // headline that mentions a day ("Talks end on 3 March 2025").
    if (!/^(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/i.test(rest)) continue;
    if (rest.split(/\s+/).length > 7) continue;
    const day = isoDay(rest);
    if (day && realDay(+day.slice(0, 4), +day.slice(5, 7), +day.slice(8, 10))) return day;
  }
  return null;
}

function realDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
