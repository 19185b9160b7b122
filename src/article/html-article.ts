import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { Doc } from '../doc/doc.ts';
import type { Block, BlockRole } from '../doc/types.ts';
import { classifyBlocks } from './html/classify-blocks.ts';
import { contentBlocks, type HtmlBlock } from './html/content-blocks.ts';
import { rescueEmbeds } from './html/embeds.ts';
import { largestTextBlock } from './html/fallback.ts';
import { readPageMeta } from './html/metadata.ts';
import { flattenHtml, indexPage, MAX_DEPTH, unclosedTags } from './html/page-index.ts';
import { preStrip } from './html/pre-strip.ts';
import { mergeRelated, promotionLinks, resolve } from './html/related-links.ts';
import { buildSections } from './sections.ts';
import { matchDateline } from './shapes.ts';

/**
 * Reads an HTML page as an article. The cascade, in order:
 *  0. scripts, styles, SVG and comments cut from the raw HTML (speed; JSON-LD is kept); a page
 *     nested deeper than any real one is flattened to its paragraphs and parsed again;
 *  1. page metadata (JSON-LD, meta tags, <time>) and promotion blocks ("Related" + links),
 *     first, because Readability strips scripts and drops link lists;
 *  2. the content element from Readability on linkedom; when Readability finds nothing, the
 *     largest block of text on a fresh parse (Readability has changed the first one);
 *  3. the content cut into blocks at every block element and line break, each with its context;
 *  4. the blocks classified: captions, credits, bylines, stamps, promotions and link lists leave the
 *     body (promotions into meta.related); a dateline is cut from the first paragraph;
 *  5. the text built from the kept blocks, one blank line between them, so every later offset points
 *     into it; headings stay in the text and open sections.
 */
export function readHtmlArticle(init: { id: string; html: string; url: string | null; date: string | null }): Doc {
  let html = wrapFragment(preStrip(init.html));
  if (unclosedTags(html) > MAX_DEPTH) html = flattenHtml(html);
  let { document } = parseHTML(html);
  let ix = indexPage(document);
  if (ix.depth > MAX_DEPTH) {
    html = flattenHtml(html);
    document = parseHTML(html).document;
    ix = indexPage(document);
  }
  const page = readPageMeta(ix);
  const h1 = ix.h1?.textContent ?? null;
  const docTitle = ix.title?.textContent ?? null;
  const promoted = promotionLinks(ix, init.url);
  rescueEmbeds(ix.blockquotes);
  let blocks: HtmlBlock[] = [];
  let rTitle: string | null = null;
  let rByline: string | null = null;
  try {
    const article = new Readability(document as unknown as Document, { charThreshold: 200, keepClasses: true, serializer: (el: Node) => el as any }).parse();
    if (article?.content) blocks = contentBlocks(article.content as unknown as Node);
    rTitle = article?.title ?? null;
    rByline = article?.byline ?? null;
  } catch {
    blocks = [];
  }
  let { roles, related } = classifyBlocks(blocks, [page.title, h1, docTitle, rTitle]);
  if (!roles.some((r) => r === 'body')) {
    const fresh = parseHTML(html).document;
    const el = largestTextBlock(fresh);
    blocks = el ? contentBlocks(el) : [];
    ({ roles, related } = classifyBlocks(blocks, [page.title, h1, docTitle, rTitle]));
  }
  return buildDoc(init, blocks, roles, { ...page, byline: page.byline ?? clean(rByline), related: mergeRelated(related.map((r) => ({ ...r, url: resolve(r.url, init.url) })), promoted) });
}

function buildDoc(
  init: { id: string; url: string | null; date: string | null },
  blocks: HtmlBlock[],
  roles: BlockRole[],
  meta: { title: string | null; date: string | null; byline: string | null; language: string | null; related: { title: string; url: string | null }[] },
): Doc {
  let dateline: string | null = null;
  let text = '';
  const out: Block[] = [];
  blocks.forEach((b, i) => {
    const role = roles[i];
    if (role !== 'body' && role !== 'heading') return;
    let t = b.text;
    if (role === 'body' && !out.some((o) => o.role === 'body') && dateline == null) {
      const d = matchDateline(t);
      if (d && d.length < t.length) {
        dateline = d.text;
        t = t.slice(d.length);
      }
    }
    if (text) text += '\n\n';
    out.push({ start: text.length, end: text.length + t.length, role });
    text += t;
  });
  const doc = new Doc({
    id: init.id,
    text,
    kind: 'html',
    date: init.date,
    meta: { title: meta.title, date: meta.date, byline: meta.byline, dateline, language: meta.language, url: init.url, related: meta.related },
  });
  doc.set('blocks', out, 'article@2');
  doc.set('dropped', [], 'article@2');
  doc.set('sections', buildSections(out, (i) => text.slice(out[i].start, out[i].end)), 'article@2');
  return doc;
}

const clean = (s: string | null) => (s ? s.replace(/\s+/g, ' ').trim() || null : null);

/** A fragment ("<p>...</p><p>...</p>") wrapped as a page: linkedom makes a bare fragment's first element the root. */
function wrapFragment(html: string): string {
  const head = html.slice(0, 8192);
  return /<html[\s>]|<body[\s>]/i.test(head) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}
