// How far a predicate is a fact: asserted, negated, intended (future), conditional, wished, or history.
// Cues are read from the parse: the predicate's own auxiliaries, negation, subordinator and time phrases,
// then the predicate it hangs on ("wants to", "plans to", "failed to", "demanded that"), climbing xcomp
// chains, coordination and purpose clauses.
import type { Dep, Token } from '../../doc/types.ts';
import { baseRel, caseOf, childrenOf, marksOf, subtree } from '../../syntax/tree.ts';
import {
  CONDITION_MARKS, CONDITIONAL_AUX, SUPPORT_VERBS, WH_WORDS, FUTURE_AUX, INTEND_NOUNS, INTEND_VERBS, LONG_AGO_UNITS, NEGATING_NOUNS, NEGATING_VERBS,
  NEGATION_WORDS, PURPOSE_MARKS, REPORT_VERBS, WISH_NOUNS, WISH_VERBS, WISHED_AUX,
} from './words.ts';

export type Mode = 'asserted' | 'negated' | 'future' | 'conditional' | 'wished' | 'history' | 'question';

export interface ModeResult {
  /**
   * The mode. 'negated' only when nothing else holds; a negated future ("will not attack") is 'future'
   * with `negated` true, so the flag is the one to read for polarity.
   */
  mode: Mode;
  negated: boolean;
  /** The token that set the mode (an auxiliary, a subordinator, the governing verb or noun, a year), or null. */
  cue: number | null;
  /** The negation word or negating verb ("not", "failed"), or null. */
  negationCue: number | null;
  /** Relations climbed from the predicate to the word the cue hangs on: "" for its own, "xcomp^", "conj^>xcomp^". */
  path: string;
}

export interface ModeOptions {
  /** The article's year: a year before it in a time phrase of the predicate makes it history. */
  articleYear?: number;
}

/** Stronger modes win when cues meet ("if they will attack" is conditional). */
const RANK: Record<Mode, number> = { asserted: 0, negated: 0, history: 1, question: 2, future: 2, wished: 3, conditional: 4 };
const TIME_RELS = new Set(['obl', 'obl:tmod', 'obl:npmod', 'nmod:tmod', 'advmod', 'nmod']);
const MAX_DEPTH = 8;
/** Relations by which a noun is a verb's argument. */
const NOUN_ARGS = new Set(['obj', 'obl', 'nsubj', 'nsubj:pass', 'iobj']);

interface Found {
  mode: Mode;
  cue: number | null;
  path: string;
}

const lemma = (tokens: readonly Token[], i: number) => tokens[i].lemma.toLowerCase();

function stronger(a: Found, b: Found): Found {
  return RANK[b.mode] > RANK[a.mode] ? b : a;
}

/** A year before the article's, or "N years ago", in a time phrase of `i`. */
function historyCue(tokens: readonly Token[], deps: readonly Dep[], i: number, articleYear: number | undefined): number | null {
  for (const c of childrenOf(deps, i)) {
    if (!TIME_RELS.has(deps[c].rel)) continue;
    const prep = caseOf(tokens, deps, c);
    if (prep === 'since' || prep === 'until' || prep === 'by') continue; // a span reaching the present or a deadline
    const words = subtree(deps, c);
    const ago = words.find((k) => tokens[k].norm === 'ago');
    if (ago !== undefined && words.some((k) => LONG_AGO_UNITS.has(tokens[k].norm))) return ago;
    if (articleYear === undefined) continue;
    for (const k of words) {
      const m = /^(\d{4})s?$/.exec(tokens[k].norm);
      if (m && tokens[k].pos === 'NUM' && Number(m[1]) >= 1000 && Number(m[1]) < articleYear) return k;
    }
  }
  return null;
}

/** An imperative: a bare verb heading its clause with no subject and nothing before it but "please", "do not". */
function isImperative(tokens: readonly Token[], deps: readonly Dep[], i: number): boolean {
  const rel = deps[i].rel;
  if (rel !== 'root' && rel !== 'parataxis' && rel !== 'ccomp') return false;
  if (tokens[i].pos !== 'VERB' || tokens[i].norm !== lemma(tokens, i)) return false;
  for (const c of childrenOf(deps, i)) {
    const r = baseRel(deps[c].rel);
    if (r === 'nsubj' || r === 'csubj' || r === 'expl' || r === 'mark') return false;
    if (r === 'aux' && lemma(tokens, c) !== 'do') return false;
    if (c < i && !(r === 'aux' || r === 'advmod' || r === 'discourse' || r === 'punct' || r === 'intj')) return false;
  }
  return true;
}

