// One analysed article drawn as text with its layers marked: entities underlined, quotes shaded by
// speaker, event triggers boxed; then its speakers, quotes, events and related links as lists.
// Shared by the stored article view and the paste box.
import type { ContractOutput } from '../doc/contract.ts';
import { h, quoted } from './dom.ts';
import { markText, speakerClasses, type Mark } from './marks.ts';
import { whyDetails } from './parse-view.ts';


const side = (list: { text: string }[] | undefined) => (list ?? []).map((x) => x.text).join(' & ') || '?';
export const speakerKey = (q: ContractOutput['quotes'][number]) => q.speakerActor?.id ?? q.speakerActor?.name ?? q.speaker?.text ?? null;
export const speakerName = (q: ContractOutput['quotes'][number]) => q.speakerActor?.name ?? q.speaker?.text ?? 'unknown speaker';

export function layerMarks(c: ContractOutput): { marks: Mark[]; colours: Map<string, string> } {
  const colours = speakerClasses(c.quotes.map(speakerKey));
  const marks: Mark[] = [];
  for (const e of c.entities) {
    if (!e.actor && !['PERSON', 'ORG', 'LOC', 'NORP'].includes(e.type)) continue;
    const who = e.actor ? `: ${e.actor.name}${e.actor.country ? ` (${e.actor.country}${e.actor.sector ? ' ' + e.actor.sector : ''})` : ''}` : '';
    marks.push({ start: e.start, end: e.end, cls: ['ent', `ent-${e.type.toLowerCase()}`], title: `${e.type}${who}`, data: { entity: e.actor?.id ?? e.text } });
  }
  c.quotes.forEach((q, i) => {
    const k = speakerKey(q);
    const cls = k ? colours.get(k)! : 'spk-none';
    marks.push({ start: q.start, end: q.end, cls: ['q', cls], title: `${q.kind} quote: ${speakerName(q)}`, data: { quote: String(i) } });
    if (q.speaker) marks.push({ start: q.speaker.start, end: q.speaker.end, cls: ['spkname', cls], title: `speaker: ${speakerName(q)}` });
  });
  c.events.forEach((e, i) => {
    if (!e.trigger) return;
    const title = `${e.negated ? 'NOT ' : ''}${e.plover}${e.cameo ? ' ' + e.cameo : ''}: ${side(e.source)} → ${side(e.target)}${e.goldstein !== null && e.goldstein !== undefined ? ` (Goldstein ${e.goldstein})` : ''}`;
    marks.push({ start: e.trigger.start, end: e.trigger.end, cls: ['trg', ...(e.negated ? ['neg'] : [])], title, data: { event: String(i) } });
  });
  return { marks, colours };
}

/** The article body by sections, each paragraph a <p> of marked text. `text` is what offsets point into. */
export function renderBody(c: ContractOutput, text: string): HTMLElement {
  const { marks } = layerMarks(c);
  const body = h('div', { class: 'article-body' });
  const sections = c.article.sections.length ? c.article.sections : [{ heading: null, paragraphs: paragraphsOf(text) }];
  for (const s of sections) {
    const sec = h('section', {}, s.heading ? h('h3', {}, s.heading) : null);
    for (const p of s.paragraphs) sec.appendChild(h('p', {}, markText(text, marks, p.start, p.end)));
    body.appendChild(sec);
  }
  return body;
}

function paragraphsOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const m of text.matchAll(re)) if (m[0].trim()) out.push({ start: m.index!, end: m.index! + m[0].length });
  return out;
}

/** Speakers (legend), quotes, events and related links. `eventLink` turns an event index into a link. */
export function renderLists(c: ContractOutput): HTMLElement {
  const { colours } = layerMarks(c);
  const box = h('div', { class: 'layers' });
  if (colours.size) {
    const names = new Map(c.quotes.map((q) => [speakerKey(q), speakerName(q)]));
    box.appendChild(h('h3', {}, 'Speakers'));
    box.appendChild(h('ul', { class: 'legend' }, [...colours].map(([k, cls]) => h('li', {}, h('span', { class: `swatch ${cls}` }), names.get(k) ?? k))));
  }
  box.appendChild(h('h3', {}, `Quotes (${c.quotes.length})`));
  box.appendChild(
    h('ol', { class: 'quote-list' }, c.quotes.map((q) => {
      const k = speakerKey(q);
      return h('li', { class: 'quote-item' }, h('span', { class: `who ${k ? colours.get(k) : 'spk-none'}` }, speakerName(q)), ` ${q.kind}: `, quoted(q.text));
    })),
  );
  const events = c.events;
  box.appendChild(h('h3', {}, `Events (${events.length})`));
  box.appendChild(
    h('ol', { class: 'event-list' }, events.map((e) => {
      const claim = typeof e.quoteIndex === 'number' && c.quotes[e.quoteIndex] ? ` (claimed by ${speakerName(c.quotes[e.quoteIndex])})` : '';
      return h('li', { class: 'event-item' }, `${side(e.source)} `, h('b', {}, `${e.negated ? 'NOT ' : ''}${e.plover ?? '?'}`), ` ${side(e.target)}`, e.trigger ? [' — ', h('span', { class: 'trg' }, e.trigger.text)] : null, claim, whyDetails(c, e));
    })),
  );
  if (c.article.related.length) {
    box.appendChild(h('h3', {}, 'Related'));
    box.appendChild(h('ul', { class: 'related' }, c.article.related.map((r) => h('li', {}, r.url ? h('a', { href: r.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, r.title) : r.title))));
  }
  return box;
}
