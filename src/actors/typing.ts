import nlp from 'compromise';
import { isAllCaps } from './alias-tokens.ts';
import { LOC_PREFIX, LOC_WORDS, LOCATIVE, ORG_WORDS, SPEECH } from './lexicon.ts';
import type { Work } from './work.ts';
import type { EntityType } from '../doc/types.ts';

// compromise's lexicon: about 3,000 first names with their gender. Looked up directly (no parsing),
// so typing a candidate costs a Map lookup.
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const NONE = { first: false, gender: null } as const;
const MALE = { first: true, gender: 'm' } as const;
const FEMALE = { first: true, gender: 'f' } as const;
const UNSEXED = { first: true, gender: null } as const;

/** Whether compromise knows a word as a first name, and its gender. */
export function firstName(word: string): { first: boolean; gender: 'm' | 'f' | null } {
  const tag = LEXICON[word.toLowerCase()];
  if (!tag) return NONE;
  const tags = Array.isArray(tag) ? tag.join(',') : tag;
  return tags.includes('MaleName') ? MALE : tags.includes('FemaleName') ? FEMALE : tags.includes('FirstName') ? UNSEXED : NONE;
}

/** Whether a word of [s, e) is an English word compromise knows as something other than a name ("Project", "Daily"). */
function hasCommonWord(w: Work, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const tag = LEXICON[w.norms[k]];
    if (!tag) continue;
    const tags = Array.isArray(tag) ? tag.join(',') : tag;
    if (!/Name|Person|Place|Country|City|Region|Organization/.test(tags)) return true;
  }
  return false;
}

export interface Typed {
  type: EntityType;
  gender: 'm' | 'f' | null;
  why: string;
}

/**
 * Types a capitalised name in no dictionary, from its own words and its context: head words
 * ("Province", "Ministry"), acronyms, first names, names already seen in the article, verbs of saying
 * and locative prepositions. Null when nothing speaks for a type: a guess costs more than a miss.
 */
export function typeCandidate(w: Work, s: number, e: number, sentStart: number, known: Map<string, 'm' | 'f' | null>): Typed | null {
  const last = w.norms[e - 1];
  const n = e - s;
  if (ORG_WORDS.has(last) && n > 1) return { type: 'ORG', gender: null, why: 'head' };
  if (LOC_WORDS.has(last) && n > 1) return { type: 'LOC', gender: null, why: 'head' };
  if (LOC_PREFIX.has(w.norms[s]) && n > 1) return { type: 'LOC', gender: null, why: 'prefix' };
  if (n === 1 && isAllCaps(w.texts[s]) && w.texts[s].length <= 7) return { type: 'ORG', gender: null, why: 'acronym' };
  for (let k = s; k < e; k++) {
    if (known.has(w.norms[k])) return { type: 'PERSON', gender: known.get(w.norms[k]) ?? null, why: 'seen' };
  }
  const fn = firstName(w.texts[s]);
  if (fn.first && n > 1) return { type: 'PERSON', gender: fn.gender, why: 'first-name' };
  const next = w.norms[e];
  const prev = s > sentStart ? w.norms[s - 1] : '';
  if ((SPEECH.has(next) && (n > 1 || s > sentStart)) || (SPEECH.has(prev) && s - 1 > sentStart)) return { type: 'PERSON', gender: fn.gender, why: 'speech' };
  if (prev && LOCATIVE.has(prev) && prev !== 'to' && n <= 2) return { type: 'LOC', gender: null, why: 'locative' };
  if (n >= 2 && n <= 3 && !hasCommonWord(w, s, e)) return { type: 'PERSON', gender: fn.gender, why: 'shape' };
  return null;
}
