/**
 * The elements the metadata and related-link readers need, gathered in one pass over the page:
 * linkedom answers getElementsByTagName('*') from its node list several times faster than a
 * querySelectorAll per reader.
 */
export interface PageIndex {
  metas: any[];
  ldJson: any[];
  times: any[];
  h1: any | null;
  title: any | null;
  /** Leaf-like elements that may head a promotion block (h2-h6, strong, b, span, p, div, header). */
  heads: any[];
  /** The <html lang> attribute. */
  lang: string | null;
}

const HEAD_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'STRONG', 'B', 'SPAN', 'P', 'DIV', 'HEADER']);

export function indexPage(document: any): PageIndex {
  const ix: PageIndex = { metas: [], ldJson: [], times: [], h1: null, title: null, heads: [], lang: document.documentElement?.getAttribute('lang') ?? null };
  for (const el of document.getElementsByTagName('*')) {
    const tag = el.tagName;
    if (tag === 'META') ix.metas.push(el);
    else if (tag === 'SCRIPT') {
      if ((el.getAttribute('type') ?? '').toLowerCase().includes('ld+json')) ix.ldJson.push(el);
    } else if (tag === 'TIME') ix.times.push(el);
    else if (tag === 'H1') ix.h1 ??= el;
    else if (tag === 'TITLE') ix.title ??= el;
    if (HEAD_TAGS.has(tag)) {
      // Only leaf-like elements: a heading is its text, perhaps inside one plain child.
      const kids = el.children;
      if (kids.length === 0 || (kids.length === 1 && kids[0].children.length === 0)) ix.heads.push(el);
    }
  }
  return ix;
}
