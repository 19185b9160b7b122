import type { Token } from '../doc/types.ts';
import type { Draft } from './build.ts';
import { cueAt, type Cue } from './cues.ts';
import type { Lexicon } from './lexicon.ts';
import { innerEnd, type Paragraph, type TokQuote } from './paragraph.ts';
import { npRight, subjectLeft, type SpeakerFind } from './speaker.ts';
import { cueRole, speakerFor } from './who.ts';
import { afterCue, clauseEnd, sentenceAt } from './clause.ts';

// Direct quotations and their frames. For each quotation the frame right after it is tried first
// ("…," Putin said), since that is the commonest order in news; then the lead-in before it (Putin
// told reporters: "…"), which may instead make a mixed quote (Putin said the deal was "dead"); then a
// dash attribution ("…" — Commissioner Lee). Quotations that follow with no narrative between them
// join the same quote (split and multi-sentence quotes).

interface Frame {
  cue: Cue | null;
  speaker: SpeakerFind | null;
  addressee: SpeakerFind | null;
}

/** How far after a quotation its cue may sit: far enough for an apposition ("Berg, a lawyer for the families, said"). */
const REACH = 14;
const DASH = new Set(['—', '–', '-', '--']);
const CLOSE_SOFT = /[,?!—–-]$/;
/** A sentence stop that is no abbreviation's point inside a parenthesis ("(D-Ore.)"). */
const stops = (tokens: Token[], k: number) => /^[.!?]$/.test(tokens[k].norm) && tokens[k + 1]?.norm !== ')';

/** Narrative tokens right after quotation q: up to a sentence end or the next quotation. */
function rightFrame(tokens: Token[], p: Paragraph, q: TokQuote): [number, number] {
  let b = q.tj;
  while (b < p.t1 && p.inQuote[b - p.t0] < 0 && !stops(tokens, b)) b++;
  return [q.tj, b];
}

/** Narrative tokens right before quotation q: back to a sentence end or the previous quotation. */
function leftFrame(tokens: Token[], p: Paragraph, q: TokQuote): [number, number] {
  let a = q.ti;
  while (a > p.t0 && p.inQuote[a - 1 - p.t0] < 0 && !stops(tokens, a - 1)) a--;
  return [a, q.ti];
}


/** The first cue among tokens [a, b) within `reach` tokens of a, with a speaker. */
function frameIn(tokens: Token[], a: number, b: number, reach: number, lex: Lexicon): Frame | null {
  for (let k = a; k < b && k - a <= reach; k++) {
    const c = cueAt(tokens, k, a, b, lex);
    if (!c) continue;
    const speaker = speakerFor(tokens, c, a, b, lex, undefined, 0, true);
    if (!speaker) {
      k = c.j - 1;
      continue;
    }
    const addressee = lex.addressee.has(c.lemma) && speaker.i < c.i ? npRight(tokens, c.j, b) : null;
    return { cue: c, speaker, addressee };
  }
  return null;
}

