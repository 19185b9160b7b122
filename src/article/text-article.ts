import { Doc } from '../doc/doc.ts';
import type { Block, Dropped, Related, Section } from '../doc/types.ts';
import { findRepeats } from './dedup.ts';
import { groupParagraphs, splitLines } from './lines.ts';
import { matchPromotion } from './promotions.ts';
import { looksLikeHeading, looksLikeHeadline, matchByline, matchDateline } from './shapes.ts';
import { buildSections } from './sections.ts';

/**
 * Reads plain text as an article. The text is kept exactly as given; each paragraph becomes a block
 * with a role, and what is not body (headline, promotions, repeats, sub-headings) is marked as dropped.
 *
 * The order matters: promotions first (a "Read more:" line is never a headline or a heading), then
 * the headline (only the first paragraph), then repeats (so a repeated heading does not open two
 * sections), then bylines, datelines and sub-headings over what is left.
 */
export function readTextArticle(init: { id: string; text: string; date?: string | null; url?: string | null; title?: string | null }): Doc {
  const { text } = init;
  const paragraphs = groupParagraphs(text, splitLines(text));
  const strings = paragraphs.map((p) => text.slice(p.start, p.end));
  const blocks: Block[] = paragraphs.map((p) => ({ start: p.start, end: p.end, role: 'body' }));
  const related: Related[] = [];
  let title: string | null = init.title ?? null;
  let byline: string | null = null;
  let dateline: string | null = null;
  const dropped: Dropped[] = [];

  strings.forEach((s, i) => {
    const promo = matchPromotion(s);
    if (promo) {
      blocks[i].role = 'related';
      related.push({ title: promo.title, url: promo.url });
    }
  });

  const firstBody = blocks.findIndex((b) => b.role === 'body');
  const rest = blocks.filter((b) => b.role === 'body').length;
  if (firstBody === 0 && rest > 1 && looksLikeHeadline(strings[0]) && !matchByline(strings[0])) {
    const second = strings.findIndex((s, i) => i > 0 && blocks[i].role === 'body' && !matchByline(s));
    // A headline is followed by prose, not by another headline-like line of the same length.
    if (second > 0 && strings[second].length > strings[0].length) {
      blocks[0].role = 'title';
      if (title == null || normalise(title) === normalise(strings[0])) title = strings[0];
    }
  }

  // Repeats are compared without a leading dateline: a lead paragraph is often repeated without it.
  const repeats = findRepeats(strings.map((s) => {
    const d = matchDateline(s);
    return d && d.length < s.length ? s.slice(d.length) : s;
  }));
  repeats.forEach((j, i) => {
    if (j >= 0 && blocks[i].role === 'body') {
      blocks[i].role = 'duplicate';
      blocks[i].dupOf = j;
    }
  });

  const bodyIdx = () => blocks.map((b, i) => (b.role === 'body' ? i : -1)).filter((i) => i >= 0);
  for (const i of bodyIdx().slice(0, 3)) {
    const name = matchByline(strings[i]);
    if (name) {
      blocks[i].role = 'byline';
      byline = name;
      break;
    }
  }
  const lead = bodyIdx()[0];
  if (lead !== undefined) {
    const d = matchDateline(strings[lead]);
    if (d && d.length < strings[lead].length) {
      dateline = d.text;
      dropped.push({ start: blocks[lead].start, end: blocks[lead].start + d.length, reason: 'dateline' });
      blocks[lead] = { ...blocks[lead], start: blocks[lead].start + d.length };
    }
  }
  const body = bodyIdx();
  body.forEach((i, k) => {
    const next = k + 1 < body.length ? strings[body[k + 1]] : null;
    // A heading directly after the headline is a standfirst, unless prose follows it.
    if (looksLikeHeading(strings[i], next) && body[k + 1] === i + 1 + skipped(blocks, i)) blocks[i].role = 'heading';
  });

  for (const b of blocks) {
    if (b.role === 'body') continue;
    const reason = b.role === 'duplicate' ? 'duplicate' : b.role === 'related' ? 'related' : b.role === 'title' ? 'title' : b.role === 'heading' ? 'heading' : b.role === 'byline' ? 'byline' : 'boilerplate';
    dropped.push({ start: b.start, end: b.end, reason });
  }
  dropped.sort((a, b) => a.start - b.start);

  const doc = new Doc({ id: init.id, text, kind: 'text', date: init.date ?? null, meta: { title, byline, dateline, date: null, related, url: init.url ?? null } });
  doc.set('blocks', blocks, 'article@1');
  doc.set('dropped', dropped, 'article@1');
  doc.set('sections', buildSections(blocks, (i) => text.slice(blocks[i].start, blocks[i].end)), 'article@1');
  return doc;
}

/** Non-body blocks (related lines, repeats) between block i and the next body block. */
function skipped(blocks: Block[], i: number): number {
  let n = 0;
  for (let j = i + 1; j < blocks.length && blocks[j].role !== 'body'; j++) n++;
  return n;
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

export type { Section };
