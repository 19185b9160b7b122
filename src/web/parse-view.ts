// Why an event was coded: the dependency parse of its sentence drawn as arcs over the words, with the
// trigger, the source and the target marked, and the pattern and relation paths that linked them.
// Built only when the reader opens it (the arcs of a long article are many).
import type { ContractEvent, ContractOutput } from '../doc/contract.ts';
import { h, svg } from './dom.ts';
import { sentenceParse, tokensIn, type SentenceParse } from './parse-arcs.ts';

const CHAR = 7.2; // px per character at the figure's font size
const GAP = 14;
const STEP = 18; // px per arc level

/** A closed <details> that draws the event's parse when first opened. */
export function whyDetails(c: ContractOutput, e: ContractEvent): HTMLElement {
  const box = h('details', { class: 'why' }, h('summary', {}, 'why'));
  let drawn = false;
  box.addEventListener('toggle', () => {
    if (drawn || !(box as HTMLDetailsElement).open) return;
    drawn = true;
    box.appendChild(whyBody(c, e));
  });
  return box;
}

function whyBody(c: ContractOutput, e: ContractEvent): HTMLElement {
  const ev = e.evidence;
  const facts = [
    ev?.pattern ? `pattern ${ev.pattern}` : 'no pattern recorded',
    ev?.sourcePath ? `source by ${ev.sourcePath}` : null,
    ev?.targetPath ? `target by ${ev.targetPath}` : null,
  ].filter(Boolean).join(' · ');
  const wrap = h('div', { class: 'why-body' }, h('p', { class: 'muted why-facts' }, facts));
  if (!c.tokens?.length || !e.sentence) {
    wrap.appendChild(h('p', { class: 'muted' }, 'No parse was stored with this article (analysed without the syntax stage).'));
    return wrap;
  }
  const p = sentenceParse(c.tokens, e.sentence.start, e.sentence.end);
  const marks = {
    trg: tokensIn(p, e.trigger ? [e.trigger] : []),
    src: tokensIn(p, e.source ?? []),
    tgt: tokensIn(p, e.target ?? []),
  };
  wrap.appendChild(h('div', { class: 'parse-scroll' }, figure(p, marks)));
  wrap.appendChild(h('p', { class: 'muted parse-key' }, h('span', { class: 'p-trg' }, 'trigger'), ' ', h('span', { class: 'p-src' }, 'source'), ' ', h('span', { class: 'p-tgt' }, 'target'), ' · each arc runs from a word to the word it depends on, labelled with its Universal Dependencies relation'));
  return wrap;
}

function figure(p: SentenceParse, marks: { trg: Set<number>; src: Set<number>; tgt: Set<number> }): SVGSVGElement {
  const xs: number[] = [];
  let x = GAP / 2;
  for (const t of p.tokens) {
    const w = Math.max(t.text.length * CHAR, 18);
    xs.push(x + w / 2);
    x += w + GAP;
  }
  const top = Math.max(1, ...p.arcs.map((a) => a.level)) * STEP + 24;
  const base = top + 4;
  const root = svg('svg', { class: 'parse', width: Math.ceil(x), height: base + 22, viewBox: `0 0 ${Math.ceil(x)} ${base + 22}`, role: 'img', 'aria-label': 'dependency parse of the sentence' });
  for (const a of p.arcs) {
    const x1 = xs[a.head];
    const x2 = xs[a.dep];
    const y = base - a.level * STEP;
    const g = svg('g', { class: 'arc', 'data-head': a.head, 'data-dep': a.dep, 'data-rel': a.rel });
    g.appendChild(svg('path', { d: `M${x1},${base} C${x1},${y} ${x2},${y} ${x2},${base}`, fill: 'none' }));
    g.appendChild(svg('path', { class: 'arrow', d: `M${x2 - 3},${base - 6} L${x2},${base} L${x2 + 3},${base - 6}`, fill: 'none' }));
    // a cubic curve with both control points at y peaks three quarters of the way up
    g.appendChild(svg('text', { x: (x1 + x2) / 2, y: base - 0.75 * (base - y) - 2, 'text-anchor': 'middle', class: 'rel' }, a.rel));
    root.appendChild(g);
  }
  for (const r of p.roots) {
    root.appendChild(svg('line', { class: 'root', x1: xs[r], y1: 4, x2: xs[r], y2: base }));
    root.appendChild(svg('text', { class: 'rel', x: xs[r] + 3, y: 12 }, 'root'));
  }
  p.tokens.forEach((t, i) => {
    const cls = ['word', marks.trg.has(i) ? 'p-trg' : '', marks.src.has(i) ? 'p-src' : '', marks.tgt.has(i) ? 'p-tgt' : ''].filter(Boolean).join(' ');
    root.appendChild(svg('text', { class: cls, x: xs[i], y: base + 16, 'text-anchor': 'middle', 'data-i': i }, t.text));
  });
  return root;
}
