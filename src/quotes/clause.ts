import type { Token } from '../doc/types.ts';
import type { Cue } from './cues.ts';
import type { Lexicon } from './lexicon.ts';
import type { Paragraph } from './paragraph.ts';
import { npRight, type SpeakerFind } from './speaker.ts';

// The reported clause around a cue: where it starts after the cue (past the addressee, a short
// adverbial and "that") and where it ends (the sentence end, or a following ", adding that …").

const ADVERBIAL_HEADS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'to', 'with', 'from', 'late', 'early', 'last', 'this', 'earlier', 'later', 'yesterday', 'today', 'tuesday', 'monday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'again', 'also', 'repeatedly', 'recently', 'previously', 'publicly', 'privately', 'flatly', 'then', 'now', 'over', 'via', 'through', 'while', 'as']);
const SUBORD = new Set(['that', 'if', 'whether', 'how', 'why', 'what', 'when', 'where', 'who']);

export interface AfterCue {
  /** First token of the reported clause. */
  at: number;
  addressee: SpeakerFind | null;
}

/** Where the reported clause of cue c starts, looking no further than hi. */
export function afterCue(tokens: Token[], c: Cue, hi: number, lex: Lexicon): AfterCue {
  let k = c.j;
  let addressee: SpeakerFind | null = null;
  if (lex.addressee.has(c.lemma) && k < hi && !SUBORD.has(tokens[k].norm)) {
    const np = npRight(tokens, k, hi);
    if (np) {
      addressee = np;
      k = np.j;
    }
  }
  // A short adverbial before "that": "said in a statement on Tuesday that …".
  const thatAt = findThat(tokens, k, hi, 14);
  if (thatAt >= 0 && (thatAt === k || ADVERBIAL_HEADS.has(tokens[k].norm) || tokens[k].norm === ',')) {
    k = thatAt + 1;
    if (k < hi && tokens[k].norm === ',') k++;
  }
  else if (k < hi && (tokens[k].norm === ':' || tokens[k].norm === ',')) k++;
  else k = skipAdverbial(tokens, k, hi);
  return { at: k, addressee };
}

const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'recently', 'again', 'also', 'repeatedly', 'last', 'this', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night']);

/**
 * Skips a short adverbial after a cue when a clause follows it: "said on Friday he met …", "said in an
 * interview the deal was off". Returns where the clause starts, or k when nothing is skipped.
 */
function skipAdverbial(tokens: Token[], k: number, hi: number): number {
  let i = k;
  if (i < hi && TIME_WORDS.has(tokens[i].norm)) {
    while (i < hi && TIME_WORDS.has(tokens[i].norm)) i++;
  } else if (i < hi && tokens[i].pos === 'ADP' && tokens[i].norm !== 'that') {
    i++;
    while (i < hi && i - k < 7 && ['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN'].includes(tokens[i].pos) && !tokens[i].norm.match(/^(that|this)$/)) i++;
    if (i === k + 1 || !['NOUN', 'PROPN', 'NUM'].includes(tokens[i - 1].pos)) return k;
    while (i < hi && TIME_WORDS.has(tokens[i].norm)) i++;
  } else return k;
  if (i < hi && tokens[i].norm === ',') i++;
  // A clause must follow: a subject then a verb within a few words.
  for (let j = i; j < hi && j - i < 8; j++) {
    if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') return j > i ? i : k;
    if (tokens[j].pos === 'PUNCT' || tokens[j].pos === 'ADP') return k;
  }
  return k;
}

function findThat(tokens: Token[], k: number, hi: number, reach: number): number {
  for (let i = k; i < hi && i - k <= reach; i++) {
    const n = tokens[i].norm;
    if (n === 'that') return i;
    if (n === '.' || n === ';' || tokens[i].pos === 'VERB') return -1;
  }
  return -1;
}

const JOINED_CUE = new Set([',', 'and', ';', '—', '–']);

/**
 * End offset of a reported clause that runs on from token `from`: the end of its narrative sentence
 * (before the final stop), or the start of a following cue with no subject of its own (", adding …",
 * "and noted …").
 */
export function clauseEnd(tokens: Token[], p: Paragraph, from: number, lex: Lexicon): number {
  let k = from;
  let lastWord = from - 1;
  const hi = sentenceAt(p, from)[1];
  while (k < hi) {
    const t = tokens[k];
    if (p.inQuote[k - p.t0] < 0) {
      if (/^[.!?]$/.test(t.norm)) break;
      if (JOINED_CUE.has(t.norm) && k + 1 < p.t1) {
        let n = k + 1;
        while (n < p.t1 && tokens[n].pos === 'ADV') n++;
        const next = tokens[n];
        if (next && (lex.speech.has(next.norm) || lex.nearQuote.has(next.norm)) && (next.norm.endsWith('ing') || t.norm === 'and')) break;
      }
    }
    lastWord = k;
    k++;
  }
  return lastWord >= from ? tokens[lastWord].end : tokens[Math.max(from - 1, 0)].end;
}

/** The narrative sentence [a, b) of paragraph p that holds token k. */
export function sentenceAt(p: Paragraph, k: number): [number, number] {
  for (const s of p.sentences) if (k < s[1]) return s;
  return [p.t0, p.t1];
}
