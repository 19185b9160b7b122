// Turns one analysed article into backend-neutral rows: actors keyed once, entity mentions, quotes with
// the actors they name, and events with their primary source and target. Every backend writes these.
import type { ActorRef } from '../doc/types.ts';
import type { ArticleInput, ActorSummary } from './store.ts';

export interface FlatMention {
  actor: string | null; // actor key
  type: string;
  text: string;
  start: number;
  end: number;
  how: string | null;
}

export interface FlatQuote {
  idx: number;
  kind: string;
  text: string;
  start: number;
  end: number;
  speakerText: string | null;
  speaker: string | null;
  cue: string | null;
  about: string[];
}

export interface FlatEventActor {
  actor: string | null;
  text: string | null;
}

export interface FlatEvent {
  idx: number;
  plover: string;
  cameo: string | null;
  mode: string | null;
  context: string | null;
  goldstein: number | null;
  quadClass: number | null;
  negated: boolean;
  sources: FlatEventActor[];
  targets: FlatEventActor[];
  sourceCountry: string | null;
  targetCountry: string | null;
  trigger: { text: string | null; start: number | null; end: number | null };
  sentence: { text: string | null; start: number | null; end: number | null };
  /** Same story, same event: what a syndicated copy's event is matched on. */
  mergeKey: string;
  /** The event's own date (src/time/event-dates.ts), else the article's; where it came from. */
  date: string | null;
  dateSource: string;
  /** History told in passing: kept out of the dyad summaries and the default event lists. */
  history: boolean;
  /** How the article told it: asserted, negated, future, conditional, wished, history, claimed. */
  factuality: string;
}

export interface FlatArticle {
  actors: Map<string, ActorSummary & { dictId: string | null }>;
  mentions: FlatMention[];
  quotes: FlatQuote[];
  events: FlatEvent[];
}

// Words that stand for an actor without naming one: as a key they would merge unrelated people.
const NOT_A_NAME = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'that', 'this', 'one', 'him', 'her', 'them', 'us', 'officials', 'sources', 'agency', 'the agency', 'spokesman', 'spokeswoman']);

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * The key of an actor: the dictionary id when there is one; else a country+sector code ("RUSGOV")
 * when the country is known; else "~" + the normalised name.
 */
export function actorKey(a: { id?: string | null; actorId?: string | null; country?: string | null; sector?: string | null; name?: string | null; text?: string | null }): string | null {
  const id = a.id ?? a.actorId;
  if (id) return id;
  if (a.country) return a.country + (a.sector ?? '');
  const name = norm(a.name ?? a.text ?? '');
  return name && !NOT_A_NAME.has(name) ? '~' + name : null;
}

const NAMED = new Set(['PERSON', 'ORG', 'LOC']);

/**
 * The key of a person the dictionaries do not know: "~" + the full name the actors stage chained the
 * mention to ("Sanders" -> "~bernie sanders"), whatever country or sector a title gave, so one person
 * is one actor across the store instead of being folded into "USALEG" with every other senator.
 */
const personKey = (e: { type: string; actor: ActorRef | null }): string | null =>
  e.type === 'PERSON' && e.actor && !e.actor.id && e.actor.name ? actorKey({ name: e.actor.name }) : null;

