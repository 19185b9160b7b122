// Marking spans in text without HTML: the text is cut at every span boundary and each piece becomes a
// text node, wrapped in one <span> whose classes name the spans covering it (entity, quote, trigger).
import { h } from './dom.ts';

export interface Mark {
  start: number;
  end: number;
  /** CSS classes for the piece, e.g. ['q', 'spk-2'] or ['trg']. */
  cls: string[];
  /** Tooltip: who said it, what event, which actor. */
  title?: string;
  /** data-* attributes, e.g. {quote: '0'}. */
  data?: Record<string, string>;
}

/** Renders text[from, to) with the marks that overlap it, clipped to the range. */
export function markText(text: string, marks: Mark[], from = 0, to = text.length): Node[] {
  const inside = marks.filter((m) => m.end > from && m.start < to && m.end > m.start);
  const cuts = new Set<number>([from, to]);
  for (const m of inside) cuts.add(Math.max(from, m.start)).add(Math.min(to, m.end));
  const points = [...cuts].sort((a, b) => a - b);
  const out: Node[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = text.slice(a, b);
    const on = inside.filter((m) => m.start <= a && m.end >= b);
    if (!on.length) {
      out.push(document.createTextNode(piece));
      continue;
    }
    const el = h('span', { class: [...new Set(on.flatMap((m) => m.cls))].join(' '), title: on.map((m) => m.title).filter(Boolean).join('\n') || null }, piece);
    for (const m of on) for (const [k, v] of Object.entries(m.data ?? {})) el.dataset[k] = v;
    out.push(el);
  }
  return out;
}

/** A stable small palette index per speaker, so one speaker keeps one colour across an article. */
export function speakerClasses(keys: (string | null)[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const k of keys) if (k !== null && !out.has(k)) out.set(k, `spk-${out.size % 8}`);
  return out;
}
