import type { Token } from '../doc/types.ts';
import { cueAt, type Cue } from './cues.ts';
import type { Lexicon } from './lexicon.ts';
import { isName, npRight, subjectLeft, type SpeakerFind } from './speaker.ts';

// Who speaks at a cue. A participle (", noting …") or a second verb ("… and stressed …") has no
// subject of its own: it takes the speaker of the cue it hangs on. A gerund after a preposition
// ("the necessity of maintaining") is no cue at all.

const GOVERNED_BY = new Set([',', 'and', 'but', 'while', 'before', 'after', 'also', 'then', 'as', '—', '–']);
const PROGRESSIVE = new Set(['is', 'was', 'are', 'were', 'be', 'been', "'s", '’s', 'am', 'not', "n't"]);

export type CueRole = 'subject' | 'governed' | 'none';

/** How a cue finds its speaker: its own subject, the cue it hangs on, or not a cue at all. */
export function cueRole(tokens: Token[], c: Cue, lo: number): CueRole {
  if (c.kind === 'according' || c.kind === 'passive') return 'subject';
  // A participle modifying a noun: "the country described by the president", "reported by the Herald".
  const after = tokens[c.j]?.norm;
  if (after === 'by' && tokens[c.i].norm.endsWith('ed')) return 'none';
  const w = tokens[c.i].norm;
  let k = c.i - 1;
  let then = false;
  while (k >= lo && tokens[k].pos === 'ADV') then ||= tokens[k--].norm === 'then';
  const prev = k >= lo ? tokens[k].norm : '';
  if (then && prev === ',') return 'governed';
  if (w.endsWith('ing')) {
    if (PROGRESSIVE.has(prev)) return 'subject';
    return GOVERNED_BY.has(prev) || k < lo ? 'governed' : 'none';
  }
  if (prev === 'and' || prev === 'but') return 'governed';
  // An infinitive ("declined to say", "a leader to counter") reports nothing.
  if (prev === 'to') return 'none';
  return 'subject';
}

/**
 * The speaker of cue c, searching [lo, hi). `nearQuote`: the cue frames a quotation, so even an
 * infinitive or gerund ("went on to say:", "began by saying") is a cue, governed by the clause's verb.
 */
export function speakerFor(tokens: Token[], c: Cue, lo: number, hi: number, lex: Lexicon, inQuote?: (k: number) => boolean, depth = 0, nearQuote = false): SpeakerFind | null {
  if (c.kind === 'according') return npRight(tokens, c.j, hi);
  let role = cueRole(tokens, c, lo);
  if (role === 'none' && nearQuote) role = 'governed';
  if (role === 'none') return null;
  if (role === 'governed') {
    if (depth > 3) return null;
    for (let k = c.i - 1; k >= lo; k--) {
      if (inQuote?.(k)) continue;
      const g = cueAt(tokens, k, lo, hi, lex);
      if (!g || g.i === c.i) continue;
      return speakerFor(tokens, g, lo, hi, lex, inQuote, depth + 1);
    }
    // No cue to hang on: the subject of the nearest finite verb before ("Trump went after Bush, calling him …").
    for (let k = c.i - 1; k >= lo; k--) {
      if (inQuote?.(k)) continue;
      const t = tokens[k];
      if (t.pos !== 'VERB' || t.norm.endsWith('ing')) continue;
      const s = subjectLeft(tokens, k, lo);
      if (s) return s;
    }
    return null;
  }
  const left = subjectLeft(tokens, c.i, lo);
  if (left) return left;
  // Inverted order names a speaker: a name, a pronoun, a determined phrase ("said the minister") or a
  // name after its title ("said former port executive Ana Lund"), never a bare noun, which is the
  // verb's object ("pledged support").
  const right = npRight(tokens, c.j, hi);
  if (!right) return null;
  const first = tokens[right.i];
  return first.pos === 'PROPN' || first.pos === 'PRON' || first.pos === 'DET' || first.pos === 'NUM' || isName(tokens, right.i) || titledName(tokens, right) ? right : null;
}

const TITLE_POS = new Set(['ADJ', 'NOUN', 'PROPN']);

/** A name after words that describe its bearer: "former port executive Ana Lund". */
function titledName(tokens: Token[], np: SpeakerFind): boolean {
  for (let k = np.i; k < np.j; k++) if (!TITLE_POS.has(tokens[k].pos) && !isName(tokens, k)) return false;
  return isName(tokens, np.j - 1);
}
