import type { AgentDef } from './types.ts';
import type { Hit } from './dict-hits.ts';
import { PERSON_TITLES } from './lexicon.ts';
import type { TitleInfo, Work } from './work.ts';

const FUNCTION_WORDS = new Set(['and', 'or', 'of', 'the', 'a', 'an', 'to', 'in', 'for', 'on', 'with', 'who', 'which', 'that', 'is', 'was', 'has', 'said', 'says']);

/** The longest agent definition whose words start at token i (within [i, limit)). */
export function agentAt(w: Work, i: number, limit: number): AgentDef | null {
  const list = w.dict.agents.get(w.norms[i]);
  if (!list) return null;
  for (const a of list) {
    if (i + a.tokens.length > limit) continue;
    let ok = true;
    for (let k = 1; k < a.tokens.length && ok; k++) ok = w.norms[i + k] === a.tokens[k];
    if (ok) return a;
  }
  return null;
}

/** The agent definition that ends just before token `end` (one to four words), if any. */
export function agentEndingAt(w: Work, end: number, start: number): { s: number; agent: AgentDef } | null {
  for (let len = 4; len >= 1; len--) {
    const s = end - len;
    if (s < start) continue;
    const a = agentAt(w, s, end);
    if (a && s + a.tokens.length === end) return { s, agent: a };
  }
  return null;
}

export const titleOf = (a: AgentDef, country: string | null): TitleInfo => ({
  word: a.term, sector: a.sector, country, head: a.head, role: a.role, gender: a.gender, person: (a.title || a.head) && !a.plural,
});

/**
 * A party word at token k, written with its capital ("Republican", "Democrat", not "republican
 * ideals"): the country of its party (null when none is known), or undefined when k is no party word.
 */
export function partyAt(w: Work, k: number): string | null | undefined {
  if (!/^\p{Lu}\p{Ll}+$/u.test(w.texts[k] ?? '')) return undefined;
  return w.dict.parties.get(w.norms[k]);
}

/** The title a party word gives a person: a party member (PTY) of the party's country. */
const partyTitle = (w: Work, k: number, country: string | null): TitleInfo => ({ word: w.norms[k], sector: 'PTY', country, head: false, role: null, gender: null, person: true });

/** The country a hit names when it is a country, a demonym or a capital, else null. */
export const countryOfHit = (h: Hit | undefined): string | null => (h && h.surface.entry.kind === 'country' ? h.surface.entry.id : null);

/**
 * Title words at the start of a name chunk: "Kenyan President", "Foreign Minister", "Mr", "Gen.".
 * Returns where the name proper starts, the title found and the demonym hits passed over.
 */
export function leadingTitle(w: Work, s: number, e: number, hitAt: Map<number, Hit>): { start: number; title: TitleInfo | null; demonyms: Hit[] } {
  let i = s;
  let title: TitleInfo | null = null;
  let country: string | null = null;
  const demonyms: Hit[] = [];
  while (i < e - 1) {
    const h = hitAt.get(i);
    if (h && h.surface.use === 'demonym' && h.e < e) {
      country = countryOfHit(h);
      demonyms.push(h);
      i = h.e;
      continue;
    }
    if (h && h.surface.use !== 'demonym') break;
    // A party word is a label, not a name: "Democrat Bernie Sanders", "Republican Senator X" (the
    // party's country goes to the title after it).
    const party = partyAt(w, i);
    if (party !== undefined) {
      country = country ?? party;
      title = title ?? partyTitle(w, i, country);
      i++;
      continue;
    }
    const a = agentAt(w, i, e - 1);
    if (a && a.title) {
      title = titleOf(a, country);
      i += a.tokens.length;
      continue;
    }
    if (PERSON_TITLES.has(w.norms[i])) {
      const g = PERSON_TITLES.get(w.norms[i]) ?? null;
      title = title ?? { word: w.norms[i], sector: null, country, head: false, role: null, gender: g, person: true };
      if (g && !title.gender) title = { ...title, gender: g };
      i++;
      if (w.texts[i] === '.') i++;
      continue;
    }
    break;
  }
  if (title && !title.country) title = { ...title, country };
  return { start: i, title, demonyms };
}

