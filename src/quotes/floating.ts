import type { Token } from '../doc/types.ts';
import type { Draft } from './build.ts';
import { cueAt } from './cues.ts';
import { speakerFor } from './who.ts';
import { colonSpeaker } from './direct.ts';
import type { Lexicon } from './lexicon.ts';
import type { Paragraph } from './paragraph.ts';

// Speakers for quotations that name none: a paragraph that opens with a quotation right after a
// paragraph ending in a lead-in ("Putin told reporters:") takes that speaker; one that follows a
// paragraph with an attributed quote takes its speaker (a floating quote, or the next paragraph of a
// quote left open by newsroom convention).

export function carrySpeakers(text: string, tokens: Token[], paras: Paragraph[], perPara: Draft[][], lex: Lexicon): void {
  // Within a paragraph, a quotation with no frame after an attributed one keeps its speaker:
  // '"…," he said outside the building. But "…"'.
  for (const drafts of perPara) {
    for (let k = 1; k < drafts.length; k++) {
      const d = drafts[k];
      const prev = drafts[k - 1];
      if (d.speaker || d.cue || d.kind !== 'direct' || !prev.speaker || prev.kind === 'indirect') continue;
      // Only for a quotation long enough to be kept anyway: a scare quote stays out.
      if (text.slice(d.parts[0].start, d.parts[d.parts.length - 1].end).split(/\s+/).length < 6) continue;
      Object.assign(d, { speaker: prev.speaker, cue: prev.cue, addressee: prev.addressee, carried: true, from: prev });
    }
  }
  // The quote each paragraph ends in: its own last draft, or the one it was wholly merged into.
  let tail: Draft | null = perPara[0]?.[perPara[0].length - 1] ?? null;
  for (let i = 1; i < paras.length; i++) {
    const p = paras[i];
    const prev = paras[i - 1];
    const first = perPara[i][0];
    const prevTail: Draft | null = tail;
    tail = perPara[i][perPara[i].length - 1] ?? null;
    if (!first || first.speaker || first.kind !== 'direct') continue;
    if (!opensParagraph(tokens, p, first)) continue;
    // Newsroom convention: a paragraph that ends inside a quotation and a next one that opens with a
    // mark are one quote: the first quotation of this paragraph joins the quote before.
    const open = prev.quotes[prev.quotes.length - 1];
    if (open && !open.closed && prevTail && prevTail.kind === 'direct' && prevTail.parts[prevTail.parts.length - 1].end === open.end) {
      prevTail.parts.push(...first.parts);
      perPara[i].shift();
      if (perPara[i].length === 0) tail = prevTail;
      continue;
    }
    const lead = leadIn(tokens, prev, lex);
    if (lead) {
      Object.assign(first, lead, { carried: true });
      continue;
    }
    const before = perPara[i - 1].filter((d) => d.speaker && d.kind === 'direct');
    const from = before[before.length - 1];
    if (!from) continue;
    // Only when the earlier quote ends its paragraph's last sentence.
    const lastQuote = prev.quotes[prev.quotes.length - 1];
    const rest = lastQuote ? prev.t1 - lastQuote.tj : Infinity;
    const lastSentence = prev.sentences[prev.sentences.length - 1];
    if (rest > 12 && !(lastQuote && lastQuote.ti >= lastSentence[0] && from.parts[from.parts.length - 1].end >= lastQuote.end)) continue;
    first.speaker = from.speaker;
    first.cue = from.cue;
    first.addressee = from.addressee;
    first.carried = true;
    first.from = from;
  }
}

/** Whether the draft's quotation is the first thing in its paragraph. */
function opensParagraph(tokens: Token[], p: Paragraph, d: Draft): boolean {
  for (let k = p.t0; k < p.t1; k++) {
    if (tokens[k].start >= d.parts[0].start) return true;
    if (tokens[k].pos !== 'PUNCT') return false;
  }
  return false;
}

/** A paragraph ending in "X said:" (cue, speaker): the lead-in of the next paragraph's quotation. */
function leadIn(tokens: Token[], p: Paragraph, lex: Lexicon): Pick<Draft, 'cue' | 'speaker' | 'addressee'> | null {
  const last = p.t1 - 1;
  if (last < p.t0 || tokens[last].norm !== ':' || p.inQuote[last - p.t0] >= 0) return null;
  const [a] = p.sentences[p.sentences.length - 1];
  for (let k = last - 1; k >= a; k--) {
    if (p.inQuote[k - p.t0] >= 0) break;
    const c = cueAt(tokens, k, a, last, lex);
    if (!c) continue;
    const s = speakerFor(tokens, c, a, last, lex);
    if (!s) continue;
    return { cue: { start: tokens[c.i].start, end: tokens[c.j - 1].end }, speaker: s.span, addressee: null };
  }
  // No verb of saying: "He then listed the qualities a nominee needs:".
  const s = colonSpeaker(tokens, a, last);
  return s ? { cue: { start: tokens[last].start, end: tokens[last].end }, speaker: s.span, addressee: null } : null;
}
