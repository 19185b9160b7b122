import type { Sentence } from '../doc/types.ts';
import { tokenAt } from '../doc/spans.ts';
import type { NameSpan } from './ner-bridge.ts';
import { NAME_PARTICLES, PERSON_TITLES } from './lexicon.ts';
import { resolveChunk, type SentenceCtx } from './resolve.ts';
import { leadingTitle, partyAt } from './titles.ts';
import type { Draft, Work } from './work.ts';

const TYPES = new Set(['PERSON', 'ORG', 'LOC', 'NORP']);
const lowerWord = (w: Work, k: number) => /^\p{Ll}[\p{Ll}-]*$/u.test(w.texts[k]) && !NAME_PARTICLES.has(w.norms[k]);
const POSSESSIVE = /^['’]s?$/i;
const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'madam', 'madame', 'dr', 'dr.', 'mx']);

/**
 * Merges the tagger's names with the rules' drafts. Dictionary matches keep their actor; the tagger
 * decides the boundaries and types of every other name. A tagged span that covers dictionary names
 * ("University of Ghana") wins and takes the country of the names inside; one inside a dictionary
 * match loses to it. Drafts the rules guessed without a dictionary are dropped unless the tagger agrees.
 */
export function mergeTagged(w: Work, drafts: Draft[], spans: NameSpan[], sentences: Sentence[], ctxs: SentenceCtx[]): Draft[] {
  const dictDrafts = drafts.filter((d) => d.entry !== null);
  const out: Draft[] = [...dictDrafts];
  for (const sp of spans) {
    if (!TYPES.has(sp.type)) continue;
    let s = tokenAt(w.tokens, sp.start);
    let e = tokenAt(w.tokens, sp.end - 1) + 1;
    // A person's name without the honorific before it: "Madam Mai Bright" -> "Mai Bright".
    while (sp.type === 'PERSON' && e - s > 1 && HONORIFICS.has(w.norms[s])) s += w.texts[s + 1] === '.' && e - s > 2 ? 2 : 1;
    // A party word before a person's name is a label that gives the party's country ("Democrat Bernie
    // Sanders" is Bernie Sanders), not a part of the name.
    while (sp.type === 'PERSON' && e - s > 1 && partyAt(w, s) !== undefined) s++;
    // Places and people start and end with a capitalised word or a name particle: "southern Jiangxi province" ->
    // "Jiangxi"; a lower-case part after a hyphen stays ("Lee Lap-yip").
    if (sp.type === 'LOC' || sp.type === 'PERSON') {
      while (e - s > 1 && lowerWord(w, s)) s++;
      while (e - s > 1 && lowerWord(w, e - 1) && w.texts[e - 2] !== '-') e--;
    }
    if (s >= w.tokens.length || e <= s) continue;
    e = Math.min(e, w.tokens.length);
    // A possessive ending is not part of the name: "Trump’s" is Trump, so the dictionary's match stands.
    while (e - s > 1 && POSSESSIVE.test(w.texts[e - 1])) e--;
    const inDict = dictDrafts.find((d) => d.s <= s && e <= d.e);
    // A derived (Phoenix) form the tagger reads as another kind of name is that kind: "Phoenix" the
    // girl, not the city. Curated forms keep their type.
    if (inDict && inDict.s === s && inDict.e === e && inDict.type !== sp.type && (inDict.surface?.rank ?? 0) >= 2 && TYPES.has(sp.type)) {
      inDict.type = sp.type as Draft['type'];
      inDict.actor = sp.type === 'PERSON' ? { id: null, name: w.text.slice(w.tokens[s].start, w.tokens[e - 1].end), country: null, sector: null } : inDict.actor;
      inDict.entry = null;
      inDict.how = 'pattern';
      continue;
    }
    if (inDict) continue;
    const inner = dictDrafts.filter((d) => s <= d.s && d.e <= e);
    const sent = sentIndex(sentences, s);
    const c = ctxs[sent];
    // A known person after labels ("Republican Donald Trump", "Russian President Vladimir Putin": party
    // words, demonyms, titles) is that person. Any other word before the name may be part of it
    // ("Tan Sri", "Datuk Seri" are kept by the tagger), so the tagged span stands, as that person when
    // the known name is a full name (below).
    const known = sp.type === 'PERSON' ? inner.find((d) => d.type === 'PERSON' && d.e === e && d.s > s) : undefined;
    if (known && leadingTitle(w, s, known.e, c.hitAt).start === known.s) continue;
    const crossing = dictDrafts.some((d) => d.s < e && s < d.e && !(s <= d.s && d.e <= e));
    if (crossing) continue;
    const ruled = drafts.find((d) => d.s === s && d.e === e && d.entry === null && d.type === sp.type);
    let d: Draft;
    if (ruled) d = ruled;
    else {
      const made = resolveChunk(w, { s, e, hits: [] }, c).find((x) => x.s === s && x.e === e);
      d = made ?? { s, e, type: sp.type as Draft['type'], sent, actor: null, how: 'pattern', gender: null, entry: null, surface: null, title: null, plural: false, speaker: false };
      d.type = sp.type as Draft['type'];
      if (d.type !== 'PERSON') d.actor = null;
    }
    // "Tan Sri Vladimir Putin": the honoured full name is the dictionary's person. A one-word name
    // inside is not ("Mary Putin" is someone else).
    if (known && d.type === 'PERSON' && known.e - known.s > 1) {
      Object.assign(d, { actor: known.actor, entry: known.entry, surface: known.surface, how: known.how, gender: known.gender ?? d.gender });
      const at = out.indexOf(known);
      if (at >= 0) out.splice(at, 1);
    }
    if (inner.length && d.type !== 'PERSON') {
      const country = inner.find((x) => x.actor?.country)?.actor?.country ?? null;
      if (country) d.actor = { id: null, name: w.text.slice(w.tokens[s].start, w.tokens[e - 1].end), country, sector: null };
      for (const x of inner) out.splice(out.indexOf(x), 1);
    }
    out.push(d);
  }
  return orgHeads(w, drafts, out).sort((a, b) => a.s - b.s || b.e - a.e);
}

