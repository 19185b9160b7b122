// The actor layer as the coder sees it: one sorted list of actor spans over the tokens, built from the
// entities and the resolved mentions (pronouns and nominals such as "Hungarian officials").
import { tokenAt } from '../doc/spans.ts';
import type { ActorRef, Entity, EventActor, Mention, Token } from '../doc/types.ts';

export interface ActorSpan {
  start: number;
  end: number;
  /** Token index of the first token and one past the last. */
  t0: number;
  t1: number;
  actor: ActorRef;
  pronoun: boolean;
  /** The entity type (LOC, ORG, PERSON, NORP), for entities. */
  type?: string;
}

const useful = (a: ActorRef | null): a is ActorRef => !!a && (!!a.country || !!a.sector || !!a.id);
const POSSESSIVE = new Set(['their', 'its', 'his', 'her', 'our', 'my', 'your', 'theirs', 'ours']);
const NP_POS = new Set(['NOUN', 'ADJ', 'PROPN']);
const POSSESSIVE_S = new Set(["'s", '’s', "'", '’']);
const LEADING = new Set(['that', 'and', 'but', 'as', 'while', 'whether', 'if']);

/**
 * Actor spans sorted by start, and so by first token (t0), each with t1 > t0. Where spans overlap,
 * the longer one with a country wins ("Hungarian officials" over "Hungarian"). A country word a noun or two before a nominal gives it its country
 * ("Israeli intelligence officials"). Left out: mentions without an actor, possessive pronouns ("their
 * meeting" names no party), and actors with neither a country nor a dictionary id (a bare "officials"
 * would hide the country-bearing actor next to it).
 */
export function actorSpans(tokens: readonly Token[], entities: readonly Entity[], mentions: readonly Mention[]): ActorSpan[] {
  const raw: ActorSpan[] = [];
  const add = (s: { start: number; end: number }, actor: ActorRef, pronoun: boolean, type?: string) => {
    let t0 = tokenAt(tokens, s.start);
    if (t0 >= tokens.length || tokens[t0].start >= s.end) return; // in text with no tokens (a heading)
    let t1 = tokenAt(tokens, s.end - 1) + 1;
    if (t1 <= t0) t1 = t0 + 1;
    // a mention that takes in the word opening its clause ("that Russian companies") starts after it
    while (t1 - t0 > 1 && LEADING.has(tokens[t0].norm) && tokens[t0].pos !== 'DET') t0++;
    const start = Math.max(s.start, tokens[t0].start);
    raw.push({ start, end: s.end, t0, t1, actor, pronoun, ...(type ? { type } : {}) });
  };
  for (const e of entities) if (useful(e.actor) && e.type !== 'DATE') add(e, e.actor, false, e.type);
  for (const m of mentions) if (useful(m.actor)) add(m, m.actor, m.kind === 'pronoun');
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ActorSpan[] = [];
  for (const s of raw) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      const better = (s.actor.country ? 1 : 0) - (last.actor.country ? 1 : 0) || s.end - s.start - (last.end - last.start);
      if (better > 0) out[out.length - 1] = s;
      continue;
    }
    out.push(s);
  }
  const joined: ActorSpan[] = [];
  for (const s of out) {
    const p = joined[joined.length - 1];
    // a country a noun or two before a nominal, or its possessor, gives it its country ("Israeli
    // intelligence officials", "Taiwan's foreign minister")
    if (p && p.actor.country && !s.actor.country && !s.pronoun && between(tokens, p.t1, s.t0)) {
      joined[joined.length - 1] = { ...s, start: p.start, t0: p.t0, actor: { ...s.actor, country: p.actor.country, sector: s.actor.sector ?? p.actor.sector } };
      continue;
    }
    // a named group's members are the group ("al-Qaeda leaders")
    if (p && p.actor.id && !p.pronoun && !s.actor.country && !s.actor.id && !s.pronoun && between(tokens, p.t1, s.t0)) {
      joined[joined.length - 1] = { ...s, start: p.start, t0: p.t0, actor: { ...p.actor, sector: p.actor.sector ?? s.actor.sector } };
      continue;
    }
    // a kind of actor placed by a country after it: "security forces in Guinea", "leaders of Romania"
    if (p && !p.actor.country && !p.actor.id && p.actor.sector && !p.pronoun && !POSSESSIVE.has(tokens[p.t0].norm) && s.actor.country && !s.pronoun && placedBy(tokens, p.t1, s.t0)) {
      joined[joined.length - 1] = { ...p, end: s.end, t1: s.t1, actor: { ...p.actor, country: s.actor.country } };
      continue;
    }
    joined.push(s);
  }
  return joined.filter((s) => (s.actor.country || s.actor.id || (s.actor.sector && kindOfActor(tokens, s))) && !(s.pronoun && POSSESSIVE.has(tokens[s.t0].norm)));
}

/**
 * A span that names an actor only by its kind ("the police", "rebels", "Judge Rivera") is a party
 * when it stands as a noun phrase of its own: not a modifier of the noun after it ("military aid",
 * "terrorist activities"), and not the own forces of a possessor ("its troops" are the subject's).
 */
function kindOfActor(tokens: readonly Token[], s: ActorSpan): boolean {
  if (s.pronoun) return true;
  if (POSSESSIVE.has(tokens[s.t0].norm)) return false;
  const next = tokens[s.t1];
  return !(next && (next.pos === 'NOUN' || next.pos === 'PROPN') && next.start - tokens[s.t1 - 1].end <= 1);
}

const PLACED_BY = new Set(['in', 'of']);
/** "in" or "of" (and an article) between an actor's kind and the country that places it. */
function placedBy(tokens: readonly Token[], a: number, b: number): boolean {
  if (b <= a || !PLACED_BY.has(tokens[a].norm)) return false;
  for (let j = a + 1; j < b; j++) if (tokens[j].pos !== 'DET') return false;
  return true;
}

/**
 * Whether only a modifier stands between a country (or group) and the kind of actor after it: up to two
 * nouns or adjectives ("Israeli intelligence officials"), a possessive ending ("Taiwan's foreign
 * minister"), a hyphened word ("Saudi-led forces") or a bracketed short name ("the Union (AKU) officials").
 */
function between(tokens: readonly Token[], a: number, b: number): boolean {
  let words = 0;
  for (let j = a; j < b; j++) {
    const t = tokens[j];
    if (j === a && POSSESSIVE_S.has(t.norm)) continue;
    if (t.text === '-' && t.start === tokens[j - 1].end && tokens[j + 1]?.start === t.end) { j++; continue; }
    if (t.text === '(' && tokens[j + 2]?.text === ')' && j + 3 <= b) { j += 2; continue; }
    if (!NP_POS.has(t.pos) || ++words > 2) return false;
  }
  return true;
}

export const toEventActor = (s: ActorSpan): EventActor => ({
  start: s.start,
  end: s.end,
  country: s.actor.country,
  sector: s.actor.sector,
  actorId: s.actor.id,
});
