import type { Config } from '../config/config.ts';
import type { Doc } from '../doc/doc.ts';
import { DyadError } from '../doc/errors.ts';
import type { RawRecord } from '../doc/record.ts';
import { articleDate } from './article-date.ts';
import { splitLongBlocks } from './long-blocks.ts';
import { readHtmlArticle } from './html-article.ts';
import { readTextArticle } from './text-article.ts';
import { checkSize, checkText } from './validate.ts';

/**
 * The article stage: a raw record in, a Doc with blocks, sections and metadata out. Checks come
 * first (size before anything is scanned, then binary content), then HTML or text reading, then the
 * empty-body check, since only after cleaning is it known whether anything is left.
 */
export function readArticle(record: RawRecord, config: Config): Doc {
  const id = String(record.id);
  const html = typeof record.html === 'string' ? record.html : null;
  const text = typeof record.text === 'string' ? record.text : null;
  if (html == null && text == null) throw new DyadError('BAD_RECORD', `record ${id}: has neither "text" nor "html"`);
  const raw = (html ?? text)!;
  checkSize(id, raw, config.maxBytes);
  checkText(id, raw, html != null ? 'html' : 'text');
  const date = normaliseDate(record.date);
  const doc = html != null
    ? readHtmlArticle({ id, html, url: record.url ?? null, date })
    : readTextArticle({ id, text: text!, date, url: record.url ?? null, title: record.title ?? null });
  splitLongBlocks(doc);
  if (!doc.bodyBlocks().length) throw new DyadError('EMPTY', `record ${id}: no article body left after cleaning`);
  const { date: day, source } = articleDate({
    record: date,
    fromFeed: record.dateSource === 'feed',
    metadata: doc.meta.date,
    url: record.url ?? null,
    path: record.path ?? null,
    dateline: doc.meta.dateline,
    headLines: headLines(doc),
    today: config.today,
  });
  doc.meta = { ...doc.meta, date: day, dateSource: source };
  return doc;
}

/** An ISO day from the record's date, or null; a full timestamp is cut to its day. */
export function normaliseDate(d: unknown): string | null {
  if (typeof d !== 'string') return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(d.trim());
  return m ? m[1] : null;
}

/** The first lines of a text article (headline, stamp, lead), where a "Published …" stamp sits. */
function headLines(doc: Doc): string[] {
  if (doc.kind !== 'text') return [];
  return (doc.layers.blocks ?? []).slice(0, 3).flatMap((b) => doc.slice(b).split('\n')).slice(0, 4);
}
