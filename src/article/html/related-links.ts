import type { Related } from '../../doc/types.ts';
import { isPromoHeading } from './classify-blocks.ts';
import type { PageIndex } from './page-index.ts';

const MAX_LINKS = 12;

/**
 * Related links from the page's promotion blocks: a heading that says "Related", "Read more", "You
 * may also like" (and the like), and the links of the list or block that follows it, or of the
 * container it heads. Runs on the page before Readability, which drops these blocks. Links whose
 * text is under three words ("More", "Sport") are menus, not articles.
 */
export function promotionLinks(ix: PageIndex, base: string | null = null): Related[] {
  const out: Related[] = [];
  const seen = new Set<string>();
  for (const head of ix.heads) {
    if (out.length >= MAX_LINKS) break;
    const text = (head.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || text.length > 60 || !isPromoHeading(text)) continue;
    let scope = head.nextElementSibling;
    // A heading alone in its wrapper heads the wrapper's next sibling or its own container.
    if (!scope && head.parentElement) scope = head.parentElement.nextElementSibling ?? head.parentElement;
    for (let k = 0; scope && k < 2 && out.length < MAX_LINKS; k++, scope = scope.nextElementSibling) {
      let scanned = 0;
      for (const a of scope.getElementsByTagName('a')) {
        if (++scanned > 60) break;
        if (!a.hasAttribute('href')) continue;
        const title = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (title.split(' ').length < 3 || seen.has(title.toLowerCase())) continue;
        seen.add(title.toLowerCase());
        out.push({ title, url: resolve(a.getAttribute('href'), base) });
        if (out.length >= MAX_LINKS) break;
      }
      if (/^(UL|OL)$/.test(scope.tagName)) break;
    }
  }
  return out;
}

/** In-body promotions first (the publisher put them in the text), then the promotion blocks; one entry per title. */
export function mergeRelated(inBody: Related[], blocks: Related[]): Related[] {
  const byTitle = new Map<string, Related>();
  const key = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  for (const r of inBody) if (!byTitle.has(key(r.title))) byTitle.set(key(r.title), { ...r });
  for (const r of blocks) {
    const known = byTitle.get(key(r.title));
    if (known) known.url ??= r.url;
    else byTitle.set(key(r.title), r);
  }
  return [...byTitle.values()];
}

/** An absolute link: relative ones resolved against the page's URL when it is known. */
export function resolve(href: string | null, base: string | null): string | null {
  if (!href || href.startsWith('#')) return null;
  try {
    // a link that is not http(s) once resolved (javascript:, data:), or that cannot be resolved for want
    // of the article's URL (a relative or protocol-relative "//host/x" link), is dropped: kept as it
    // is, it would point into whatever site shows it
    const u = new URL(href, base ?? undefined);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