/**
 * A yes/no question asks whether the act happened and asserts nothing: "Did Russia attack Ukraine?". Its
 * clause (the root, or a conjunct of it) ends in "?" and its auxiliary comes before its subject, with no
 * question word before that auxiliary ("Why did China expel them?" takes the expulsion as given). Returns
 * the inverted auxiliary, or null.
 */
function polarQuestion(tokens: readonly Token[], deps: readonly Dep[], i: number): number | null {
  let root = i;
  for (let d = 0; deps[root].rel === 'conj' && deps[root].head >= 0 && d < MAX_DEPTH; d++) root = deps[root].head;
  if (deps[root].rel !== 'root') return null;
  if (!childrenOf(deps, root).some((c) => tokens[c].norm === '?')) return null;
  const kids = childrenOf(deps, i);
  const subject = kids.find((c) => baseRel(deps[c].rel) === 'nsubj' || baseRel(deps[c].rel) === 'expl');
  const aux = kids.find((c) => (baseRel(deps[c].rel) === 'aux' || deps[c].rel === 'cop') && lemma(tokens, c) !== 'to');
  if (subject === undefined || aux === undefined || aux > subject) return null;
  // a question word anywhere before the auxiliary, in the question's own words
  for (let k = aux - 1; k >= 0 && k >= aux - 12; k--) {
    if (WH_WORDS.has(tokens[k].norm)) return null;
    if (tokens[k].norm === '.' || tokens[k].norm === '!' || tokens[k].norm === '?' || tokens[k].norm === '"' || tokens[k].norm === '“') break;
  }
  return aux;
}

/** The mode cues on `i` itself. */
function local(tokens: readonly Token[], deps: readonly Dep[], i: number, underReport: boolean, opts: ModeOptions): { found: Found; neg: number | null } {
  let found: Found = { mode: 'asserted', cue: null, path: '' };
  let neg: number | null = null;
  for (const c of childrenOf(deps, i)) {
    const rel = deps[c].rel;
    const base = baseRel(rel);
    const norm = tokens[c].norm;
    if ((base === 'advmod' || base === 'neg' || (base === 'det' && tokens[i].pos === 'NOUN')) && NEGATION_WORDS.has(norm)) neg ??= c;
    else if (base === 'aux') {
      const l = lemma(tokens, c);
      if (FUTURE_AUX.has(l) || FUTURE_AUX.has(norm)) found = stronger(found, { mode: 'future', cue: c, path: '' });
      // "said Moscow would widen trade": a reported future, not a condition.
      else if ((l === 'would' || norm === 'would') && underReport) found = stronger(found, { mode: 'future', cue: c, path: '' });
      else if (CONDITIONAL_AUX.has(l) || CONDITIONAL_AUX.has(norm)) found = stronger(found, { mode: 'conditional', cue: c, path: '' });
      else if (WISHED_AUX.has(l) || WISHED_AUX.has(norm)) found = stronger(found, { mode: 'wished', cue: c, path: '' });
    } else if (rel === 'advcl' && marksOf(tokens, deps, c).some((m) => CONDITION_MARKS.has(m))) {
      found = stronger(found, { mode: 'conditional', cue: c, path: '' }); // the main clause of "if ..., X will ..."
    }
  }
  const markTokens = childrenOf(deps, i).filter((c) => deps[c].rel === 'mark');
  const condition = marksOf(tokens, deps, i).findIndex((m) => CONDITION_MARKS.has(m));
  if (condition >= 0) found = stronger(found, { mode: 'conditional', cue: markTokens[condition], path: '' });
  if (found.mode === 'asserted' && isImperative(tokens, deps, i)) found = { mode: 'wished', cue: i, path: '' };
  const q = polarQuestion(tokens, deps, i);
  if (q !== null) found = stronger(found, { mode: 'question', cue: q, path: '' });
  if (found.mode === 'asserted') {
    const h = historyCue(tokens, deps, i, opts.articleYear);
    if (h !== null) found = { mode: 'history', cue: h, path: '' };
  }
  return { found, neg };
}