/**
 * An organisation the rules read whole by its head word ("Chinese Nationalist Party", "Indian Chamber
 * of Commerce") wins over the pieces inside it, when one piece is an organisation the tagger found
 * and nothing crosses its edges. Names joined by "and" are left to the tagger.
 */
function orgHeads(w: Work, ruled: Draft[], out: Draft[]): Draft[] {
  for (const r of ruled) {
    if (r.type !== 'ORG' || r.entry || r.e - r.s < 2) continue;
    let joined = false;
    for (let k = r.s; k < r.e; k++) if (w.norms[k] === 'and' || w.norms[k] === '&') joined = true;
    if (joined) continue;
    const inside = out.filter((d) => d.s < r.e && r.s < d.e);
    if (!inside.length || inside.some((d) => d.s < r.s || d.e > r.e)) continue;
    if (inside.some((d) => d.s === r.s && d.e === r.e)) continue;
    // Only a name grown at its front ("Chinese" + "Nationalist Party"), not "Board of ..." or "... Spokesperson".
    const piece = inside.find((d) => d.type === 'ORG' && !d.entry && d.e === r.e);
    if (!piece || PERSON_TITLES.has(w.norms[r.e - 1])) continue;
    let via = false;
    for (let k = r.s; k < piece.s; k++) if (w.norms[k] === 'of' || w.norms[k] === 'for') via = true;
    if (via) continue;
    for (const d of inside) out.splice(out.indexOf(d), 1);
    out.push(r);
  }
  return out;
}

function sentIndex(sentences: Sentence[], tok: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].tokenStart <= tok) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
