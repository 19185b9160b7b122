// A fetched URL -> raw records: a feed's items (each link made absolute against the feed's URL), or
// one page (HTML, or plain text). The Content-Type decides first, since a server that says what it
// sends is right more often than a look at the bytes; a type that says neither (application/xml,
// application/json, octet-stream, none) is decided by the content, as a file's would be.
import { DyadError, isDyadError } from '../../doc/errors.ts';
import type { RawRecord } from '../../doc/record.ts';
import { hostOf } from '../canonical-url.ts';
import { decodeBytes } from '../decode.ts';
import { looksLikeFeed, readFeed } from '../feed.ts';
import { looksLikeHtml, replacedNote } from '../read-file.ts';
import type { SourceItem } from '../sources.ts';
import { fetchUrl, type Fetched, type FetchRequest } from './fetch.ts';

export const isUrl = (s: string): boolean => /^https?:\/\//i.test(s.trim());

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/feed+json']);
const OPEN_TYPES = new Set(['application/xml', 'text/xml', 'application/json', 'application/octet-stream', 'binary/octet-stream']);

/** The records of a fetched answer, in feed order; an answer with no body yields nothing. */
export function recordsOf(asked: string, got: Fetched): SourceItem[] {
  if (got.notModified) return [];
  if (got.body.length === 0) return [{ error: new DyadError('EMPTY', `${asked}: the answer is empty`), id: asked, origin: asked }];
  const type = got.type;
  const textual = !type || type.startsWith('text/') || HTML_TYPES.has(type) || FEED_TYPES.has(type) || OPEN_TYPES.has(type) || type.endsWith('+xml') || type.endsWith('+json');
  if (!textual) return [{ error: new DyadError('BAD_RECORD', `${asked}: is ${type}, not a page or a feed`), id: asked, origin: asked }];
  const { text, encoding, replaced } = decodeBytes(got.body, got.charset);
  if (!encoding.startsWith('utf-16') && got.body.includes(0)) return [{ error: new DyadError('BINARY', `${asked}: holds NUL bytes: binary content, not an article`), id: asked, origin: asked }];
  const warning = replaced ? replacedNote(asked, replaced) : undefined;
  const feedish = FEED_TYPES.has(type ?? '') || (!HTML_TYPES.has(type ?? '') && type !== 'text/plain' && looksLikeFeed(text));
  if (feedish) {
    try {
      const feed = readFeed(text, asked);
      return feed.records.map((r): SourceItem => {
        if (isDyadError(r)) return { error: r, id: asked, origin: asked };
        const record = { ...r, url: absolute(r.url, got.url) };
        return { record, source: hostOf(record.url) ?? feed.source ?? hostOf(got.url), ...(warning ? { warning } : {}) };
      });
    } catch (e) {
      return [{ error: isDyadError(e) ? e : new DyadError('BAD_RECORD', `${asked}: ${(e as Error).message}`), id: asked, origin: asked }];
    }
  }
  const html = HTML_TYPES.has(type ?? '') || (type !== 'text/plain' && looksLikeHtml(text));
  const base: RawRecord = { id: asked, url: got.url, origin: asked };
  const record: RawRecord = html ? { ...base, html: text } : { ...base, text };
  return [{ record, source: hostOf(got.url), ...(warning ? { warning } : {}) }];
}

function absolute(link: string | null | undefined, base: string): string | null {
  if (!link) return null;
  try {
    return new URL(link, base).toString();
  } catch {
    return link;
  }
}

/** Fetches one URL and yields its records; a failed fetch is one error naming the URL. */
export async function* readUrl(url: string, req: FetchRequest): AsyncGenerator<SourceItem> {
  let got: Fetched;
  try {
    got = await fetchUrl(url, req);
  } catch (e) {
    yield { error: isDyadError(e) ? e : new DyadError('FETCH', `${url}: ${(e as Error).message}`), id: url, origin: url };
    return;
  }
  yield* recordsOf(url, got);
}