/**
 * A title written before a name outside its chunk: "Turkey's foreign minister Hakan Fidan", "the
 * Kenyan president William Ruto". `s` is the name's first token; `hitEnd` maps end tokens to hits.
 */
export function titleBefore(w: Work, s: number, sentStart: number, hitEnd: Map<number, Hit>): TitleInfo | null {
  const found = agentEndingAt(w, s, sentStart);
  if (!found || !found.agent.title || found.agent.plural) {
    // "Democrat Bernie Sanders" when the tagger's name leaves the party word out.
    const party = s > sentStart ? partyAt(w, s - 1) : undefined;
    return party === undefined ? modifiedTitle(w, s, sentStart, hitEnd) : partyTitle(w, s - 1, party);
  }
  return titleOf(found.agent, countryBefore(w, found.s, sentStart, hitEnd));
}

/** A country named just before token `at`: a demonym ("Turkish") or a possessive ("Turkey's"). */
export function countryBefore(w: Work, at: number, sentStart: number, hitEnd: Map<number, Hit>): string | null {
  let k = at;
  while (k > sentStart && ['senior', 'top', 'former', 'acting', 'interim', 'deputy', 'chief', 'new', 'then'].includes(w.norms[k - 1])) k--;
  const h = hitEnd.get(k);
  if (h) return countryOfHit(h) ?? h.surface.entry.roles[0]?.country ?? null;
  // "Republican senator X": the party's country.
  const party = k > sentStart ? partyAt(w, k - 1) : undefined;
  if (party) return party;
  if (k - 1 > sentStart && (w.norms[k - 1] === "'s" || w.norms[k - 1] === '’s')) {
    const p = hitEnd.get(k - 1);
    if (p) return countryOfHit(p) ?? p.surface.entry.roles[0]?.country ?? null;
  }
  return null;
}

/**
 * An appositive title after a name: "Hakan Fidan, Turkey's foreign minister", "William Ruto, the
 * Kenyan president". `e` is the token after the name.
 */
export function titleAfter(w: Work, e: number, sentEnd: number, hitAt: Map<number, Hit>): TitleInfo | null {
  const label = partyLabelAfter(w, e, sentEnd, hitAt);
  if (label) return label;
  if (w.texts[e] !== ',') return null;
  let k = e + 1;
  if (w.norms[k] === 'the' || w.norms[k] === 'a' || w.norms[k] === 'an') k++;
  while (k < sentEnd && ['senior', 'top', 'former', 'longtime', 'veteran'].includes(w.norms[k])) k++;
  let country: string | null = null;
  let party = false;
  const h = hitAt.get(k);
  if (h && h.surface.entry.kind === 'country') {
    country = h.surface.entry.id;
    k = h.e;
    if (w.norms[k] === "'s" || w.norms[k] === '’s') k++;
  } else if (partyAt(w, k) !== undefined) {
    // "Dana Weiss, a Republican strategist": the party's country.
    country = partyAt(w, k) ?? null;
    party = true;
    k++;
  }
  while (k < sentEnd && ['senior', 'top', 'former', 'acting', 'interim', 'deputy', 'chief', 'new'].includes(w.norms[k])) k++;
  let a = agentAt(w, k, sentEnd);
  // After a country's possessive, a lower-case word or two may say which office: "Iran's oil minister",
  // "Ghana's health and education minister" is left out (a conjunction is not a modifier).
  for (let skip = 1; !a && country && skip <= 2 && k + skip < sentEnd; skip++) {
    if (!/^\p{Ll}+$/u.test(w.texts[k + skip - 1]) || FUNCTION_WORDS.has(w.norms[k + skip - 1])) break;
    a = agentAt(w, k + skip, sentEnd);
  }
  if (a && a.title && !a.plural) return titleOf(a, country);
  if (!country || a?.plural) return null;
  // "Dana Weiss, a former Iraqi diplomat," "X, a Republican strategist": a country or a party, then one
  // to three lower-case nouns and adjectives ending the phrase, say whose the person is.
  let n = 0;
  while (n < 3 && k + n < sentEnd && modifierWord(w, k + n)) n++;
  const next = w.texts[k + n] ?? '';
  if (!n || w.tokens[k + n - 1].pos !== 'NOUN' || !(k + n >= sentEnd || [',', '.', ';', 'who', 'and', 'for', 'with'].includes(next))) return null;
  return { word: w.norms.slice(k, k + n).join(' '), sector: a?.sector ?? (party ? 'PTY' : null), country, head: false, role: null, gender: a?.gender ?? null, person: true };
}

