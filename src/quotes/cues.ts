import type { Token } from '../doc/types.ts';
import type { Lexicon } from './lexicon.ts';

export type CueKind = 'speech' | 'near' | 'according' | 'passive' | 'describe';

/** A cue: tokens [i, j) that introduce speech. */
export interface Cue {
  i: number;
  j: number;
  lemma: string;
  kind: CueKind;
}

const POSSESSIVE = new Set(["'s", '’s', 's']);

/**
 * The cue that starts at token i, if any. A verb form counts when wink tags it as a verb, or as a
 * noun that no determiner or preposition introduces ("Morris says" is often tagged NOUN).
 */
export function cueAt(tokens: Token[], i: number, lo: number, hi: number, lex: Lexicon): Cue | null {
  const t = tokens[i];
  // Markup left in the text (<tweet id="…">) and compounds ("so-called", "well-said").
  if (i > lo && (tokens[i - 1].norm === '<' || tokens[i - 1].norm === '</' || (tokens[i - 1].norm === '-' && tokens[i - 1].end === t.start))) return null;
  // A capitalised word inside a sentence is a name ("the Union State"), not a verb.
  if (i > lo && t.pos === 'PROPN' && tokens[i - 1].pos !== 'PUNCT') return null;
  const n = t.norm;
  const w = n.includes('’') ? n.replace(/’/g, "'") : n;
  // Most tokens start no phrase and are no verb of saying: one set lookup turns them away.
  if (!lex.heads.has(w)) return null;
  for (const p of lex.phrases) {
    if (w !== p.words[0] || i + p.words.length > hi) continue;
    let ok = true;
    for (let k = 1; k < p.words.length && ok; k++) ok = tokens[i + k].norm === p.words[k];
    if (ok) return { i, j: i + p.words.length, lemma: p.words.join(' '), kind: p.kind };
  }
  // After a possessive, a participle is an adjective: "Trump's proposed wall" (not "he's said").
  if (i - 1 > lo && POSSESSIVE.has(tokens[i - 1].norm) && tokens[i - 2].pos !== 'PRON') return null;
  let lemma = lex.speech.get(w);
  let kind: CueKind = 'speech';
  if (!lemma) {
    lemma = lex.nearQuote.get(w);
    kind = 'near';
  }
  if (!lemma) return null;
  if (t.pos !== 'VERB' && t.pos !== 'AUX') {
    // wink tags some verb forms as nouns ("Morris says"): only an inflected form right after a
    // name or pronoun counts; a bare form ("the swing state") is the noun.
    const prev = i > lo ? tokens[i - 1] : null;
    if (!prev || !(prev.pos === 'PROPN' || prev.pos === 'PRON' || prev.pos === 'NOUN' || prev.pos === 'ADV' || (prev.pos === 'NUM' && w === lemma))) return null;
    if (POSSESSIVE.has(prev.norm)) return null;
    // "battleground states", "news reports": an -s form after a noun is the plural noun.
    if (w !== lemma && prev.pos === 'NOUN' && w.endsWith('s')) return null;
    if (w === lemma) {
      // A bare form tagged as a noun is a verb only between a plural subject and a clause ("4 in 10 say they …").
      const next = i + 1 < hi ? tokens[i + 1] : null;
      const plural = prev.pos === 'PRON' || prev.pos === 'NUM' || (prev.pos === 'NOUN' && prev.norm.endsWith('s'));
      if (!plural || !next || !(next.pos === 'PRON' || next.pos === 'DET' || next.pos === 'PROPN' || next.pos === 'SCONJ' || next.norm === 'that')) return null;
    }
  }
  let j = i + 1;
  const particle = lex.particles.get(lemma);
  if (particle) {
    if (j < hi && tokens[j].norm === particle) j++;
    else return null;
  }
  if (lex.describe.has(lemma)) kind = kind === 'near' ? 'near' : 'describe';
  return { i, j, lemma, kind };
}

/** Every cue among tokens [lo, hi) that lie outside quotations (inQuote[k] < 0). */
export function findCues(tokens: Token[], lo: number, hi: number, lex: Lexicon, inQuote: Int32Array, base: number): Cue[] {
  const out: Cue[] = [];
  for (let k = lo; k < hi; k++) {
    if (inQuote[k - base] >= 0) continue;
    const c = cueAt(tokens, k, lo, hi, lex);
    if (c) {
      out.push(c);
      k = c.j - 1;
    }
  }
  return out;
}
