// JSON Feed (jsonfeed.org) read from the JSON itself rather than through the feed library, which turns
// an `items` object into a list of one and a number into a string, so a feed's mistakes are named
// instead of stored as articles: `items` must be a list (one item object alone is read as a list of
// one, as its writer meant), and an item's content_html, content_text and summary must be text.
import { DyadError } from '../doc/errors.ts';

export interface FeedItem {
  id: string | null;
  title: string | null;
  url: string | null;
  date: string | null;
  content: string | null;
}

const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : `a ${typeof v}`);

/** A string field, trimmed (null when absent or blank); anything but a string is an error naming it. */
function text(o: Record<string, unknown>, field: string, where: string): string | null {
  const v = o[field];
  if (v == null) return null;
  if (typeof v !== 'string') throw new DyadError('BAD_RECORD', `${where}: "${field}" is ${kind(v)}, not text`);
  return v.trim() || null;
}

/** An id or other scalar field: a number is read as its digits, as JSON Feed ids often are. */
function scalar(o: Record<string, unknown>, field: string): string | null {
  const v = o[field];
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return typeof v === 'string' ? v.trim() || null : null;
}

/** One item, or the error that names it. */
function item(v: unknown, where: string): FeedItem | DyadError {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return new DyadError('BAD_RECORD', `${where}: feed item is ${kind(v)}, not an object`);
  const o = v as Record<string, unknown>;
  const named = scalar(o, 'id') ? `${where} (item ${scalar(o, 'id')})` : where;
  try {
    const content = text(o, 'content_html', named) ?? text(o, 'content_text', named) ?? text(o, 'summary', named);
    return { id: scalar(o, 'id'), title: text(o, 'title', named), url: scalar(o, 'url'), date: scalar(o, 'date_published') ?? scalar(o, 'date_modified'), content };
  } catch (e) {
    return e as DyadError;
  }
}

/** The feed's title and items (each an item or its error); a feed whose `items` is no list or object is one error. */
export function readJsonFeed(feed: Record<string, unknown>, origin: string): { source: string | null; items: (FeedItem | DyadError)[] } {
  const raw = feed.items;
  let list: unknown[];
  if (Array.isArray(raw)) list = raw;
  else if (raw && typeof raw === 'object') list = [raw];
  else if (raw == null) list = [];
  else throw new DyadError('BAD_RECORD', `${origin}: JSON Feed "items" is ${kind(raw)}, not a list of items`);
  const source = typeof feed.title === 'string' ? feed.title.trim() || null : null;
  return { source, items: list.map((v, n) => item(v, `${origin}#${n + 1}`)) };
}