export function flatten(input: ArticleInput): FlatArticle {
  const c = input.contract;
  const actors: FlatArticle['actors'] = new Map();
  const add = (key: string | null, name: string, country: string | null, sector: string | null, dictId: string | null): string | null => {
    if (!key) return null;
    const had = actors.get(key);
    if (!had || (had.dictId === null && dictId)) actors.set(key, { key, name, country, sector, dictId });
    else if (!had.country && country) actors.set(key, { ...had, country, sector: sector ?? had.sector });
    return key;
  };
  const fromRef = (ref: ActorRef | null, text: string | null): string | null =>
    ref ? add(actorKey({ ...ref, text }), ref.name || text || '', ref.country, ref.sector, ref.id) : null;

  // Named people of the article by name and by span, so a quote's speaker or an event's side that is one
  // of them ("he", "Sanders") takes the person's key, not its country's.
  const people = new Map<string, string>();
  const personSpans: { start: number; end: number; key: string }[] = [];
  const mentions: FlatMention[] = (c.entities ?? []).map((e) => {
    const pk = personKey(e);
    if (pk && e.actor) {
      add(pk, e.actor.name, e.actor.country, e.actor.sector, null);
      people.set(e.actor.name, pk);
      personSpans.push({ start: e.start, end: e.end, key: pk });
      return { actor: pk, type: e.type, text: e.text, start: e.start, end: e.end, how: e.how ?? null };
    }
    let actor = fromRef(e.actor, e.text);
    if (!actor && NAMED.has(e.type)) actor = add(actorKey({ text: e.text }), e.text, null, null, null);
    return { actor, type: e.type, text: e.text, start: e.start, end: e.end, how: e.how ?? null };
  });
  const dictNames = new Map<string, string>();
  for (const e of c.entities ?? []) if (e.actor?.id) dictNames.set(e.actor.id, e.actor.name);

  const personAt = (start: unknown, end: unknown): string | null => {
    if (typeof start !== 'number' || typeof end !== 'number') return null;
    return personSpans.find((p) => p.start < end && start < p.end)?.key ?? null;
  };
  const quotes: FlatQuote[] = (c.quotes ?? []).map((q, idx) => {
    const sa = q.speakerActor;
    const speaker = (sa && !sa.id ? (people.get(sa.name) ?? personAt(q.speaker?.start, q.speaker?.end)) : null) ?? fromRef(sa, q.speaker?.text ?? null);
    const about = new Set<string>();
    mentions.forEach((m) => {
      if (m.actor && m.start >= q.start && m.end <= q.end && m.actor !== speaker) about.add(m.actor);
    });
    return { idx, kind: q.kind, text: q.text, start: q.start, end: q.end, speakerText: q.speaker?.text ?? null, speaker, cue: q.cue?.text ?? null, about: [...about] };
  });

  const events: FlatEvent[] = (c.events ?? []).map((raw, idx) => {
    const e = raw as Record<string, any>;
    const side = (list: unknown): FlatEventActor[] =>
      (Array.isArray(list) ? list : []).map((a: any) => {
        const person = a.actorId ? null : personAt(a.start, a.end);
        if (person) return { actor: person, text: a.text ?? null };
        const key = actorKey({ actorId: a.actorId, country: a.country, sector: a.sector, text: a.text });
        const name = (a.actorId && dictNames.get(a.actorId)) || a.text || key || '';
        return { actor: add(key, name, a.country ?? null, a.sector ?? null, a.actorId ?? null), text: a.text ?? null };
      });
    const sources = side(e.source);
    const targets = side(e.target);
    const country = (list: unknown) => (Array.isArray(list) && list[0]?.country) || null;
    const span = (s: any) => ({ text: s?.text ?? null, start: s?.start ?? null, end: s?.end ?? null });
    const sentence = span(e.sentence);
    if (sentence.text == null && sentence.start != null) sentence.text = input.text.slice(sentence.start, sentence.end!);
    const negated = e.negated === true;
    return {
      idx,
      plover: String(e.plover ?? ''),
      cameo: e.cameo ?? null,
      mode: e.mode ?? null,
      context: e.context ?? null,
      goldstein: typeof e.goldstein === 'number' ? e.goldstein : null,
      quadClass: typeof e.quadClass === 'number' ? e.quadClass : null,
      negated,
      sources,
      targets,
      sourceCountry: country(e.source),
      targetCountry: country(e.target),
      trigger: span(e.trigger),
      sentence,
      mergeKey: [e.plover, e.cameo ?? '', sources[0]?.actor ?? '', targets[0]?.actor ?? '', negated ? 1 : 0].join('|'),
      date: typeof e.date === 'string' ? e.date : c.article.date ?? null,
      dateSource: typeof e.date === 'string' ? String(e.dateSource ?? 'article') : 'article',
      history: e.history === true,
      factuality: typeof e.factuality === 'string' ? e.factuality : e.history === true ? 'history' : negated ? 'negated' : 'asserted',
    };
  });
  return { actors, mentions, quotes, events };
}
