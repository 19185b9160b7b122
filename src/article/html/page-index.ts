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
  blockquotes: any[];
  /** Leaf-like elements whose class or itemprop names a date ("article-publish-date", "storyDate"): the day as the page shows it. */
  stamps: any[];
  /** How deep elements nest: real pages stay under a few hundred. */
  depth: number;
}

const STAMP_CLASS = /date|publish|posted|timestamp/i;
const HEAD_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'STRONG', 'B', 'SPAN', 'P', 'DIV', 'HEADER']);

export function indexPage(document: any): PageIndex {
  const ix: PageIndex = { metas: [], ldJson: [], times: [], h1: null, title: null, heads: [], blockquotes: [], stamps: [], lang: document.documentElement?.getAttribute('lang') ?? null, depth: 0 };
  // Pre-order walk without recursion (a broken page can nest thousands deep), noting the depth.
  const root = document.documentElement;
  let el = root;
  let depth = 0;
  while (el) {
    const tag = el.tagName;
    if (tag === 'META') ix.metas.push(el);
    else if (tag === 'SCRIPT') {
      if ((el.getAttribute('type') ?? '').toLowerCase().includes('ld+json')) ix.ldJson.push(el);
    } else if (tag === 'TIME') ix.times.push(el);
    else if (tag === 'H1') ix.h1 ??= el;
    else if (tag === 'TITLE') ix.title ??= el;
    else if (tag === 'BLOCKQUOTE') ix.blockquotes.push(el);
    if (depth > ix.depth) ix.depth = depth;
    const first = el.firstElementChild;
    // Only leaf-like elements head a promotion block: text, perhaps inside one plain child.
    if (HEAD_TAGS.has(tag) && (!first || (!first.nextElementSibling && !first.firstElementChild))) {
      ix.heads.push(el);
      if (STAMP_CLASS.test((el.getAttribute('class') ?? '') + ' ' + (el.getAttribute('itemprop') ?? ''))) ix.stamps.push(el);
    }
    if (first) {
      el = first;
      depth++;
      continue;
    }
    while (el !== root && !el.nextElementSibling) {
      el = el.parentElement;
      depth--;
    }
    el = el === root ? null : el.nextElementSibling;
  }
  return ix;
}

/**
 * A page nested deeper than real pages ever are (thousands of unclosed <b> or <div>) with only its
 * paragraph-level tags kept: Readability's ancestor walks are quadratic in the depth, and recursive
 * walks overflow the stack. Paragraphs, headings and list items do not nest, so the result is flat.
 */
export function flattenHtml(html: string): string {
  return html.replace(/<(?!\/?(?:p|br|h[1-6]|li|title|meta|script|html|head|body)\b)[^>]*>/gi, ' ');
}

export const MAX_DEPTH = 400;

const VOID_OR_SELF_CLOSING = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'p', 'li', 'td', 'tr', 'th', 'option', 'dt', 'dd']);

/**
 * Opening tags left unclosed in the raw HTML, leaving out void tags and those the parser closes by
 * itself: a cheap look at the depth before parsing, since linkedom too slows down on deep nesting.
 */
export function unclosedTags(html: string): number {
  let open = 0;
  const re = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[3]) continue;
    if (VOID_OR_SELF_CLOSING.has(m[2].toLowerCase())) continue;
    open += m[1] ? -1 : 1;
  }
  return open;
}
