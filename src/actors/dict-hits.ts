import { isCap } from './alias-tokens.ts';
import type { Surface } from './types.ts';
import type { Work } from './work.ts';

/** A dictionary match over tokens [s, e). */
export interface Hit {
  s: number;
  e: number;
  surface: Surface;
}

const DATE_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
/** A form of date words and numbers only ("21 June", a derived group's name) is a date, never an actor ("May" alone is a name). */
const isDate = (norms: string[], s: number, e: number): boolean => {
  let word = false;
  for (let k = s; k < e; k++) {
    if (DATE_WORDS.has(norms[k])) word = true;
    else if (!/^\d{1,4}(?:st|nd|rd|th)?$/.test(norms[k])) return false;
  }
  return word;
};
const CURRENCY = new Set(['dollar', 'dollars', '$', 'cents', 'pound', 'pounds', 'euro', 'euros']);
const USE_ORDER = { name: 0, seat: 1, capital: 2, demonym: 3, combining: 4 } as const;

/** Picks among the surfaces of one form: the best-ranked dictionary, then names before other uses. */
function pick(surfaces: Surface[]): Surface {
  let best = surfaces[0];
  for (const s of surfaces) if (s.rank < best.rank || (s.rank === best.rank && USE_ORDER[s.use] < USE_ORDER[best.use])) best = s;
  return best;
}

/**
 * Longest dictionary matches in tokens [a, b), left to right. A derived (Phoenix) single-word form must
 * be tagged a proper noun, so a capitalised common word opening a sentence is not taken for a place.
 */
export function dictionaryHits(w: Work, a: number, b: number): Hit[] {
  const hits: Hit[] = [];
  const { texts, norms, tokens } = w;
  for (let i = a; i < b; ) {
    const t = texts[i];
    const c = t.charCodeAt(0);
    // Forms start with a letter or digit; most start capitalised ("al-Qaeda" does not).
    if (!(isCap(t) || (c >= 48 && c <= 57) || w.dict.names.lowerStarts.has(norms[i]))) {
      i++;
      continue;
    }
    const m = w.dict.names.longest(norms, texts, i, b);
    if (!m) {
      i++;
      continue;
    }
    const surface = pick(m.surfaces);
    const single = m.end - i === 1;
    if (single && surface.rank >= 2 && tokens[i].pos !== 'PROPN') {
      i++;
      continue;
    }
    if (!isCap(texts[i]) && !m.surfaces.some((s) => s.tokens.some((x) => isCap(x)))) {
      i++;
      continue;
    }
    // "US dollars", "U.S.$2": a currency, not the country.
    if (surface.entry.kind === 'country' && CURRENCY.has(norms[m.end] ?? '')) {
      i = m.end;
      continue;
    }
    if (isDate(norms, i, m.end)) {
      i = m.end;
      continue;
    }
    hits.push({ s: i, e: m.end, surface });
    i = m.end;
  }
  return hits;
}
