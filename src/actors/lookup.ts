import type { Doc } from '../doc/doc.ts';
import { firstEndingAfter } from '../doc/spans.ts';
import type { ActorRef, Entity, Mention, Span } from '../doc/types.ts';
import { PRONOUNS } from './lexicon.ts';

/** The entity that overlaps a span most, or null. Entities are sorted and do not overlap. */
export function entityAt(doc: Doc, span: Span): Entity | null {
  const ents = doc.layers.entities ?? [];
  let best: Entity | null = null;
  let bestLen = 0;
  for (let i = firstEndingAfter(ents, span.start); i < ents.length && ents[i].start < span.end; i++) {
    const e = ents[i];
    const len = Math.min(e.end, span.end) - Math.max(e.start, span.start);
    if (len > bestLen) (best = e), (bestLen = len);
  }
  return best;
}

/** The mention (pronoun or nominal) that overlaps a span most, or null. */
export function mentionAt(doc: Doc, span: Span): Mention | null {
  let best: Mention | null = null;
  let bestLen = 0;
  for (const m of doc.layers.mentions ?? []) {
    if (m.start >= span.end) break;
    const len = Math.min(m.end, span.end) - Math.max(m.start, span.start);
    if (len > bestLen) (best = m), (bestLen = len);
  }
  return best;
}

/**
 * The actor a span of text stands for: the actor of the entity covering it ("Putin", "Moscow"), else of
 * the mention covering it ("he", "the Russian leader", "Afghan troops"), else null. A span that holds
 * several entities ("Russia and Belarus") gets the first one with an actor.
 */
export function actorAt(doc: Doc, span: Span): ActorRef | null {
  const ents = doc.layers.entities ?? [];
  for (let i = firstEndingAfter(ents, span.start); i < ents.length && ents[i].start < span.end; i++) {
    if (ents[i].actor && ents[i].start <= span.start && span.end <= ents[i].end) return ents[i].actor;
  }
  const m = mentionAt(doc, span);
  if (m?.actor) return m.actor;
  return entityAt(doc, span)?.actor ?? null;
}

/** Number and gender of a personal pronoun ("he", "their"), or null for any other word. */
export function pronounInfo(word: string): { gender: 'm' | 'f' | null; plural: boolean } | null {
  return PRONOUNS.get(word.toLowerCase()) ?? null;
}

/**
 * Whether a pronoun can refer to an entity: "he"/"she" to a person of that gender or of unknown
 * gender, "they" to an organisation, group or nationality. False for a word that is not a pronoun.
 */
export function pronounCompatible(pronoun: string, entity: Pick<Entity, 'type' | 'gender'>): boolean {
  const p = pronounInfo(pronoun);
  if (!p) return false;
  if (p.plural) return entity.type === 'ORG' || entity.type === 'NORP';
  if (entity.type !== 'PERSON') return false;
  return !p.gender || !entity.gender || p.gender === entity.gender;
}
