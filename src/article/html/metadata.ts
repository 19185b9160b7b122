import type { PageIndex } from './page-index.ts';

/** What the page says about itself, before any body extraction. */
export interface PageMeta {
  title: string | null;
  date: string | null;
  byline: string | null;
  language: string | null;
}

const ARTICLE_TYPES = /article|posting|report|news|webpage|blog/i;

/**
 * Title, date, byline and language of a page. Each field takes the first source that has it, in the
 * order of how deliberately a publisher states it: JSON-LD (structured, for search engines), then
 * meta tags (og:, article:, name=author), then the page itself (<time>, <h1>, <html lang>). The URL's
 * date is not metadata: src/article/article-date.ts weighs it after this one. Must run before
 * Readability, which strips scripts from the document.
 */
export function readPageMeta(ix: PageIndex): PageMeta {
  const ld = jsonLd(ix.ldJson);
  const metas = metaMap(ix.metas);
  const m = (...names: string[]) => {
    for (const n of names) {
      const v = metas.get(n);
      if (v) return v;
    }
    return null;
  };
  const title = clean(ld?.headline) ?? clean(m('og:title', 'twitter:title', 'dc.title', 'sailthru.title', 'parsely-title')) ??
    clean(ix.h1?.textContent) ?? stripSite(clean(ix.title?.textContent));
  const stated = [ld?.datePublished, ld?.dateCreated, m('article:published_time', 'og:published_time', 'og:pubdate', 'article.published', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'sn-post-date', 'article:modified_time', 'og:updated_time')]
    .find((v) => isoDay(v)) as string | undefined;
  const shown = shownDate([...ix.times, ...ix.stamps]);
  const date = stated ? nearShown(stated, shown) : timeDate(ix.times) ?? shown;
  const byline = authorOf(ld?.author) ?? authorName(m('author', 'article:author', 'byl', 'sailthru.author', 'parsely-author', 'dc.creator', 'twitter:creator'));
  const language = lang(ix.lang) ?? lang(ld?.inLanguage) ?? lang(m('og:locale', 'content-language', 'language', 'dc.language'));
  return { title, date, byline, language };
}

function metaMap(metas: any[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of metas) {
    const name = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? el.getAttribute('http-equiv') ?? '').toLowerCase().trim();
    const content = el.getAttribute('content');
    if (name && content && !out.has(name)) out.set(name, content.trim());
  }
  return out;
}

