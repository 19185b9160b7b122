import type { Span, Token } from '../doc/types.ts';

// Finds who speaks around a cue: the subject on its left (with apposition and relative clauses
// skipped), or, in inverted order ("said Putin"), the noun phrase on its right.

const SKIP_BEFORE_CUE = new Set(['ADV', 'AUX', 'PART']);
const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PRON', 'PART', 'X']);
const PRONOUN_SPEAKERS = new Set(['he', 'she', 'they', 'i', 'we', 'who', 'it', 'you']);
const NP_INNER = new Set(['of', 'for', '-', '.', '&', "'s", '’s', 'and', 'de', 'al', 'van', 'von']);
const APPOSITION_OPEN = new Set(['a', 'an', 'the', 'another', 'one', 'both', 'himself', 'herself', 'each', 'this', 'these', 'who', 'whose', 'which', 'his', 'her', 'their', 'its', 'also', 'now', 'then', 'former']);
const NOT_SUBJECT = new Set(['that', 'this', 'there', 'what', 'which', 'it', 'one', 'all', 'some', 'week', 'month', 'year', 'day', 'night', 'morning', 'afternoon', 'evening', 'time', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const MAX_NP = 12;

export interface SpeakerFind {
  span: Span;
  /** Token range of the speaker phrase. */
  i: number;
  j: number;
}

const isWordish = (t: Token) => NP_POS.has(t.pos) || NP_INNER.has(t.norm);

// The doc text of each token list, so a rule can see capitals (wink tags "Cook said" as VERB VERB).
const texts = new WeakMap<Token[], string>();
export const useText = (tokens: Token[], text: string) => void texts.set(tokens, text);
const CLOSED = new Set(['PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'PUNCT', 'SYM']);
// Capitalised at a sentence start, but never a name.
const NOT_NAMES = new Set(`when why how what where who which have has had then now still also yet here there so but and if
while after before as because since although though meanwhile however instead last next only just even more less
asked told said says speaking earlier later today yesterday tonight again indeed perhaps maybe thus hence already
once finally first second third overall in on at for with by from`.split(/\s+/));
/** A capitalised open-class word: a name whatever its tag. */
export function isName(tokens: Token[], k: number): boolean {
  const text = texts.get(tokens);
  const t = tokens[k];
  return !!text && !CLOSED.has(t.pos) && /[A-Z]/.test(text[t.start]) && !NOT_NAMES.has(t.norm);
}

/** Extends left from token k (inclusive) over a noun phrase, no further than lo. Returns its first token. */
export function npLeft(tokens: Token[], k: number, lo: number): number {
  let a = k;
  while (a - 1 >= lo && k - a < MAX_NP) {
    const t = tokens[a - 1];
    if (t.pos === 'PRON' && t.norm !== 'his' && t.norm !== 'her' && t.norm !== 'their' && t.norm !== 'its') break;
    if (!isWordish(t) && !isName(tokens, a - 1)) break;
    if (t.norm === 'and' && tokens[a].pos !== 'PROPN') break;
    a--;
  }
  while (a < k && (NP_INNER.has(tokens[a].norm) && tokens[a].norm !== '.')) a++;
  return a;
}

/**
 * The subject of a cue at token `cue`, searching left no further than `lo`: skips adverbs and
 * auxiliaries ("has also said"), then an apposition or relative clause between commas ("Flynn, a top
 * Trump surrogate, said"), and returns the noun phrase.
 */
export function subjectLeft(tokens: Token[], cue: number, lo: number): SpeakerFind | null {
  let k = cue - 1;
  const contracted = (i: number) => (tokens[i].norm === "'s" || tokens[i].norm === '’s') && i > lo && tokens[i - 1].pos === 'PRON';
  while (k >= lo && ((SKIP_BEFORE_CUE.has(tokens[k].pos) && tokens[k].norm !== "'s" && tokens[k].norm !== '’s' && !isName(tokens, k)) || contracted(k))) k--;
  if (k < lo) return null;
  k = skipTimePhrase(tokens, k, lo);
  if (k < lo) return null;
  if (tokens[k].norm === ',' && k - 1 >= lo && tokens[k - 1].norm === ')') k--;
  if (tokens[k].norm === ')') {
    // A parenthesis after the name: "Rep. Ann Lee (D-Ore.) said".
    let c = k - 1;
    while (c >= lo && tokens[c].norm !== '(' && k - c < 10) c--;
    if (c > lo && tokens[c].norm === '(') k = c - 1;
  }
  if (tokens[k].norm === ',') {
    // Apposition or aside between commas: ", a top Trump surrogate,", ", in her dissent,".
    let c = k - 1;
    while (c >= lo && tokens[c].norm !== ',' && k - c < 30) c--;
    if (c < lo || tokens[c].norm !== ',' || c + 1 >= k) return null;
    const first = tokens[c + 1];
    if (!APPOSITION_OPEN.has(first.norm) && !['NOUN', 'PROPN', 'ADJ', 'ADP', 'NUM', 'ADV', 'DET'].includes(first.pos)) return null;
    k = c - 1;
    if (k < lo) return null;
  }
  const t = tokens[k];
  // "those surveyed say", "those polled said".
  if (t.pos === 'VERB' && t.norm.endsWith('ed') && k > lo && tokens[k - 1].norm === 'those') {
    return { span: { start: tokens[k - 1].start, end: t.end }, i: k - 1, j: k + 1 };
  }
  // "most of them said", "some of us say".
  if ((t.norm === 'them' || t.norm === 'us') && k - 2 >= lo && tokens[k - 1].norm === 'of') {
    return { span: { start: tokens[k - 2].start, end: t.end }, i: k - 2, j: k + 1 };
  }
  if (t.pos === 'PRON') {
    if (!PRONOUN_SPEAKERS.has(t.norm)) return null;
    return { span: { start: t.start, end: t.end }, i: k, j: k + 1 };
  }
  // wink tags some nouns as adjectives ("a top surrogate"): an adjective heads a phrase of two words or more.
  const headish = t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'NUM' || t.pos === 'X' || isName(tokens, k) || (t.pos === 'ADJ' && k > lo && tokens[k - 1].pos !== 'PUNCT');
  if (!headish || NOT_SUBJECT.has(t.norm)) return null;
  const a = npLeft(tokens, k, lo);
  if (t.pos === 'ADJ' && a === k) return null;
  return { span: { start: tokens[a].start, end: t.end }, i: a, j: k + 1 };
}

const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'today', 'yesterday', 'earlier', 'later']);
const TIME_OPEN = new Set(['on', 'in', 'at', 'last', 'this', 'next', 'earlier', 'late', 'early', 'over', 'during']);

/**
 * Skips a time phrase between a subject and its verb ("Putin on Thursday said", "the minister last
 * week told"): returns the token before it, or k unchanged when there is none.
 */
function skipTimePhrase(tokens: Token[], k: number, lo: number): number {
  if (!TIME_WORDS.has(tokens[k].norm)) return k;
  let a = k;
  while (a - 1 >= lo && k - a < 4 && (TIME_OPEN.has(tokens[a - 1].norm) || TIME_WORDS.has(tokens[a - 1].norm))) a--;
  return a < k && a - 1 >= lo && tokens[a - 1].pos !== 'PUNCT' ? a - 1 : k;
}

/** A noun phrase starting at token k (inverted order "said Putin", or the addressee of "told"). */
export function npRight(tokens: Token[], k: number, hi: number): SpeakerFind | null {
  if (k >= hi) return null;
  const t0 = tokens[k];
  if (t0.pos === 'PRON') {
    if (!PRONOUN_SPEAKERS.has(t0.norm) && !['him', 'her', 'them', 'us', 'me'].includes(t0.norm)) return null;
    return { span: { start: t0.start, end: t0.end }, i: k, j: k + 1 };
  }
  if (!(t0.pos === 'PROPN' || t0.pos === 'NOUN' || t0.pos === 'DET' || t0.pos === 'ADJ' || t0.pos === 'NUM')) return null;
  if (t0.norm === 'that' || t0.norm === 'this' || t0.norm === 'what') return null;
  let b = k;
  let sawNoun = false;
  while (b < hi && b - k < MAX_NP) {
    const t = tokens[b];
    if (t.pos === 'PRON' && !['his', 'her', 'their', 'its'].includes(t.norm)) break;
    if (!isWordish(t)) break;
    if (t.norm === 'of' || t.norm === 'for' || t.norm === 'and') {
      if (!sawNoun || b + 1 >= hi || !(tokens[b + 1].pos === 'PROPN' || tokens[b + 1].pos === 'NOUN' || tokens[b + 1].pos === 'DET')) break;
    }
    // wink tags some nouns as adjectives ("the average of recent polls").
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NUM' || isName(tokens, b)) sawNoun = true;
    b++;
  }
  while (b > k && NP_INNER.has(tokens[b - 1].norm)) b--;
  if (!sawNoun) return null;
  return { span: { start: tokens[k].start, end: tokens[b - 1].end }, i: k, j: b };
}
