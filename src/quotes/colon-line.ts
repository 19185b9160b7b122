import type { Doc } from '../doc/doc.ts';
import type { Entity } from '../doc/types.ts';
import type { Draft } from './build.ts';

// A line that opens with a name and a colon reports what follows it: the headline convention
// ("Lund: I will not sign the ferry bill") and the transcript one ("LUND: The bill is a tax."). The
// name must be a person or organisation the article names elsewhere (whole, by its last word, or the name ending the lead: "Dr. Ana Lund"), so a
// rubric ("Analysis:", "Update:") or a dateline place is never a speaker. Lines whose words after the
// colon are a quotation are left to direct.ts.

/** Up to five capitalised words (initials, "Sen.", "O'Neil", "Al-Sadr"), then the colon. */
const LEAD = /^((?:[A-Z][\p{L}’'.-]*\s+){0,4}[A-Z][\p{L}’'.-]*)\s*:\s+/u;
const QUOTE_OPEN = /^["“'‘«]/;
const MIN_WORDS = 3;

const SPEAKING = new Set(['PERSON', 'ORG']);

/** The person or organisation entity the lead names, by its whole text or its last word. */
function named(doc: Doc, lead: string): Entity | null {
  const want = lead.toLowerCase().replace(/[’']s$/, '');
  for (const e of doc.layers.entities ?? []) {
    if (!SPEAKING.has(e.type)) continue;
    const t = doc.slice(e).toLowerCase();
    if (t === want || t.endsWith(' ' + want) || want.endsWith(' ' + t)) return e;
  }
  return null;
}

/** The quote of one line [start, end) of the text, when it opens with a known name and a colon. */
function lineQuote(doc: Doc, start: number, end: number, block: number): Draft | null {
  const line = doc.text.slice(start, end);
  const m = LEAD.exec(line);
  if (!m) return null;
  const rest = line.slice(m[0].length).trimEnd();
  if (QUOTE_OPEN.test(rest) || rest.split(/\s+/).length < MIN_WORDS) return null;
  const lead = { start, end: start + m[1].length };
  const who = named(doc, m[1]);
  if (!who) return null;
  const colon = start + line.indexOf(':', m[1].length);
  const cEnd = start + m[0].length + rest.replace(/[.;]$/, '').length;
  return { kind: 'indirect', parts: [{ start: start + m[0].length, end: cEnd }], cue: { start: colon, end: colon + 1 }, speaker: lead, addressee: null, block, actorSpan: { start: who.start, end: who.end } };
}

/**
 * Quotes of the title and of body paragraphs that open with "Name: …", leaving out any line whose
 * content another draft already holds.
 */
export function colonLines(doc: Doc, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  const blocks = doc.get('blocks');
  blocks.forEach((b, i) => {
    if (b.role !== 'title' && b.role !== 'body') return;
    const d = lineQuote(doc, b.start, b.end, i);
    if (!d) return;
    const s = d.parts[0];
    if (drafts.some((x) => x.parts.some((p) => p.start < s.end && s.start < p.end))) return;
    out.push(d);
  });
  return out;
}
