import type { Doc } from '../doc/doc.ts';
import type { Dep, Span, Token } from '../doc/types.ts';
import { caseOf, childrenOf, spanOf } from '../syntax/tree.ts';
import { agentLevel } from './agent.ts';
import type { Draft } from './build.ts';
import { sentenceAt } from './clause.ts';
import type { Lexicon } from './lexicon.ts';
import type { Paragraph } from './paragraph.ts';
import { parseSpeaker, rangeSpan, speakerRange } from './parse-speaker.ts';

// A statement reported in a participle clause after a frame: '"…," Lund said, citing the closure of
// two docks', 'X said the bridge would open, promising to cut tolls', '…, she said, referring to the
// budget'. The participle has no subject of its own: it is spoken by the speaker of the frame before
// it in its sentence (or, with no frame, by the subject of the predicate the parse hangs it on). What
// it reports is its complement: a clause, an infinitive, its object ("citing the closure"), or the
// object of the preposition a topic verb takes ("referring to the budget", "speaking of the war").
// The word tagger often reads such a participle as an adjective, so the word-order rules miss it;
// the parse reads it as a verb. A topic verb in any form reports its prepositional object too ("Lund
// talked about the ferry"), spoken by its subject.

const CONTENT_RELS = new Set(['ccomp', 'xcomp', 'obj']);
const OPENERS = new Set([',', '—', '–', ';']);

/**
 * The cue's lemma at token k: a verb of saying or a topic verb in -ing after a comma or dash (a
 * participle), or a topic verb in any form ("Lund talked about jobs"), which no word-order rule reads.
 */
function cueLemma(tokens: readonly Token[], deps: readonly Dep[], k: number, lo: number, lex: Lexicon): { lemma: string; participle: boolean } | null {
  const t = tokens[k];
  if (deps[k]?.upos !== 'VERB' || k <= lo) return null;
  const topic = lex.topicForms.get(t.norm);
  let m = k - 1;
  while (m > lo && deps[m]?.upos === 'ADV') m--;
  if (t.norm.endsWith('ing') && OPENERS.has(tokens[m].norm)) {
    const lemma = lex.speech.get(t.norm) ?? topic;
    return lemma ? { lemma, participle: true } : null;
  }
  return topic ? { lemma: topic, participle: false } : null;
}

/** The content tokens [i, j) of participle k with lemma `lemma`, or null. */
function complement(tokens: readonly Token[], deps: readonly Dep[], k: number, lemma: string, lex: Lexicon, hi: number): { i: number; j: number } | null {
  const preps = lex.prepositional.get(lemma);
  let head = -1;
  let skipCase = false;
  // the parse may read the preposition as a particle and its object as the verb's ("speaking of the war")
  const particle = !!preps && childrenOf(deps, k).some((c) => deps[c].rel === 'compound:prt' && preps.includes(tokens[c].norm));
  for (const c of childrenOf(deps, k)) {
    if (c <= k) continue;
    const r = deps[c].rel;
    if (CONTENT_RELS.has(r) && (!preps || r !== 'obj' || particle)) { head = c; break; }
    if (preps && (r === 'obl' || r.startsWith('obl:')) && preps.includes(caseOf(tokens, deps, c) ?? '')) { head = c; skipCase = true; break; }
  }
  if (head < 0) return null;
  const { first, last } = spanOf(deps, head);
  let i = Math.max(first, k + 1);
  let j = Math.min(last + 1, hi);
  if (skipCase) while (i < j && deps[i].rel === 'case') i++;
  while (i < j && (deps[i].upos === 'PUNCT' || tokens[i].norm === 'that')) i++;
  for (let m = i; m < j; m++) if (tokens[m].norm === ';') { j = m; break; }
  while (j > i && deps[j - 1].upos === 'PUNCT' && !/["”»’]/.test(tokens[j - 1].norm)) j--;
  return j - i >= 1 ? { i, j } : null;
}

/** The speaker of participle k: the frame's before it in its sentence, else the parse subject it hangs on, when an agent. */
function speakerOf(doc: Doc, tokens: readonly Token[], deps: readonly Dep[], k: number, a: number, drafts: readonly Draft[], lex: Lexicon, participle: boolean): Span | null {
  const lo = tokens[a].start;
  const at = tokens[k].start;
  let frame: Draft | null = null;
  if (participle) for (const d of drafts) if (d.cue && d.cue.start >= lo && d.cue.end <= at && (!frame || d.cue.start > frame.cue!.start)) frame = d;
  if (frame) return frame.speaker;
  const who = parseSpeaker(deps, tokens, k);
  if (typeof who !== 'object' || who.head >= k || who.head < a) return null;
  if (/^(that|which|it|this|what|there)$/.test(tokens[who.head].norm)) return null;
  const span = rangeSpan(tokens, speakerRange(deps, tokens, who.head));
  return agentLevel(doc, tokens, span, lex.agentNouns) === 'agent' ? span : null;
}

/** Reports in participle clauses of paragraph p that no draft holds (see the note above). */
export function participleReports(doc: Doc, p: Paragraph, drafts: readonly Draft[], lex: Lexicon): Draft[] {
  const deps = doc.layers.deps;
  if (!deps) return [];
  const tokens = doc.get('tokens');
  const out: Draft[] = [];
  for (let k = p.t0; k < p.t1; k++) {
    if (p.inQuote[k - p.t0] >= 0) continue;
    const [a, b] = sentenceAt(p, k);
    const cue = cueLemma(tokens, deps, k, a, lex);
    if (!cue) continue;
    const t = tokens[k];
    const holds = (d: Draft) => (d.cue && d.cue.start <= t.start && t.end <= d.cue.end) || d.parts.some((s) => s.start <= t.start && t.end <= s.end);
    if (drafts.some(holds)) continue;
    const r = complement(tokens, deps, k, cue.lemma, lex, b);
    if (!r) continue;
    const span = rangeSpan(tokens, r);
    const claimed = (d: Draft) => d.parts.some((s) => Math.min(s.end, span.end) - Math.max(s.start, span.start) > 0.5 * (span.end - span.start));
    if (drafts.some(claimed) || out.some(claimed)) continue;
    const speaker = speakerOf(doc, tokens, deps, k, a, drafts, lex, cue.participle);
    if (!speaker) continue;
    const quoted = p.quotes.some((q) => q.start >= span.start && q.end <= span.end + 1);
    out.push({ kind: quoted ? 'mixed' : 'indirect', parts: [span], cue: { start: t.start, end: t.end }, speaker, addressee: null, block: p.block });
  }
  return out;
}
