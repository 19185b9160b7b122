// Is an article a sports report? Then "beat", "defeat", "attack" and "rally" name plays and results,
// not violence or protest. Its words come from WordNet (data/verbs/sport-words.txt): an article with
// several different of them, often enough for its length, is one.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Dep, Token } from '../doc/types.ts';

export interface SportWords {
  nouns: ReadonlySet<string>;
  verbs: ReadonlySet<string>;
}

/** At least this many different sport words, and one in every WORDS_PER_HIT tokens. */
export const MIN_DISTINCT = 3;
export const WORDS_PER_HIT = 250;

export function parseSportWords(text: string): SportWords {
  const nouns = new Set<string>();
  const verbs = new Set<string>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [w, pos] = line.split(' ');
    (pos === 'v' ? verbs : nouns).add(w);
  }
  return { nouns, verbs };
}

export function loadSportWords(path = fileURLToPath(new URL('../../data/verbs/sport-words.txt', import.meta.url))): SportWords {
  return parseSportWords(readFileSync(path, 'utf8'));
}

/** A sports report: enough different sport words (by lemma, each as its own part of speech). */
export function isSportsReport(tokens: readonly Token[], deps: readonly Dep[] | null, words: SportWords): boolean {
  const seen = new Set<string>();
  let hits = 0;
  for (let k = 0; k < tokens.length; k++) {
    const pos = deps?.[k]?.upos ?? tokens[k].pos;
    if (pos !== 'NOUN' && pos !== 'VERB') continue;
    const l = tokens[k].lemma.toLowerCase();
    const hit = pos === 'NOUN' ? words.nouns.has(l) || words.nouns.has(tokens[k].norm) : pos === 'VERB' ? words.verbs.has(l) : false;
    if (!hit) continue;
    hits++;
    seen.add(l);
  }
  return seen.size >= MIN_DISTINCT && hits * WORDS_PER_HIT >= tokens.length;
}
