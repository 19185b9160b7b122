import type { Doc } from '../doc/doc.ts';
import type { Quote, Span } from '../doc/types.ts';
import type { Stage } from '../pipeline/stage.ts';
import { draftSpan, type Draft } from './build.ts';
import { directQuotes } from './direct.ts';
import { carrySpeakers } from './floating.ts';
import { indirectQuotes } from './indirect.ts';
import { loadLexicon, type Lexicon } from './lexicon.ts';
import { paragraphs } from './paragraph.ts';
import { resolveSpeakers } from './speaker-actor.ts';

/**
 * Finds the quotes of a doc. Order: direct quotes first (they claim their cues and spans), then
 * speakers carried to floating and continued quotations, then reported speech in the narrative
 * left over, and last the actor of each speaker.
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
    const ind = indirectQuotes(doc.text, tokens, p, lex, used, claimed);
    drafts.push(...mine.filter((d) => keep(doc, d)), ...ind);
  });
  drafts.sort((x, y) => x.parts[0].start - y.parts[0].start);
  const actors = resolveSpeakers(doc, drafts);
  return drafts.map((d, n) => {
    const { start, end } = draftSpan(d);
    const q: Quote = { start, end, kind: d.kind, cue: d.cue, speaker: d.speaker, speakerActor: actors[n], addressee: d.addressee };
    if (d.parts.length > 1) q.parts = d.parts;
    return q;
  });
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
  reads: ['blocks', 'sentences', 'tokens', 'entities', 'mentions'],
  writes: ['quotes'],
  create() {
    const lex = loadLexicon();
    return (doc) => {
      doc.set('quotes', findQuotesIn(doc, lex), `quotes@1 cues@${lex.version}`);
    };
  },
};
