import type { ActorRef } from '../doc/types.ts';
import type { Chunk } from './chunks.ts';
import type { Hit } from './dict-hits.ts';
import { LOCATIVE, NAME_PARTICLES, ORG_WORDS, PERSON_TITLES } from './lexicon.ts';
import { actorRef } from './roles.ts';
import { agentAt, leadingTitle, titleAfter, titleBefore } from './titles.ts';
import { typeCandidate } from './typing.ts';
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
  const base = { entry, surface: h.surface, how: 'dictionary' as const, gender: entry.gender };
  if (use === 'demonym' || use === 'combining') {
    const plural = /s$/.test(w.norms[h.e - 1]) || ['chinese', 'japanese', 'swiss', 'lebanese', 'sudanese'].includes(w.norms[h.e - 1]);
    return draft(w, h.s, h.e, 'NORP', c.sent, { ...base, actor: actorRef(entry, w.day), plural: plural && use === 'demonym' });
  }
  if (use === 'capital') {
    const prev = h.s > c.a ? w.norms[h.s - 1] : '';
    const located = LOCATIVE.has(prev) || (w.texts[h.e] === '-' && w.norms[h.e + 1] === 'based');
    return draft(w, h.s, h.e, 'LOC', c.sent, { ...base, actor: actorRef(entry, w.day, located ? null : 'GOV'), how: located ? 'dictionary' : 'metonym' });
  }
  if (use === 'seat') return draft(w, h.s, h.e, 'ORG', c.sent, { ...base, actor: actorRef(entry, w.day, h.surface.sector), how: 'metonym' });
  return draft(w, h.s, h.e, entry.type, c.sent, { ...base, actor: actorRef(entry, w.day), title: entry.type === 'PERSON' ? title : null, plural: entry.plural });
}

/** The actor of an unknown person from a title: "Kenyan President William Ruto" -> KEN GOV. */
const titledActor = (name: string, t: TitleInfo | null): ActorRef | null =>
  t && (t.sector || t.country) ? { id: null, name, country: t.country, sector: t.sector } : null;

function remember(w: Work, d: Draft, c: SentenceCtx): void {
  if (d.type !== 'PERSON') return;
  for (let k = d.s; k < d.e; k++) if (!NAME_PARTICLES.has(w.norms[k]) && w.texts[k].length > 1) c.known.set(w.norms[k], d.gender);
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

/** Turns one chunk into drafts: dictionary names, titled people, organisations and typed candidates. */
export function resolveChunk(w: Work, ch: Chunk, c: SentenceCtx): Draft[] {
  const out: Draft[] = [];
  const only = ch.hits.length === 1 && ch.hits[0].s === ch.s && ch.hits[0].e === ch.e ? ch.hits[0] : null;
  if (only) {
    const t = only.surface.entry.type === 'PERSON' ? (titleBefore(w, ch.s, c.a, c.hitEnd) ?? titleAfter(w, ch.e, c.b, c.hitAt)) : null;
    out.push(hitDraft(w, only, c, t));
    remember(w, out[0], c);
    return out;
  }
  const inPerson = (k: number) => ch.hits.some((h) => h.s <= k && k < h.e && h.surface.entry.type === 'PERSON');
  let orgWord = false;
  for (let k = ch.s + 1; k < ch.e; k++) if (ORG_WORDS.has(w.norms[k]) && !inPerson(k)) orgWord = true;
  if (orgWord && !ch.hits.some((h) => h.s === ch.s && h.e === ch.e)) return [orgDraft(w, ch, c)];
  const lead = leadingTitle(w, ch.s, ch.e, c.hitAt);
  for (const h of lead.demonyms) out.push(hitDraft(w, h, c, null));
  let title = lead.title ?? (lead.start === ch.s ? titleBefore(w, ch.s, c.a, c.hitEnd) : null);
  let i = lead.start;
  const hits = ch.hits.filter((h) => h.s >= i);
  const after = titleAfter(w, ch.e, c.b, c.hitAt);
  while (i < ch.e) {
    const h = hits.find((x) => x.s >= i);
    const gapEnd = h ? h.s : ch.e;
    // A title with no name after it ("the Russian President said") is a nominal, not a name.
    const bare = gapEnd > i && (agentAt(w, i, gapEnd)?.tokens.length === gapEnd - i || (gapEnd - i === 1 && PERSON_TITLES.has(w.norms[i])));
    if (gapEnd > i && !bare) {
      const typed = title ? { type: 'PERSON' as const, gender: title.gender, why: 'title' } : typeCandidate(w, i, gapEnd, c.a, c.known);
      if (typed) {
        const t = title ?? (gapEnd === ch.e ? after : null);
        const name = spanText(w, i, gapEnd);
        const d = draft(w, i, gapEnd, typed.type, c.sent, { gender: typed.gender ?? t?.gender ?? null });
        if (typed.type === 'PERSON') {
          d.title = t;
          d.actor = titledActor(name, t);
          d.how = d.actor ? 'title' : 'pattern';
        } else d.how = 'pattern';
        out.push(d);
        remember(w, d, c);
      }
      title = null;
    }
    if (!h) break;
    const d = hitDraft(w, h, c, title ?? (h.e === ch.e ? after : null));
    out.push(d);
    remember(w, d, c);
    title = null;
    i = h.e;
  }
  return out;
}
