import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { Doc } from '../doc/doc.ts';
import type { Block } from '../doc/types.ts';
import { buildSections } from './sections.ts';

/**
 * Reads an HTML page as an article: Readability on linkedom finds the content, and the content
 * HTML is rebuilt paragraph by paragraph, so the text is the body with one blank line between
 * paragraphs. Offsets of every later layer point into that text.
 */
export function readHtmlArticle(init: { id: string; html: string; url: string | null; date: string | null }): Doc {
  const { document } = parseHTML(init.html);
  const title = document.querySelector('title')?.textContent?.trim() || null;
  let paragraphs: { text: string; heading: boolean }[] = [];
  try {
    const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
    if (article?.content) paragraphs = blocksOf(parseHTML(`<html><body>${article.content}</body></html>`).document.body);
  } catch {
    paragraphs = [];
  }
  let text = '';
  const blocks: Block[] = [];
  for (const p of paragraphs) {
    if (text) text += '\n\n';
    blocks.push({ start: text.length, end: text.length + p.text.length, role: p.heading ? 'heading' : 'body' });
    text += p.text;
  }
  const doc = new Doc({ id: init.id, text, kind: 'html', date: init.date, meta: { title, url: init.url } });
  doc.set('blocks', blocks, 'article@1');
  doc.set('dropped', [], 'article@1');
  doc.set('sections', buildSections(blocks, (i) => text.slice(blocks[i].start, blocks[i].end)), 'article@1');
  return doc;
}

const BLOCK = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TD', 'DT', 'DD', 'FIGCAPTION']);

function blocksOf(root: any): { text: string; heading: boolean }[] {
  const out: { text: string; heading: boolean }[] = [];
  let buf = '';
  const flush = (heading = false) => {
    const t = buf.replace(/\s+/g, ' ').trim();
    if (t) out.push({ text: t, heading });
    buf = '';
  };
  const walk = (node: any) => {
    for (const child of node.childNodes ?? []) {
      if (child.nodeType === 3) buf += child.textContent;
      else if (child.nodeType === 1) {
        const tag = child.tagName;
        if (tag === 'BR') { buf += '\n'; continue; }
        if (BLOCK.has(tag) || tag === 'DIV' || tag === 'SECTION' || tag === 'ARTICLE') {
          flush();
          walk(child);
          flush(/^H[1-6]$/.test(tag));
        } else walk(child);
      }
    }
  };
  walk(root);
  flush();
  return out;
}
