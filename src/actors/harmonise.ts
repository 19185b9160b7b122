import type { EntityType } from '../doc/types.ts';
import { spanText, type Draft, type Work } from './work.ts';

const SCORED = new Set<EntityType>(['PERSON', 'ORG', 'LOC']);

/**
 * One name, one type within an article, for the tagger's names (its types are steadier than the
 * rules' guesses, so this runs only with the tagger): names in no dictionary typed differently in
 * different places take the type most of their occurrences have (the first on a tie), and a one-word name that is a word of a person's full name ("Randall" after "Douglas Randall") is
 * that person.
 */
export function harmonise(w: Work, drafts: Draft[]): void {
  const byText = new Map<string, Draft[]>();
  const personWords = new Set<string>();
  for (const d of drafts) {
    if (d.type === 'PERSON' && d.e - d.s > 1) for (let k = d.s; k < d.e; k++) if (w.texts[k].length > 2) personWords.add(w.texts[k]);
    if (d.entry || !SCORED.has(d.type)) continue;
    const key = spanText(w, d.s, d.e);
    const list = byText.get(key);
    if (list) list.push(d);
    else byText.set(key, [d]);
  }
  for (const [text, list] of byText) {
    const count = new Map<EntityType, number>();
    for (const d of list) count.set(d.type, (count.get(d.type) ?? 0) + 1);
    let best = list[0].type;
    for (const [t, n] of count) if (n > (count.get(best) ?? 0)) best = t;
    if (!text.includes(' ') && personWords.has(text)) best = 'PERSON';
    for (const d of list) {
      if (d.type === best) continue;
      d.type = best;
      if (best !== 'PERSON') d.actor = null;
    }
  }
}
