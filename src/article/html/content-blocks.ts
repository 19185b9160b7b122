import { isNoiseElement, SKIP_TAGS } from './noise.ts';

/** One block of the content HTML, with what the classifiers need to know about where it sat. */
export interface HtmlBlock {
  text: string;
  /** The block's own tag (P, LI, H2, ...), or DIV for loose text. */
  tag: string;
  heading: boolean;
  /** Characters of the text inside links. */
  linkChars: number;
  links: { text: string; href: string | null }[];
  /** Inside a figure, a figcaption, an aside or an element whose class marks it as noise. */
  noisy: boolean;
  /** Identifies the list (UL/OL) a list item belongs to; -1 outside lists. */
  list: number;
  /** Inside a blockquote (tweets and pull quotes keep their own rules). */
  quoted: boolean;
}

const BLOCK_TAGS = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DT', 'DD', 'DIV', 'SECTION', 'ARTICLE',
  'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TR', 'FIGURE', 'HEADER', 'FOOTER', 'ASIDE', 'MAIN', 'ADDRESS', 'HR', 'CENTER',
]);
const CELL_TAGS = new Set(['TD', 'TH']);
const NOISY_TAGS = new Set(['FIGURE', 'ASIDE', 'FIGCAPTION']);

interface Ctx {
  tag: string;
  noisy: boolean;
  list: number;
  quoted: boolean;
  inLink: boolean;
  href: string | null;
  inCard?: boolean;
}

/**
 * Cuts the content element into blocks: every block-level element and every <br> ends a block, so a
 * caption after a line break is a block of its own. Text inside skipped tags (scripts, buttons, forms)
 * and hidden elements is left out; whitespace runs become one space.
 */
export function contentBlocks(root: any, opts: { dropNoisy?: boolean } = {}): HtmlBlock[] {
  const out: HtmlBlock[] = [];
  let buf = '';
  let linkChars = 0;
  let links: { text: string; href: string | null }[] = [];
  let lists = 0;
  const cur: Ctx = { tag: 'DIV', noisy: false, list: -1, quoted: false, inLink: false, href: null };

  const flush = (ctx: Ctx) => {
    const text = buf.replace(/\s+/g, ' ').trim();
    if (text) {
      const heading = ctx.tag.length === 2 && ctx.tag[0] === 'H' && ctx.tag[1] >= '1' && ctx.tag[1] <= '6';
      out.push({ text, tag: ctx.tag, heading, linkChars: Math.min(linkChars, text.length), links, noisy: ctx.noisy, list: ctx.list, quoted: ctx.quoted });
    }
    buf = '';
    linkChars = 0;
    links = [];
  };

  const walk = (node: any, ctx: Ctx) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      const type = child.nodeType;
      if (type === 3) {
        const t = child.data as string;
        buf += t;
        if (ctx.inLink) {
          linkChars += t.replace(/\s+/g, ' ').length;
          const last = links[links.length - 1];
          if (last) last.text += t;
        }
        continue;
      }
      if (type !== 1) continue;
      const tag = child.tagName as string;
      if (SKIP_TAGS.has(tag) && !(tag === 'FIGCAPTION' && !opts.dropNoisy)) continue;
      if (child.hasAttribute('hidden') || child.getAttribute('aria-hidden') === 'true') continue;
      if (tag === 'BR') {
        flush(ctx);
        continue;
      }
      const named = isNoiseElement(child);
      const noisy = ctx.noisy || NOISY_TAGS.has(tag) || named;
      if (noisy && opts.dropNoisy) continue;
      // Inside a noise-named inline element (a hover card's trigger), a second noise-named element is
      // the card itself: left out. The first level stays, since it often holds the visible link.
      const inline = tag !== 'A' && !BLOCK_TAGS.has(tag) && !CELL_TAGS.has(tag) && tag !== 'FIGCAPTION';
      if (named && inline && ctx.inCard) continue;
      if (tag === 'A') {
        const inner = { ...ctx, inLink: true, href: child.getAttribute('href'), noisy };
        if (!ctx.inLink) links.push({ text: '', href: inner.href });
        walk(child, inner);
        continue;
      }
      if (CELL_TAGS.has(tag)) {
        buf += ' ';
        walk(child, { ...ctx, noisy });
        buf += ' ';
        continue;
      }
      if (BLOCK_TAGS.has(tag) || tag === 'FIGCAPTION') {
        flush(ctx);
        const inner: Ctx = {
          tag: tag === 'UL' || tag === 'OL' || tag === 'DIV' || tag === 'SECTION' || tag === 'ARTICLE' ? ctx.tag === 'LI' ? 'LI' : 'DIV' : tag,
          noisy,
          list: tag === 'UL' || tag === 'OL' ? lists++ : ctx.list,
          quoted: ctx.quoted || tag === 'BLOCKQUOTE',
          inLink: false,
          href: null,
        };
        walk(child, inner);
        flush(inner);
      } else walk(child, noisy === ctx.noisy && !(named && inline) ? ctx : { ...ctx, noisy, inCard: ctx.inCard || (named && inline) });
    }
  };
  walk(root, cur);
  flush(cur);
  for (const b of out) for (const l of b.links) l.text = l.text.replace(/\s+/g, ' ').trim();
  return out;
}
