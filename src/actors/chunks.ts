import { isAllCaps, isCap } from './alias-tokens.ts';
import type { Hit } from './dict-hits.ts';
import { LOC_WORDS, NAME_PARTICLES, NOT_NAMES, ORG_WORDS } from './lexicon.ts';
import type { Work } from './work.ts';

const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', ':', '—', '–', '-', '…']);
const HYPHEN_WORDS = new Set(['based', 'led', 'backed', 'born', 'owned', 'run', 'made', 'style', 'era', 'year', 'old', 'speaking', 'language', 'bound', 'wide', 'like', 'linked', 'funded', 'controlled', 'held', 'occupied', 'allied', 'aligned', 'sponsored', 'american', 'african', 'up', 'in', 'out', 'on', 'off', 'level', 'term', 'time', 'border', 'elect', 'general', 'designate']);
const ARABIC_ARTICLE = new Set(['al', 'el', 'ad', 'ash', 'as', 'ar', 'an', 'at', 'az', 'ul']);

/** Whether token i can be part of a name: capitalised, not a function word, a proper noun when it opens a sentence. */
export function isNameToken(w: Work, i: number, sentStart: number): boolean {
  const t = w.texts[i];
  if (!isCap(t)) return false;
  if (NOT_NAMES.has(w.norms[i]) && !isAllCaps(t)) return false;
  const first = i === sentStart || OPENERS.has(w.texts[i - 1]);
  if (first && w.tokens[i].pos !== 'PROPN' && !isAllCaps(t)) return false;
  return true;
}

/** A run of name tokens [s, e) with the dictionary hits inside it. */
export interface Chunk {
  s: number;
  e: number;
  hits: Hit[];
}

const countryLike = (h: Hit | undefined) => !!h && (h.surface.entry.kind === 'country' || h.surface.use !== 'name' || h.surface.entry.type === 'LOC');

/**
 * Groups the sentence's name tokens into chunks. Connectors join only where names usually span them:
 * "of"/"for"/"and" after an organisation or place head word ("Ministry of Culture"), particles between
 * name words ("Lula da Silva"), and hyphens, except between two places ("Ankara-Moscow" stays two).
 */
export function chunks(w: Work, a: number, b: number, hits: Hit[]): Chunk[] {
  const hitAt = new Map<number, Hit>();
  const hitEnd = new Map<number, Hit>();
  for (const h of hits) hitAt.set(h.s, h), hitEnd.set(h.e, h);
  const out: Chunk[] = [];
  const { texts, norms } = w;
  let i = a;
  const nameAt = (k: number) => k < b && (hitAt.has(k) || isNameToken(w, k, a) || arabic(k));
  const orgAhead = (k: number) => {
    for (; k < b && nameAt(k); k++) if (ORG_WORDS.has(norms[k])) return true;
    return false;
  };
  const arabic = (k: number) => k + 2 < b && ARABIC_ARTICLE.has(norms[k]) && texts[k + 1] === '-' && isCap(texts[k + 2]);
  while (i < b) {
    if (!nameAt(i)) {
      i++;
      continue;
    }
    const s = i;
    let hasHead = false;
    let hasOrg = false;
    for (;;) {
      const h = hitAt.get(i);
      const next = h ? h.e : arabic(i) ? i + 3 : i + 1;
      for (let k = i; k < next; k++) {
        if (ORG_WORDS.has(norms[k])) (hasHead = true), (hasOrg = true);
        else if (LOC_WORDS.has(norms[k])) hasHead = true;
      }
      i = next;
      if (i >= b) break;
      const c = norms[i];
      if (nameAt(i)) {
        // An acronym after a longer name is its abbreviation, a name of its own: "... Missing Migrants CIPIMD".
        if (i - s >= 2 && isAllCaps(texts[i]) && !isAllCaps(texts[i - 1]) && !hitAt.has(i)) break;
        // Two dictionary names side by side stay apart ("Russia Belarus" is rare; "Afghanistan Taliban" is two).
        if (hitEnd.has(i) && hitAt.has(i) && countryLike(hitEnd.get(i)) && !hasHead) break;
        continue;
      }
      const tight = c === '-' && i + 1 < b && w.tokens[i].start === w.tokens[i - 1].end && w.tokens[i + 1].start === w.tokens[i].end;
      if (tight && nameAt(i + 1)) {
        if (countryLike(hitEnd.get(i)) || countryLike(hitAt.get(i + 1))) break;
        i++;
        continue;
      }
      // A lower-case part after a hyphen inside a name: "Lee Lap-yip", "Twifo Atti-morkwa".
      if (tight && /^\p{Ll}+$/u.test(texts[i + 1]) && !HYPHEN_WORDS.has(norms[i + 1]) && w.tokens[i + 1].pos !== 'VERB' && w.tokens[i + 1].pos !== 'ADJ' && !hitEnd.has(i)) {
        i += 2;
        if (i < b && !nameAt(i)) break;
        continue;
      }
      if ((c === 'of' || c === 'for' || c === 'on') && hasHead && nameAt(i + 1)) {
        i++;
        continue;
      }
      if ((c === 'of' || c === 'for') && hasHead && norms[i + 1] === 'the' && nameAt(i + 2)) {
        i += 2;
        continue;
      }
      // "and" inside one organisation's name ("Savings and Credit Cooperative", "Ministry of Lands and
      // Natural Resources"), not between two ("... Agency and Islamic Development Bank").
      if ((c === 'and' || c === '&') && nameAt(i + 1) && !ORG_WORDS.has(norms[i - 1]) && (hasOrg || orgAhead(i + 1))) {
        i++;
        continue;
      }
      if (NAME_PARTICLES.has(c) && !isCap(texts[i]) && nameAt(i + 1) && !hitEnd.has(i)) {
        i++;
        continue;
      }
      break;
    }
    out.push({ s, e: i, hits: hits.filter((h) => h.s >= s && h.e <= i) });
  }
  return out;
}