/** Builds the direct and mixed quotes of one paragraph. Marks the cue tokens it used. */
export function directQuotes(text: string, tokens: Token[], p: Paragraph, lex: Lexicon, used: Uint8Array): Draft[] {
  const out: Draft[] = [];
  let last: Draft | null = null;
  let lastEnd = -1;
  for (let k = 0; k < p.quotes.length; k++) {
    const q = p.quotes[k];
    if (q.tj <= q.ti) continue;
    const part = { start: q.start, end: q.end };
    const [ra, rb] = rightFrame(tokens, p, q);
    const [la, lb] = leftFrame(tokens, p, q);
    const soft = CLOSE_SOFT.test(innerEnd(text, q).replace(/['’‘]+$/, '').trimEnd()) || (ra < rb && /^[a-z,]/.test(text[tokens[ra].start]));
    let f: Frame | null = null;
    if (ra < rb && (soft || rb - ra <= 6)) f = frameIn(tokens, ra, rb, REACH, lex);
    // Join a quotation that follows the last one with only its frame (or nothing) between, unless it
    // has a frame of its own ('"…," said Lund. "…," she said.'): then it is a statement of its own.
    if (last && lastEnd >= 0 && q.ti <= lastEnd && !f?.cue) {
      last.parts.push(part);
      lastEnd = skipFrame(tokens, p, q);
      continue;
    }
    let draft: Draft | null = null;
    if (f && f.cue) {
      // The quotation may be a fragment of a reported clause that runs from the sentence start to the
      // comma before the frame: 'The rival will play the "woman card," Fiorina said.'
      const fs = Math.min(f.cue.i, f.speaker?.i ?? f.cue.i);
      let fe = fs;
      while (fe > ra && tokens[fe - 1].pos === 'PUNCT') fe--;
      const wordsBefore = la < lb && !onlyPunct(tokens, la, lb) && tokens[lb - 1].norm !== ':';
      const wordsAfter = fe > ra;
      if (wordsBefore || wordsAfter) {
        const start = wordsBefore ? tokens[la].start : q.start;
        const end = wordsAfter ? tokens[fe - 1].end : q.end;
        draft = make('mixed', { start, end: Math.max(end, q.end) }, f, tokens, p.block);
      } else draft = make('direct', part, f, tokens, p.block);
      mark(used, f.cue);
      // a second verb of saying in the frame opens a statement of its own, so a quotation in the same
      // sentence after it is not the rest of this one: '"…," the board said, adding that it "condemns the strike."'
      // A quotation in a new sentence still continues the first ('"…," X said, adding … . "…"').
      const sameSentence = rb < p.t1 && p.inQuote[rb - p.t0] >= 0;
      lastEnd = sameSentence && secondCue(tokens, f.cue.j, ra, rb, lex) ? -1 : nextJoin(tokens, p, rb);
    } else if (la < lb) {
      const cues = cuesIn(tokens, la, lb, lex);
      const c = cues[cues.length - 1];
      const sa = sentenceAt(p, la)[0];
      const speaker = c ? speakerFor(tokens, c, c.i > la && cueRole(tokens, c, la) !== 'subject' ? sa : la, lb, lex, (x) => p.inQuote[x - p.t0] >= 0, 0, true) : null;
      if (c && speaker) {
        const after = afterCue(tokens, c, lb, lex);
        const frame: Frame = { cue: c, speaker, addressee: after.addressee };
        mark(used, c);
        const runsOn = after.at >= lb && rb > ra && tokens[ra].pos !== 'PUNCT' && !/^[A-Z]/.test(text[tokens[ra].start]);
        if ((after.at < lb && !onlyPunct(tokens, after.at, lb)) || runsOn) {
          // Words between the cue and the quotation: indirect speech with a quoted fragment.
          // A quotation that closes its sentence ('… was "looking for attention." He said …') ends the
          // clause; the next sentence is not part of it.
          const end = sentenceAt(p, q.tj - 1)[1] === q.tj ? q.end : clauseEnd(tokens, p, q.tj, lex);
          const start = Math.min(tokens[Math.min(after.at, lb)].start, q.start);
          draft = make('mixed', { start, end: Math.max(q.end, end) }, frame, tokens, p.block);
          lastEnd = -1;
          k = skipQuotesTo(p, k, draft.parts[0].end);
        } else {
          draft = make('direct', part, frame, tokens, p.block);
          lastEnd = nextJoin(tokens, p, q.tj);
        }
      }
    }
    if (!draft && la < lb && tokens[lb - 1].norm === ':') {
      // A lead-in without a verb of saying: "Jeffrey Jones:", "Kaine has adopted the stance of many:".
      const s = colonSpeaker(tokens, la, lb - 1);
      if (s) {
        draft = { kind: 'direct', parts: [part], cue: { start: tokens[lb - 1].start, end: tokens[lb - 1].end }, speaker: s.span, addressee: null, block: p.block };
        lastEnd = nextJoin(tokens, p, q.tj);
      }
    }
    if (!draft && ra < rb && DASH.has(tokens[ra].norm)) {
      const s = npRight(tokens, ra + 1, rb);
      if (s && tokens[s.i].pos === 'PROPN') {
        draft = { kind: 'direct', parts: [part], cue: { start: tokens[ra].start, end: tokens[ra].end }, speaker: s.span, addressee: null, block: p.block };
        lastEnd = -1;
      }
    }
    if (!draft) {
      draft = { kind: 'direct', parts: [part], cue: null, speaker: null, addressee: null, block: p.block };
      lastEnd = nextJoin(tokens, p, q.tj);
    }
    out.push(draft);
    last = draft;
  }
  return out;
}

function make(kind: Draft['kind'], part: { start: number; end: number }, f: Frame, tokens: Token[], block: number): Draft {
  const cue = f.cue ? { start: tokens[f.cue.i].start, end: tokens[f.cue.j - 1].end } : null;
  return { kind, parts: [part], cue, speaker: f.speaker?.span ?? null, addressee: f.addressee?.span ?? null, block };
}

const mark = (used: Uint8Array, c: Cue) => {
  for (let k = c.i; k < c.j; k++) used[k] = 1;
};

function cuesIn(tokens: Token[], a: number, b: number, lex: Lexicon): Cue[] {
  const out: Cue[] = [];
  for (let k = a; k < b; k++) {
    const c = cueAt(tokens, k, a, b, lex);
    if (c && c.kind !== 'near') {
      out.push(c);
      k = c.j - 1;
    } else if (c && b - c.j <= 12) out.push(c);
  }
  return out;
}

/** Whether tokens [from, b) of the frame [a, b) hold another verb of saying. */
function secondCue(tokens: Token[], from: number, a: number, b: number, lex: Lexicon): boolean {
  for (let k = from; k < b; k++) {
    const c = cueAt(tokens, k, a, b, lex);
    if (c && c.kind !== 'near') return true;
  }
  return false;
}

const onlyPunct = (tokens: Token[], a: number, b: number) => {
  for (let k = a; k < b; k++) if (tokens[k].pos !== 'PUNCT' && tokens[k].norm !== 'that') return false;
  return true;
};

/** Where a following quotation may start and still join: right after the narrative frame [from, ...). */
function nextJoin(tokens: Token[], p: Paragraph, from: number): number {
  let b = from;
  while (b < p.t1 && p.inQuote[b - p.t0] < 0 && tokens[b].pos === 'PUNCT') b++;
  return b;
}

function skipFrame(tokens: Token[], p: Paragraph, q: TokQuote): number {
  return nextJoin(tokens, p, q.tj);
}

function skipQuotesTo(p: Paragraph, k: number, end: number): number {
  while (k + 1 < p.quotes.length && p.quotes[k + 1].start < end) k++;
  return k;
}

/** The speaker of a colon lead-in [a, b): the subject of its first verb, or a bare name ("Jeffrey Jones:"). */
export function colonSpeaker(tokens: Token[], a: number, b: number): SpeakerFind | null {
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (t.pos === 'VERB' || t.pos === 'AUX') return k > a ? subjectLeft(tokens, k, a) : null;
  }
  const np = npRight(tokens, a, b);
  return np && np.j === b ? np : null;
}
