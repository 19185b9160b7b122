/**
 * The elements the metadata and related-link readers need, gathered in one walk over the page
 * instead of a querySelectorAll per reader (each is a walk of its own in linkedom). Note that
 * linkedom's getElementsByTagName('*') returns nothing, hence the explicit walk.
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
  const visit = (el: any) => {
    const tag = el.tagName;
    if (tag === 'META') ix.metas.push(el);
    else if (tag === 'SCRIPT') {
      if ((el.getAttribute('type') ?? '').toLowerCase().includes('ld+json')) ix.ldJson.push(el);
    } else if (tag === 'TIME') ix.times.push(el);
    else if (tag === 'H1') ix.h1 ??= el;
    else if (tag === 'TITLE') ix.title ??= el;
    const first = el.firstElementChild;
    // Only leaf-like elements head a promotion block: text, perhaps inside one plain child.
    if (HEAD_TAGS.has(tag) && (!first || (!first.nextElementSibling && !first.firstElementChild))) ix.heads.push(el);
    for (let c = first; c; c = c.nextElementSibling) visit(c);
  };
  if (document.documentElement) visit(document.documentElement);
  return ix;
}