/** The first JSON-LD object that describes an article, with @graph and arrays flattened. */
function jsonLd(scripts: any[]): Record<string, any> | null {
  let fallback: Record<string, any> | null = null;
  for (const s of scripts) {
    let data: unknown;
    try {
      data = JSON.parse((s.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    while (queue.length) {
      const o = queue.shift();
      if (Array.isArray(o)) queue.push(...o);
      else if (o && typeof o === 'object') {
        const r = o as Record<string, any>;
        if (Array.isArray(r['@graph'])) queue.push(...r['@graph']);
        const type = [r['@type']].flat().join(' ');
        if (ARTICLE_TYPES.test(type) && (r.headline || r.datePublished)) {
          if (!/webpage/i.test(type)) return r;
          fallback ??= r;
        }
      }
    }
  }
  return fallback;
}

function authorOf(a: unknown): string | null {
  const names = [a].flat().map((x) => (typeof x === 'string' ? authorName(x) : x && typeof x === 'object' ? clean((x as any).name) : null)).filter((x): x is string => !!x);
  return names.length ? [...new Set(names)].join(', ') : null;
}

/** An author given as a name; URLs (facebook.com/...) and handles are not names. */
function authorName(s: string | null): string | null {
  const t = clean(s);
  if (!t || /^https?:|www\.|\.com\b|^@/.test(t)) return null;
  return t.replace(/^by\s+/i, '');
}

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');

/** An ISO day from a date string: ISO forms keep their own day (no time-zone shift); others are parsed. */
export function isoDay(s: unknown): string | null {
  if (typeof s !== 'string') return null;
  const t = s.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(t) ?? /^(\d{4})\/(\d{2})\/(\d{2})/.exec(t);
  if (m) return valid(+m[1], +m[2], +m[3]);
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(t);
  if (m) return valid(+m[3], MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1, +m[1]);
  m = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(t);
  if (m) return valid(+m[3], MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1, +m[2]);
  return null;
}

function valid(y: number, mo: number, d: number): string | null {
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The stated day, unless the page shows the day before or after it: timestamps are often in UTC or
 * carry a wrong zone (a story posted at 23:26 in New York is stamped 04:26Z the next day), and the
 * page shows the publisher's local day. A shown day further off is some other story's, or today's.
 */
function nearShown(stated: string, shown: string | null): string | null {
  const day = isoDay(stated);
  if (!day || !shown || shown === day) return day;
  return Math.abs(Date.parse(shown) - Date.parse(day)) === 864e5 ? shown : day;
}

/** The day the page shows: in a <time> element's text, else in an element named for its date. */
function shownDate(stamps: any[]): string | null {
  const named = (el: any) => `${el.getAttribute('class') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
  // <time> elements first (a page's own markup for a moment), then elements named for publication,
  // then other date-named ones, updates last.
  const isTime = (el: any) => el.tagName === 'TIME';
  // The site's masthead shows today's date ("site-header__below-date"), not the article's.
  stamps = stamps.filter((el) => isTime(el) || !/site[-_]|masthead|today|current|footer|copyright/i.test(named(el)));
  const ordered = [...stamps.filter(isTime), ...stamps.filter((el) => !isTime(el) && /publish/i.test(named(el))),
    ...stamps.filter((el) => !isTime(el) && !/publish|modif|updat/i.test(named(el))), ...stamps.filter((el) => !isTime(el) && /modif|updat/i.test(named(el)) && !/publish/i.test(named(el)))];
  for (const el of ordered) {
    const text = (el.textContent ?? '').trim();
    if (text && text.length <= 100) {
      const day = isoDay(text);
      if (day) return day;
    }
  }
  return null;
}

/** A <time> element's date: one marked as the publication date first, else the first with a datetime. */
function timeDate(times: any[]): string | null {
  const marked = times.find((t) => t.getAttribute('itemprop') === 'datePublished' || t.hasAttribute('pubdate') || /publish/i.test(t.getAttribute('class') ?? ''));
  const first = marked ?? times.find((t) => t.hasAttribute('datetime')) ?? times[0];
  return first ? isoDay(first.getAttribute('datetime') ?? first.textContent) : null;
}

/** A date written in the URL path: /2024/06/20/, /2024-06-20-, /20240620/, /2024/jun/20/. */
export function urlDate(url: string | null): string | null {
  if (!url) return null;
  const m = /[/_-]((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/_.-]|$)/.exec(url) ?? /\/((?:19|20)\d{2})(\d{2})(\d{2})\//.exec(url);
  if (m) return valid(+m[1], +m[2], +m[3]);
  // "/2019/nov/18/", as some publishers write it
  const n = /\/((?:19|20)\d{2})\/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\/(\d{1,2})(?=[/_.-]|$)/i.exec(url);
  return n ? valid(+n[1], MONTHS.indexOf(n[2].toLowerCase()) + 1, +n[3]) : null;
}

function lang(s: unknown): string | null {
  if (typeof s !== 'string') return null;
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(s);
  return m ? m[1].toLowerCase() : null;
}

function clean(s: unknown): string | null {
  if (typeof s !== 'string') return null;
  const t = s.replace(/\s+/g, ' ').trim();
  return t || null;
}

/** "Headline | Site" or "Headline - Site": the headline, when the tail is short. */
function stripSite(t: string | null): string | null {
  if (!t) return t;
  const m = /^(.{15,}?)\s+(?:[|–—]|-|::)\s+[^|–—]{2,40}$/.exec(t);
  return m ? m[1].trim() : t;
}
