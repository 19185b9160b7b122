import type { Draft, Work } from './work.ts';
import { spanText } from './work.ts';

/**
 * The country an article is about, from its own names: the state most of the mentions with a state
 * country hold (people, bodies, places, demonyms), when it has at least three of them and more than
 * half. Null when the article names no state that often or several about as often.
 */
export function articleCountry(w: Work, drafts: readonly Draft[]): string | null {
  const count = new Map<string, number>();
  let all = 0;
  for (const d of drafts) {
    const c = d.actor?.country;
    if (!c || !w.dict.countries.has(c)) continue;
    count.set(c, (count.get(c) ?? 0) + 1);
    all++;
  }
  let best: string | null = null;
  let n = 0;
  for (const [c, k] of count) if (k > n) (best = c), (n = k);
  return best && n >= 3 && n * 2 > all ? best : null;
}

/** The lower-case name of a draft without a leading article or a possessive ending: "the Senate's" -> "senate". */
function bareName(w: Work, d: Draft): string {
  let s = d.s;
  let e = d.e;
  if (w.norms[s] === 'the' && e - s > 1) s++;
  while (e - s > 1 && /^['’]s?$/.test(w.texts[e - 1])) e--;
  return spanText(w, s, e).toLowerCase().replace(/\s+/g, ' ');
}

/**
 * What the article's setting says about names the dictionaries leave without a country: a body named
 * by its kind ("the Senate", "the Supreme Court", "Police", from kinds.tsv) is that body of the country
 * the article is about, with its kind's sector, also when a derived file holds the name for another
 * country's body. Runs after the names are linked, before nominals and
 * pronouns, so those take the country too.
 */
export function applyArticleCountry(w: Work, drafts: Draft[]): void {
  const country = articleCountry(w, drafts);
  if (!country) return;
  for (const d of drafts) {
    // A person in no dictionary whom the text gives no country is taken to be of the article's: the
    // reading a reader makes of a spokesman or an expert quoted in a story set in one country. The
    // actor object is shared by the person's short names, so they follow.
    if (d.type === 'PERSON' && !d.entry && d.actor && !d.actor.id && !d.actor.country) {
      d.actor.country = country;
      if (d.how === 'pattern' || d.how === 'none') d.how = 'context';
      continue;
    }
    // A derived dictionary's entry for a kind's name is one country's body ("Senate" is the US Congress
    // in Phoenix): only in an article about that country, or one about none.
    const derived = d.entry !== null && (d.surface?.rank ?? 0) >= 2 && d.actor?.country !== country;
    if (d.type !== 'ORG' || (d.entry && !derived) || (!d.entry && d.actor?.country)) continue;
    if (!/^\p{Lu}/u.test(w.texts[d.s] === 'the' ? (w.texts[d.s + 1] ?? '') : w.texts[d.s])) continue;
    const sector = w.dict.kinds.get(bareName(w, d));
    if (!sector) continue;
    d.actor = { id: null, name: spanText(w, d.s, d.e), country, sector };
    d.entry = null;
    d.surface = null;
    d.how = 'context';
  }
}
