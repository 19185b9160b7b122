import type { BlockRole, Related } from '../../doc/types.ts';
import { matchPromotion } from '../promotions.ts';
import { boilerKind } from './boiler-lines.ts';
import type { HtmlBlock } from './content-blocks.ts';

/**
 * Gives each content block a role. The order is written down because each rule trusts the ones
 * before it:
 *  1. blocks inside figures, asides and elements named as captions, credits, rails and the like;
 *  2. line rules (captions, credits, bylines, update stamps, "Subscribe" and share lines, ad labels);
 *  3. the headline repeated in the body;
 *  4. promotion lines ("Read more: ...") and headed promotion blocks ("Related", "You may also
 *     like" followed by links), then loose link-only blocks: these go to related links;
 *  5. the edges: link lines around the prose, short lines before it and headings after it are
 *     navigation, kickers and footers.
 * Repeated blocks are kept: in HTML they are recipe steps, table rows and list items that really
 * repeat (a repeated standfirst is a text-input habit; captions that repeat are dropped as captions).
 */
export function classifyBlocks(blocks: HtmlBlock[], titles: (string | null)[]): { roles: BlockRole[]; related: Related[] } {
  const roles: BlockRole[] = blocks.map((b) => (b.heading ? 'heading' : 'body'));
  const related: Related[] = [];
  const titleKeys = new Set(titles.filter((t): t is string => !!t).map(key));
  const toRelated = (i: number, t = blocks[i].text) => {
    roles[i] = 'related';
    const href = blocks[i].links.find((l) => l.text)?.href ?? null;
    if (t && !related.some((r) => r.title === t)) related.push({ title: t, url: href });
  };

  blocks.forEach((b, i) => {
    if (b.noisy) roles[i] = 'boilerplate';
    else {
      const kind = boilerKind(b.text);
      if (kind) roles[i] = kind === 'byline' ? 'byline' : kind === 'dateline' ? 'dateline' : 'boilerplate';
      // A bare URL that is not a link is the page's share or canonical address; a linked one is a source.
      else if (b.text.length <= 300 && BARE_URL.test(b.text) && linkShare(b) < 0.5) roles[i] = 'boilerplate';
      else if (b.text.length < 300 && titleKeys.has(key(b.text))) roles[i] = 'title';
    }
  });

  for (let i = 0; i < blocks.length; i++) {
    if (roles[i] !== 'body' && roles[i] !== 'heading') continue;
    const b = blocks[i];
    const promo = matchPromotion(b.text) ?? htmlPromotion(b.text);
    if (promo && words(b.text) <= 30) {
      toRelated(i, promo.title || b.text);
      continue;
    }
    if (isPromoHead(b)) {
      roles[i] = 'boilerplate';
      // The block runs on over links (linked headings too), short list items and dropped lines.
      for (let j = i + 1; j < blocks.length; j++) {
        const n = blocks[j];
        const linky = linkShare(n) >= 0.5 && !BARE_URL.test(n.text);
        if (!(linky || (roles[j] === 'body' && n.list >= 0 && words(n.text) <= 20) || (roles[j] !== 'body' && roles[j] !== 'heading'))) break;
        if (roles[j] === 'body' || roles[j] === 'heading') toRelated(j);
        i = j;
      }
      continue;
    }
    // Loose link-only lines are teasers; a linked heading is a heading (product and place names).
    // A link whose text is its URL is a cited source, kept.
    if (linkShare(b) >= 0.8 && words(b.text) <= 30 && !b.quoted && !b.heading && !BARE_URL.test(b.text)) toRelated(i);
  }

  // Lists whose items are all links are link lists, even when one item is long.
  const byList = new Map<number, number[]>();
  blocks.forEach((b, i) => {
    if (b.list < 0) return;
    const items = byList.get(b.list);
    if (items) items.push(i);
    else byList.set(b.list, [i]);
  });
  for (const items of byList.values()) {
    if (items.length >= 2 && items.every((i) => linkShare(blocks[i]) >= 0.6)) for (const i of items) if (roles[i] === 'body') toRelated(i);
  }

  trimEdges(blocks, roles);

  return { roles, related };
}

const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/;
const PROSE_END = /[.!?…:;"”’)\]。！？」]$/u;
const isProse = (t: string) => words(t) >= 8 && PROSE_END.test(t);

/** Short lines that are not prose, before the first and after the last prose paragraph. */
function trimEdges(blocks: HtmlBlock[], roles: BlockRole[]): void {
  const live = blocks.map((_, i) => i).filter((i) => roles[i] === 'body' || roles[i] === 'heading');
  const prose = live.filter((i) => roles[i] === 'body' && isProse(blocks[i].text));
  if (!prose.length) return;
  const first = prose[0];
  const last = prose[prose.length - 1];
  for (const i of live) {
    if (i >= first && i <= last) continue;
    const b = blocks[i];
    const n = words(b.text);
    // Before the prose, short lines are kickers, menus and stamps; after it, short lines are as
    // often the end of a list or a signature as junk, and the line rules already took the junk.
    // List items are content when short (specifications, steps); menus are caught as links.
    const short = i < first && b.tag !== 'LI' && n <= 4;
    const edge = short || (linkShare(b) >= 0.5 && !BARE_URL.test(b.text)) || (i > last && roles[i] === 'heading');
    if (edge) roles[i] = 'boilerplate';
  }
}

const HTML_PROMO = /^(?:see more|more|also|also see|don['’]t miss|must see|trending|popular|latest|more stories|more news|editor['’]s picks?|top stories|recommended|read next|up next|next)\s*[:|»>]\s*(.+)$/i;

function htmlPromotion(text: string): { title: string } | null {
  const m = HTML_PROMO.exec(text);
  return m ? { title: m[1].trim() } : null;
}

const PROMO_HEAD = /^(?:more|related(?: articles?| stories| news| content| links| posts| coverage| reading)?|read more|read next|read also|also read|more (?:from|on|about|stories|news|like this|in|to explore)\b.*|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|recommended(?: for you| stories| reading)?|don['’]t miss|must read|trending(?: now| stories)?|most (?:popular|read|viewed|shared)|latest(?: news| stories)?|top stories|further reading|see also|editor['’]s picks?|what to read next|popular (?:stories|posts|articles)|more coverage|holiday gift guides|in other news|elsewhere on .{1,30}|keep reading|also on .{1,30}|related topics)\s*[:.…]*$/i;

function isPromoHead(b: HtmlBlock): boolean {
  return isPromoHeading(b.text);
}

/** "Related", "Read more", "You may also like", "Don't miss" and the like, as a heading. */
export function isPromoHeading(text: string): boolean {
  return text.length <= 60 && PROMO_HEAD.test(text.replace(/\.{3}$|…$/, '').trim());
}

const linkShare = (b: HtmlBlock) => (b.text.length ? b.linkChars / b.text.length : 0);
/** Words, or for text without spaces (Chinese, Japanese) about one word per seven characters. */
const words = (t: string) => Math.max(spaced(t), Math.round(t.length / 7));
const spaced = (t: string) => {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < t.length; i++) {
    const space = t.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
};
const key = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