/** The mode a governing word gives its complement: an intention, a wish, a negation, or nothing. */
function governed(tokens: readonly Token[], deps: readonly Dep[], head: number, rel: string, child: number): { mode: Mode | null; negates: boolean } {
  const l = lemma(tokens, head);
  const noun = tokens[head].pos === 'NOUN';
  if (rel === 'xcomp' || rel === 'obj' || rel === 'ccomp' || (rel === 'acl' && noun) || (rel === 'obl' && !noun) || (rel === 'advcl' && NEGATING_VERBS.has(l))) {
    if (rel === 'xcomp' && l === 'go' && tokens[head].norm === 'going') return { mode: 'future', negates: false };
    if (rel === 'obl' && !(WISH_VERBS.has(l) && caseOf(tokens, deps, child) === 'for') && !(NEGATING_VERBS.has(l) && caseOf(tokens, deps, child) === 'from')) return { mode: null, negates: false };
    if (rel === 'ccomp' && REPORT_VERBS.has(l)) return { mode: null, negates: false }; // "told reporters that ..." is a report
    if (rel === 'advcl' && !marksOf(tokens, deps, child).includes('from')) return { mode: null, negates: false }; // "refrained from attacking"
    if (noun ? INTEND_NOUNS.has(l) : INTEND_VERBS.has(l)) return { mode: 'future', negates: false };
    if (noun ? WISH_NOUNS.has(l) : WISH_VERBS.has(l)) return { mode: 'wished', negates: false };
    if (noun ? NEGATING_NOUNS.has(l) : NEGATING_VERBS.has(l)) return { mode: null, negates: true };
  }
  return { mode: null, negates: false };
}

interface Inner {
  found: Found;
  negated: boolean;
  negationCue: number | null;
}

function modeAt(tokens: readonly Token[], deps: readonly Dep[], i: number, opts: ModeOptions, depth: number): Inner {
  const rel = deps[i].rel;
  const head = deps[i].head;
  const underReport = rel === 'ccomp' && head >= 0 && REPORT_VERBS.has(lemma(tokens, head));
  const own = local(tokens, deps, i, underReport, opts);
  let found = own.found;
  let negated = own.neg !== null;
  let negationCue = own.neg;
  if (head < 0 || depth >= MAX_DEPTH) return { found, negated, negationCue };
  const up = rel + '^';
  const prefix = (f: Found): Found => ({ ...f, path: f.path ? `${up}>${f.path}` : up });
  const g = governed(tokens, deps, head, rel, i);
  if (g.mode) found = stronger(found, { mode: g.mode, cue: head, path: up });
  if (g.negates) {
    negated = !negated;
    negationCue = negated ? head : null;
  }
  // Inherit the governor's own mode down xcomp chains and from the first of coordinated verbs that share
  // its subject and auxiliaries ("will attack and seize"); and down to an infinitive or eventive noun a
  // wish or intention governs ("did not want to send", "will demand a ceasefire").
  const ownSubjectOrAux = childrenOf(deps, i).some((c) => ['nsubj', 'aux', 'cop'].includes(baseRel(deps[c].rel)) && lemma(tokens, c) !== 'to');
  const inherits = rel === 'xcomp' || (rel === 'conj' && !ownSubjectOrAux) || ((rel === 'obj' || rel === 'ccomp' || rel === 'acl') && (g.mode !== null || g.negates));
  if (inherits) {
    const above = modeAt(tokens, deps, head, opts, depth + 1);
    if (above.found.mode !== 'history' || rel === 'conj') found = stronger(found, prefix(above.found));
    if (above.negated) {
      negated = !negated;
      negationCue = negated ? above.negationCue : negationCue;
    }
  }
  // an eventive noun that is an argument of a verb is as real as the verb's clause: "would allow the
  // withdrawal", "will hold talks", "launched an attack in 1999"; a support verb's negation negates it
  // too ("did not launch an attack"), another verb's does not ("did not confirm the attack")
  if (!inherits && tokens[i].pos === 'NOUN' && NOUN_ARGS.has(rel) && (tokens[head].pos === 'VERB' || tokens[head].pos === 'AUX')) {
    const above = modeAt(tokens, deps, head, opts, depth + 1);
    found = stronger(found, prefix(above.found));
    if (above.negated && SUPPORT_VERBS.has(lemma(tokens, head)) && !negated) {
      negated = true;
      negationCue = above.negationCue;
    }
  }
  if (rel === 'advcl' && marksOf(tokens, deps, i).some((m) => PURPOSE_MARKS.has(m))) {
    found = stronger(found, { mode: 'future', cue: childrenOf(deps, i).find((c) => deps[c].rel === 'mark') ?? i, path: '' });
  }
  return { found, negated, negationCue };
}

/** The factuality of predicate `i`, with the word that decided it. */
export function modeOf(tokens: readonly Token[], deps: readonly Dep[], i: number, opts: ModeOptions = {}): ModeResult {
  const { found, negated, negationCue } = modeAt(tokens, deps, i, opts, 0);
  const mode: Mode = found.mode === 'asserted' && negated ? 'negated' : found.mode;
  const cue = mode === 'negated' ? negationCue : found.cue;
  return { mode, negated, cue, negationCue, path: mode === 'negated' ? '' : found.path };
}
