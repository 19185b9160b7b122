import type { Doc } from '../doc/doc.ts';
import type { Dep, Span, Token } from '../doc/types.ts';
import { childrenOf, spanOf } from '../syntax/tree.ts';
import { agentLevel } from './agent.ts';
import type { Draft } from './build.ts';
import type { Lexicon } from './lexicon.ts';
import type { Paragraph } from './paragraph.ts';
import { parseSpeaker, rangeSpan, speakerRange } from './parse-speaker.ts';

// Reported speech read from the parse, where the word-order rules (indirect.ts) lose the frame: a
// verb of saying whose subject is the speaker and whose clausal complement (ccomp) after it is the
// content. Word order misses it when a long subject, an aside or an apposition stands between
// speaker and verb ("Four ferry firms in the north, including the largest, said …"; "Many speakers —
// farmers, teachers — said …"), and takes "X, wearing a scarf, said he …" for the inverted "CONTENT,
// said X". The parse puts the subject and the complement on either side of the verb in both.

/** The verb of saying at token k, when the parse reads it as a verb with a clausal complement after it: [complement head] or -1. */
function complementOf(tokens: readonly Token[], deps: readonly Dep[], k: number, lex: Lexicon): number {
  const dep = deps[k];
  if (!dep || dep.upos !== 'VERB') return -1;
  if (!lex.speech.has(tokens[k].norm)) return -1;
  let comp = -1;
  for (const c of childrenOf(deps, k)) {
    const r = deps[c].rel;
    // an infinitive ("declined to say whether …") reports nothing
    if (r === 'mark' && tokens[c].norm === 'to') return -1;
    if (r === 'ccomp' && c > k + 0 && comp < 0) comp = c;
  }
  return comp;
}

/** The content span of the complement headed by c: its subtree, from after the cue, without edge punctuation. */
function contentSpan(tokens: readonly Token[], deps: readonly Dep[], k: number, c: number): { i: number; j: number } | null {
  const { first, last } = spanOf(deps, c);
  let i = Math.max(first, k + 1);
  let j = last + 1;
  while (i < j && (deps[i].upos === 'PUNCT' || tokens[i].norm === 'that')) i++;
  // a semicolon ends the clause: "47% say the city should build it; 37% disagree"
  for (let m = i; m < j; m++) if (tokens[m].norm === ';') { j = m; break; }
  while (j > i && deps[j - 1].upos === 'PUNCT' && !/["”»’]/.test(tokens[j - 1].norm)) j--;
  return j - i >= 2 ? { i, j } : null;
}

/** The parse speaker of cue verb k, when it names an agent before the cue and outside [ci, cj). */
function subjectOf(doc: Doc, tokens: readonly Token[], deps: readonly Dep[], k: number, lex: Lexicon, ci: number, cj: number): Span | null {
  const who = parseSpeaker(deps, tokens, k, (t) => t >= ci && t < cj);
  if (typeof who !== 'object') return null;
  const h = who.head;
  if (h >= ci && h < cj) return null;
  const u = deps[h].upos;
  // a pronominal determiner ("some say") or a share ("47% say") is a subject as well as a noun
  if (!(u === 'NOUN' || u === 'PROPN' || u === 'PRON' || u === 'NUM' || u === 'DET' || tokens[h].norm === '%')) return null;
  if (/^(that|which|it|this|what|there|who)$/.test(tokens[h].norm)) return null;
  const span = rangeSpan(tokens, speakerRange(deps, tokens, h));
  return agentLevel(doc, tokens, span, lex.agentNouns) === 'agent' ? span : null;
}

/**
 * A word-order draft that took the speaker's own phrase for the content ("Jan Ortis, wearing a
 * scarf, said he was proud" read as inverted): when the cue's parse subject lies inside the content
 * before the cue, and the cue has a complement after it, the complement is the content and the
 * subject the speaker. Returns whether the draft changed.
 */
export function respanFromParse(doc: Doc, d: Draft, k: number, lex: Lexicon): boolean {
  const deps = doc.layers.deps;
  if (!deps || d.kind === 'direct' || d.parts.length !== 1) return false;
  const tokens = doc.get('tokens');
  const part = d.parts[0];
  if (part.end > tokens[k].start) {
    // only content before the cue is suspect
    return false;
  }
  const c = complementOf(tokens, deps, k, lex);
  if (c < 0) return false;
  const r = contentSpan(tokens, deps, k, c);
  if (!r) return false;
  const who = parseSpeaker(deps, tokens, k);
  if (typeof who !== 'object' || tokens[who.head].start < part.start || tokens[who.head].end > part.end) return false;
  const speaker = subjectOf(doc, tokens, deps, k, lex, r.i, r.j);
  if (!speaker) return false;
  d.parts = [rangeSpan(tokens, r)];
  d.speaker = speaker;
  // the quotation that made it mixed may have been in the aside ("X, citing “…,” said …")
  d.kind = /["“”«»]/.test(doc.text.slice(d.parts[0].start, d.parts[0].end)) ? 'mixed' : 'indirect';
  return true;
}

/**
 * Reports the word-order rules left out in paragraph p: each verb of saying outside quotations, not
 * already a draft's cue, with an agent subject and a clausal complement after it, whose content no
 * draft claims.
 */
export function parseReports(doc: Doc, p: Paragraph, drafts: readonly Draft[], lex: Lexicon): Draft[] {
  const deps = doc.layers.deps;
  if (!deps) return [];
  const tokens = doc.get('tokens');
  const out: Draft[] = [];
  for (let k = p.t0; k < p.t1; k++) {
    if (p.inQuote[k - p.t0] >= 0) continue;
    const c = complementOf(tokens, deps, k, lex);
    if (c < 0) continue;
    const t = tokens[k];
    const mine = (d: Draft) => (d.cue && d.cue.start <= t.start && t.end <= d.cue.end) || d.parts.some((s) => s.start <= t.start && t.end <= s.end);
    if (drafts.some(mine) || out.some(mine)) continue;
    const r = contentSpan(tokens, deps, k, c);
    if (!r) continue;
    const span = rangeSpan(tokens, r);
    const claimed = (d: Draft) => d.parts.some((s) => Math.min(s.end, span.end) - Math.max(s.start, span.start) > 0.5 * (span.end - span.start));
    if (drafts.some(claimed)) continue;
    const speaker = subjectOf(doc, tokens, deps, k, lex, r.i, r.j);
    if (!speaker) continue;
    const quoted = p.quotes.some((q) => q.start >= span.start && q.end <= span.end + 1);
    out.push({ kind: quoted ? 'mixed' : 'indirect', parts: [span], cue: { start: t.start, end: t.end }, speaker, addressee: null, block: p.block });
  }
  return out;
}