/** A lower-case noun or adjective that may stand in a title: "presidential", "candidate", "strategist". */
const modifierWord = (w: Work, k: number) =>
  /^\p{Ll}[\p{Ll}-]*$/u.test(w.texts[k] ?? '') && (w.tokens[k].pos === 'NOUN' || w.tokens[k].pos === 'ADJ') && !FUNCTION_WORDS.has(w.norms[k]);

/**
 * A title of lower-case words after a country or a party, before a name: "Republican presidential
 * candidate Ben Carson", "Iraqi opposition leader X", "Turkey's parliament speaker X". One to three
 * nouns and adjectives, the last one a noun; the sector is the agent's among them (speaker, leader),
 * else the party's (PTY) after a party word, else none.
 */
function modifiedTitle(w: Work, s: number, sentStart: number, hitEnd: Map<number, Hit>): TitleInfo | null {
  if (s - 1 <= sentStart || !modifierWord(w, s - 1) || w.tokens[s - 1].pos !== 'NOUN') return null;
  let k = s - 1;
  while (k - 1 > sentStart && s - k < 3 && modifierWord(w, k - 1)) k--;
  const country = countryBefore(w, k, sentStart, hitEnd);
  if (!country) return null;
  let agent: AgentDef | null = null;
  for (let j = k; j < s && !agent; j++) agent = agentAt(w, j, s);
  const party = partyAt(w, k - 1) !== undefined;
  const words = w.norms.slice(k, s).join(' ');
  if (agent && agent.plural) return null;
  return { word: words, sector: agent?.sector ?? (party ? 'PTY' : null), country, head: false, role: null, gender: agent?.gender ?? null, person: true };
}

/**
 * The US convention of a party letter and a state after a legislator's name: "Ted Cruz (R-Texas)",
 * "Dana Weiss, D-Calif.,": a member of a US legislature. The state is one the dictionaries place in the
 * USA, or an abbreviation written with its point. `e` is the token after the name.
 */
export function partyLabelAfter(w: Work, e: number, sentEnd: number, hitAt: Map<number, Hit>): TitleInfo | null {
  if ((w.texts[e] !== '(' && w.texts[e] !== ',') || e + 3 >= sentEnd) return null;
  if (!['R', 'D', 'I'].includes(w.texts[e + 1]) || w.texts[e + 2] !== '-') return null;
  const h = hitAt.get(e + 3);
  const placed = h && (h.surface.entry.roles[0]?.country ?? (h.surface.entry.kind === 'country' ? h.surface.entry.id : null)) === 'USA';
  const abbreviated = /^\p{Lu}[\p{L}.]*$/u.test(w.texts[e + 3] ?? '') && (w.texts[e + 4] === '.' || (w.texts[e + 3] ?? '').endsWith('.'));
  if (!placed && !abbreviated) return null;
  return { word: 'lawmaker', sector: 'LEG', country: 'USA', head: false, role: null, gender: null, person: true };
}
