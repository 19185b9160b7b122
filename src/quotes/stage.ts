import type { Doc } from '../doc/doc.ts';
import type { Quote, Span } from '../doc/types.ts';
import type { Stage } from '../pipeline/stage.ts';
import { tokenAt } from '../doc/spans.ts';
import { childrenOf } from '../syntax/tree.ts';
import { draftSpan, type Draft } from './build.ts';
import { directQuotes } from './direct.ts';
import { colonLines } from './colon-line.ts';
import { carrySpeakers } from './floating.ts';
import { indirectQuotes } from './indirect.ts';
import { loadLexicon, type Lexicon } from './lexicon.ts';
import { paragraphs } from './paragraph.ts';
import { refineWithParse } from './parse-check.ts';
import { parseReports } from './parse-report.ts';
import { participleReports } from './participle.ts';
import { resolveSpeakers } from './speaker-actor.ts';

/**
 * Finds the quotes of a doc. Order: direct quotes first (they claim their cues and spans), then
 * speakers carried to floating and continued quotations, then reported speech in the narrative
 * left over, then the reports whose frame only the parse finds (parse-report.ts), then the statements in a participle clause after a frame (participle.ts, which needs the frames found before it); then the parse checks each cue's speaker and complement (parse-check.ts), then lines that open with "Name:" (colon-line.ts), and last each
 * speaker gets its actor.
 */
export function findQuotesIn(doc: Doc, lex: Lexicon): Quote[] {
  const tokens = doc.get('tokens');
  const used = new Uint8Array(tokens.length);
  const paras = paragraphs(doc);
  const drafts: Draft[] = [];
  const perPara: Draft[][] = paras.map((p) => directQuotes(doc.text, tokens, p, lex, used));
  carrySpeakers(doc.text, tokens, paras, perPara, lex);
  paras.forEach((p, i) => {
    const mine = perPara[i];
    const spans: Span[] = mine.map(draftSpan);
    const claimed = (a: number, b: number) => spans.some((s) => Math.min(s.end, b) - Math.max(s.start, a) > 0.5 * (b - a));
    const ind = indirectQuotes(doc.text, tokens, p, lex, used, claimed).filter((d) => verbalCue(doc, d));
    const kept = mine.filter((d) => keep(doc, d));
    const found = [...kept, ...ind];
    found.push(...parseReports(doc, p, found, lex));
    drafts.push(...found, ...participleReports(doc, p, found, lex));
  });
  drafts.sort((x, y) => x.parts[0].start - y.parts[0].start);
  const kept = refineWithParse(doc, drafts, lex);
  kept.push(...colonLines(doc, kept));
  kept.sort((x, y) => x.parts[0].start - y.parts[0].start);
  const actors = resolveSpeakers(doc, kept);
  return kept.map((d, n) => {
    const { start, end } = draftSpan(d);
    const q: Quote = { start, end, kind: d.kind, cue: d.cue, speaker: d.speaker, speakerActor: actors[n], addressee: d.addressee };
    if (d.parts.length > 1) q.parts = d.parts;
    if (!d.speaker) q.noSpeaker = d.noSpeaker ?? 'none found';
    return q;
  });
}

/**
 * Reported speech needs a speech verb: where the parse tags the cue word as a noun or adjective ("more
 * posts"), the words after it are not a report, unless the noun has its owner or a "that" clause
 * ("X's remarks that ..."). Without a parse, every cue stands.
 */
function verbalCue(doc: Doc, d: Draft): boolean {
  const deps = doc.layers.deps;
  if (!deps || !d.cue) return true;
  const tokens = doc.get('tokens');
  const k = tokenAt(tokens, d.cue.start);
  const dep = deps[k];
  if (!dep || !(dep.upos === 'NOUN' || dep.upos === 'PROPN' || dep.upos === 'ADJ' || dep.upos === 'NUM')) return true;
  // a communication noun with its owner or its "that" clause still reports: "X's remarks that ..."
  if (tokens[k + 1]?.norm === 'that') return true;
  return childrenOf(deps, k).some((j) => deps[j].rel === 'nmod:poss');
}

/** Words an unattributed quotation needs to count as speech rather than a title or scare quote. */
export const MIN_UNATTRIBUTED_WORDS = 6;

function keep(doc: Doc, d: Draft): boolean {
  if (d.speaker || d.cue) return true;
  let words = 0;
  for (const s of d.parts) words += doc.text.slice(s.start, s.end).split(/\s+/).length;
  return words >= MIN_UNATTRIBUTED_WORDS;
}

export const quotesStage: Stage = {
  name: 'quotes',
  version: '1',
  reads: ['blocks', 'sentences', 'tokens', 'deps', 'entities', 'mentions'],
  writes: ['quotes'],
  create() {
    const lex = loadLexicon();
    return (doc) => {
      doc.set('quotes', findQuotesIn(doc, lex), `quotes@1 cues@${lex.version}`);
    };
  },
};
