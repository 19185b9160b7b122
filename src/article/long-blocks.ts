// A body paragraph is cut into pieces of at most MAX_BLOCK characters. News paragraphs are a few
// hundred characters; one far longer is a page with no paragraph breaks or a run-on dump, and the
// later stages read a paragraph (and a sentence, which never crosses one) as a unit: a parse or a
// pattern scan over one 250 KB sentence took 12 s and 1.3 GB. A cut falls after the last sentence
// end before the limit, else at the last space, else at the limit itself.
import type { Doc } from '../doc/doc.ts';
import type { Block } from '../doc/types.ts';
import { buildSections } from './sections.ts';

export const MAX_BLOCK = 10_000;

/** Splits the doc's over-long body blocks in place (blocks and sections), keeping every offset. */
export function splitLongBlocks(doc: Doc, max = MAX_BLOCK): void {
  const blocks = doc.layers.blocks;
  if (!blocks || !blocks.some((b) => b.role === 'body' && b.end - b.start > max)) return;
  const out: Block[] = [];
  const first: number[] = [];
  for (const b of blocks) {
    first.push(out.length);
    if (b.role !== 'body' || b.end - b.start <= max) {
      out.push({ ...b });
      continue;
    }
    for (const [start, end] of pieces(doc.text, b.start, b.end, max)) out.push({ start, end, role: 'body' });
  }
  for (const b of out) if (b.dupOf !== undefined) b.dupOf = first[b.dupOf];
  doc.set('blocks', out, doc.provenance.blocks);
  if (doc.layers.sections) doc.set('sections', buildSections(out, (i) => doc.text.slice(out[i].start, out[i].end)), doc.provenance.sections);
}

/** [start, end) pieces of text[from, to), each at most `max` long, with the spaces at a cut left out. */
export function pieces(text: string, from: number, to: number, max: number): [number, number][] {
  const out: [number, number][] = [];
  let s = from;
  while (to - s > max) {
    const window = text.slice(s, s + max + 1);
    let cut = -1;
    const end = /[.!?]["'\u201d\u2019)\]]*\s+(?=\S)/g;
    for (let m = end.exec(window); m; m = end.exec(window)) if (m.index + m[0].length <= max && m.index > max / 4) cut = m.index + m[0].length;
    if (cut < 0) {
      const sp = window.search(/\s\S*$/);
      if (sp > max / 4) cut = sp + 1;
    }
    if (cut < 0) {
      cut = max;
      // never between the two halves of a surrogate pair
      const c = text.charCodeAt(s + cut);
      if (c >= 0xdc00 && c <= 0xdfff) cut--;
    }
    let e = s + cut;
    while (e > s && /\s/.test(text[e - 1])) e--;
    out.push([s, e]);
    s += cut;
    while (s < to && /\s/.test(text[s])) s++;
  }
  if (s < to) out.push([s, to]);
  return out;
}
