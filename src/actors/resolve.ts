import type { ActorRef } from '../doc/types.ts';
import type { Chunk } from './chunks.ts';
import type { Hit } from './dict-hits.ts';
import { LOC_WORDS, LOCATIVE, NAME_PARTICLES, ORG_WORDS, PERSON_TITLES } from './lexicon.ts';
import { actorRef } from './roles.ts';
import { agentAt, agentEndingAt, countryBefore, leadingTitle, titleAfter, titleBefore } from './titles.ts';
import { firstName, typeCandidate } from './typing.ts';
import { draft, spanText, type Draft, type TitleInfo, type Work } from './work.ts';

/** Sentence-level context for turning chunks into drafts. */
export interface SentenceCtx {
  sent: number;
  a: number;
  b: number;
  hitAt: Map<number, Hit>;
  hitEnd: Map<number, Hit>;
  /** Name words of the people met so far in the article, with their gender. */
  known: Map<string, 'm' | 'f' | null>;
}

/** A draft for a dictionary match: the entry's actor on the article's day, typed by what the form is. */
export function hitDraft(w: Work, h: Hit, c: SentenceCtx, title: TitleInfo | null): Draft {
  const { entry, use } = h.surface;
  const { gender } = entry;
  const surface = h.surface;
  if (use === 'demonym' || use === 'combining') {
    const plural = /s$/.test(w.norms[h.e - 1]) || ['chinese', 'japanese', 'swiss', 'lebanese', 'sudanese'].includes(w.norms[h.e - 1]);
    return draft(w, h.s, h.e, 'NORP', c.sent, { entry, surface, how: 'dictionary', gender, actor: actorRef(entry, w.day), plural: plural && use === 'demonym' });
  }
  if (use === 'capital') {
    const prev = h.s > c.a ? w.norms[h.s - 1] : '';
    const located = LOCATIVE.has(prev) || (w.texts[h.e] === '-' && w.norms[h.e + 1] === 'based');
    return draft(w, h.s, h.e, 'LOC', c.sent, { entry, surface, how: located ? 'dictionary' : 'metonym', gender, actor: actorRef(entry, w.day, located ? null : 'GOV') });
  }
  if (use === 'seat') return draft(w, h.s, h.e, 'ORG', c.sent, { entry, surface, how: 'metonym', gender, actor: actorRef(entry, w.day, h.surface.sector) });
  // The text's title beats the lowest-ranked file's namesake: "British Foreign Secretary Tom Reed" is
  // not the US congressman Tom Reed of congress.tsv.
  if (entry.type === 'PERSON' && title?.country && surface.rank >= 3 && actorRef(entry, w.day).country !== title.country) {
    return draft(w, h.s, h.e, 'PERSON', c.sent, { gender: title.gender ?? gender, title, how: 'title', actor: titledActor(spanText(w, h.s, h.e), title) });
  }
  return draft(w, h.s, h.e, entry.type, c.sent, { entry, surface, how: 'dictionary', gender, actor: actorRef(entry, w.day), title: entry.type === 'PERSON' ? title : null, plural: entry.plural });
}

/** The actor of an unknown person from a title: "Kenyan President William Ruto" -> KEN GOV. */
const titledActor = (name: string, t: TitleInfo | null): ActorRef | null =>
  t && (t.sector || t.country) ? { id: null, name, country: t.country, sector: t.sector } : null;

/** Keeps the name words of a person found on good evidence, so later short mentions are typed PERSON. */
function remember(w: Work, d: Draft, c: SentenceCtx, strong: boolean): void {
  if (d.type !== 'PERSON' || !strong) return;
  for (let k = d.s; k < d.e; k++) if (!NAME_PARTICLES.has(w.norms[k]) && w.texts[k].length > 1 && !c.hitAt.has(k)) c.known.set(w.norms[k], d.gender);
  if (d.entry) for (let k = d.s; k < d.e; k++) c.known.set(w.norms[k], d.gender);
}

/** The whole chunk as an organisation: "Burkinabe Ministry of Culture", "Russian Foreign Ministry". */
function orgDraft(w: Work, ch: Chunk, c: SentenceCtx): Draft {
  let country: string | null = null;
  let sector: string | null = null;
  for (const h of ch.hits) if (!country && h.surface.entry.kind === 'country') country = h.surface.entry.id;
  for (let k = ch.s; k < ch.e && !sector; k++) sector = ORG_WORDS.get(w.norms[k]) ?? null;
  const name = spanText(w, ch.s, ch.e);
  const actor = country || sector ? { id: null, name, country, sector } : null;
  return draft(w, ch.s, ch.e, 'ORG', c.sent, { actor, how: actor ? 'pattern' : 'none' });
}

const isTitleWord = (w: Work, k: number) => PERSON_TITLES.has(w.norms[k]);

/**
 * Where a run of title words inside a chunk ends, with a name after it: "Hospital Authority Chief
 * Manager Dr Larry Lee" -> the run "Chief Manager Dr" and the name "Larry Lee". Returns the run's
 * start and end, or null.
 */
function titleRun(w: Work, ch: Chunk, inHit: (k: number) => boolean): { s: number; e: number } | null {
  for (let t = ch.e - 2; t >= ch.s; t--) {
    if (inHit(t)) continue;
    const agent = agentEndingAt(w, t + 1, ch.s);
    if (!isTitleWord(w, t) && !(agent && agent.agent.title)) continue;
    let s = agent && agent.agent.title ? agent.s : t;
    for (;;) {
      const before = agentEndingAt(w, s, ch.s);
      if (before && before.agent.title && !inHit(before.s)) s = before.s;
      else if (s > ch.s && isTitleWord(w, s - 1) && !inHit(s - 1)) s--;
      else break;
    }
    for (let k = t + 1; k < ch.e; k++) if (ORG_WORDS.has(w.norms[k]) || LOC_WORDS.has(w.norms[k])) return null;
    return { s, e: t + 1 };
  }
  return null;
}

