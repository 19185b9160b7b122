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
    if (p && p.actor.country && !s.actor.country && s.t0 - p.t1 <= 2 && !s.pronoun && between(tokens, p.t1, s.t0)) {
      joined[joined.length - 1] = { ...s, start: p.start, t0: p.t0, actor: { ...s.actor, country: p.actor.country, sector: s.actor.sector ?? p.actor.sector } };
      continue;
    }
    joined.push(s);
  }
  return joined.filter((s) => (s.actor.country || s.actor.id) && !(s.pronoun && POSSESSIVE.has(tokens[s.t0].norm)));
}

function between(tokens: readonly Token[], a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (!NP_POS.has(tokens[j].pos)) return false;
  return true;
}

export const toEventActor = (s: ActorSpan): EventActor => ({
  start: s.start,
  end: s.end,
  country: s.actor.country,
  sector: s.actor.sector,
  actorId: s.actor.id,
});
