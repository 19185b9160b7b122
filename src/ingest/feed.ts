// RSS, Atom, RDF and JSON Feed files -> one raw record per item. An item's full content (content:encoded,
// Atom content, content_html) is preferred over its summary, since a summary is rarely the article.
import { parseFeed } from 'feedsmith';
import { DyadError } from '../doc/errors.ts';
import type { RawRecord } from '../doc/record.ts';
import { readJsonFeed, type FeedItem } from './json-feed.ts';

/** True when a decoded file looks like a feed rather than an HTML page or a JSON record. */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2048);
  if (/<(rss|feed|rdf:RDF)[\s>]/i.test(head)) return true;
  return /^\s*\{/.test(head) && /"version"\s*:\s*"https?:\/\/jsonfeed\.org/.test(head);
}

const str = (v: unknown): string | null => {
  if (typeof v === 'string') return v.trim() || null;
  if (v && typeof v === 'object' && 'value' in v) return str((v as { value: unknown }).value);
  return null;
};

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function page(title: string | null, content: string): string {
  const t = title ? escape(title) : '';
  return `<!doctype html><html><head><title>${t}</title></head><body><article>${t ? `<h1>${t}</h1>` : ''}${content}</article></body></html>`;
}

const hasTags = (s: string) => /<\/?[a-z][^>]*>/i.test(s);

type Item = FeedItem;

function items(parsed: { format: string; feed: unknown }): { source: string | null; items: Item[] } {
  const f = parsed.feed as any;
  switch (parsed.format) {
    case 'rss':
    case 'rdf':
      return {
        source: str(f.title),
        items: (f.items ?? []).map((i: any) => ({
          id: str(i.guid?.value ?? i.guid),
          title: str(i.title),
          url: str(i.link),
          date: str(i.pubDate ?? i.dc?.date ?? i.dc?.dates?.[0]),
          content: str(i.content?.encoded) ?? str(i.description),
        })),
      };
    case 'atom':
      return {
        source: str(f.title),
        items: (f.entries ?? []).map((e: any) => ({
          id: str(e.id),
          title: str(e.title),
          url: str((e.links ?? []).find((l: any) => !l.rel || l.rel === 'alternate')?.href),
          date: str(e.published ?? e.updated),
          content: str(e.content) ?? str(e.summary),
        })),
      };
    default:
      return { source: null, items: [] };
  }
}

function isoDay(d: string | null): string | null {
  if (!d) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(d)) return d.slice(0, 10);
  const t = Date.parse(d);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/** The records of a feed. Items without content become errors, reported like any bad record. */
export function readFeed(text: string, origin: string): { source: string | null; records: (RawRecord | DyadError)[] } {
  let source: string | null;
  let list: (Item | DyadError)[];
  if (/^\s*[{[]/.test(text.slice(0, 64))) {
    let json: unknown;
    try {
      json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (e) {
      throw new DyadError('BAD_RECORD', `${origin}: not a readable JSON feed (${(e as Error).message})`);
    }
    if (!json || typeof json !== 'object' || Array.isArray(json)) throw new DyadError('BAD_RECORD', `${origin}: a JSON feed is an object with "items"`);
    ({ source, items: list } = readJsonFeed(json as Record<string, unknown>, origin));
  } else {
    let parsed;
    try {
      parsed = parseFeed(text);
    } catch (e) {
      throw new DyadError('BAD_RECORD', `${origin}: not a readable RSS, Atom or JSON feed (${(e as Error).message})`);
    }
    ({ source, items: list } = items(parsed));
  }
  const records = list.map((it, n): RawRecord | DyadError => {
    if (it instanceof DyadError) return it;
    const id = it.id ?? it.url ?? `${origin}#${n + 1}`;
    if (!it.content) return new DyadError('EMPTY', `${origin}#${n + 1}: feed item ${id} has no content`);
    const base = { id, url: it.url, date: isoDay(it.date), dateSource: 'feed' as const, title: it.title, origin: `${origin}#${n + 1}` };
    return hasTags(it.content) ? { ...base, html: page(it.title, it.content) } : { ...base, text: it.title ? `${it.title}\n\n${it.content}` : it.content };
  });
  return { source, records };
}