/** Turns one chunk into drafts: dictionary names, titled people, organisations and typed candidates. */
export function resolveChunk(w: Work, ch: Chunk, c: SentenceCtx): Draft[] {
  const only = ch.hits.length === 1 && ch.hits[0].s === ch.s && ch.hits[0].e === ch.e ? ch.hits[0] : null;
  if (only) {
    const t = only.surface.entry.type === 'PERSON' ? (titleBefore(w, ch.s, c.a, c.hitEnd) ?? titleAfter(w, ch.e, c.b, c.hitAt)) : null;
    const d = hitDraft(w, only, c, t);
    remember(w, d, c, true);
    return [d];
  }
  const inHit = (k: number) => ch.hits.some((h) => h.s <= k && k < h.e);
  const run = titleRun(w, ch, inHit);
  if (run && run.s > ch.s) {
    // What comes before the title is its own name ("Hospital Authority" in "Hospital Authority Chief Manager Dr Larry Lee").
    const pre = resolveChunk(w, { s: ch.s, e: run.s, hits: ch.hits.filter((h) => h.e <= run.s) }, c);
    const preCountry = pre.length === 1 && pre[0].e === run.s ? (pre[0].actor?.country ?? null) : null;
    const rest = namePart(w, { s: run.s, e: ch.e, hits: ch.hits.filter((h) => h.s >= run.s) }, c, preCountry);
    return [...pre, ...rest];
  }
  let orgWord = false;
  for (let k = ch.s; k < ch.e; k++) if (ORG_WORDS.has(w.norms[k]) && !ch.hits.some((h) => h.s <= k && k < h.e && h.surface.entry.type === 'PERSON')) orgWord = true;
  if (orgWord && ch.e - ch.s > 1 && !run) return [orgDraft(w, ch, c)];
  return namePart(w, ch, c, null);
}

/** Titles, then names: dictionary matches and the gaps between them, typed. */
function namePart(w: Work, ch: Chunk, c: SentenceCtx, country: string | null): Draft[] {
  const out: Draft[] = [];
  const lead = leadingTitle(w, ch.s, ch.e, c.hitAt);
  for (const h of lead.demonyms) out.push(hitDraft(w, h, c, null));
  let title = lead.title ?? (lead.start === ch.s ? titleBefore(w, ch.s, c.a, c.hitEnd) : null);
  if (title && country && !title.country) title = { ...title, country };
  // "Lebanon's new President Michel Aoun": the country is before the chunk that holds the title.
  if (title && !title.country && lead.title) {
    const before = countryBefore(w, ch.s, c.a, c.hitEnd);
    if (before) title = { ...title, country: before };
  }
  let i = lead.start;
  let hits = ch.hits.filter((h) => h.s >= i);
  // A one-word name inside a longer unknown name is not that actor: "Abbas Imene" is not Mahmoud
  // Abbas, "Richard Wagner" not the Wagner Group. Countries and intergovernmental bodies keep theirs.
  const loose = (h: Hit) =>
    h.e - h.s === 1 &&
    ((h.surface.use === 'name' && h.surface.entry.kind !== 'country' && h.surface.entry.kind !== 'igo') ||
      // "George Washington": a capital after a first name is a surname.
      (h.surface.use === 'capital' && h.s > i && firstName(w.texts[h.s - 1]).first));
  if (hits.length === 1 && loose(hits[0]) && ch.e - i > 1) hits = [];
  const after = titleAfter(w, ch.e, c.b, c.hitAt);
  while (i < ch.e) {
    const h = hits.find((x) => x.s >= i);
    const gapEnd = h ? h.s : ch.e;
    // A title with no name after it ("the Russian President said") is a nominal, not a name.
    const bare = gapEnd > i && (agentAt(w, i, gapEnd)?.tokens.length === gapEnd - i || (gapEnd - i === 1 && PERSON_TITLES.has(w.norms[i])));
    if (gapEnd > i && !bare) {
      const typed = title ? { type: 'PERSON' as const, gender: title.gender, why: 'title' } : typeCandidate(w, i, gapEnd, c.a, c.known);
      if (typed) {
        // A title before the name that names no country takes the one after it: "Sen. Ted Cruz (R-Texas)".
        const later = gapEnd === ch.e ? after : null;
        const t = title && later && !title.country && later.country ? { ...title, country: later.country, sector: title.sector ?? later.sector } : (title ?? later);
        const name = spanText(w, i, gapEnd);
        const d = draft(w, i, gapEnd, typed.type, c.sent, { gender: typed.gender ?? t?.gender ?? null });
        if (typed.type === 'PERSON') {
          d.title = t;
          d.actor = titledActor(name, t);
          d.how = d.actor ? 'title' : 'pattern';
        } else d.how = 'pattern';
        out.push(d);
        remember(w, d, c, typed.why !== 'shape');
      }
      title = null;
    }
    if (!h) break;
    const d = hitDraft(w, h, c, title ?? (h.e === ch.e ? after : null));
    out.push(d);
    remember(w, d, c, true);
    title = null;
    i = h.e;
  }
  return out;
}
