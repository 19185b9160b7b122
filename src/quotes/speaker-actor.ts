import type { Doc } from '../doc/doc.ts';
import type { ActorRef, Entity, Mention, Span } from '../doc/types.ts';
import type { Draft } from './build.ts';

// Resolves a speaker span to an actor: the actor layer first (an entity or a mention overlapping the
// span), then, for "he" / "she" / "who", the speaker of a nearby earlier quote when compatible, then
// the nearest earlier person. A speaker that is no known actor still gets its name, with id null.

const PRONOUNS: Record<string, 'm' | 'f' | 'x'> = { he: 'm', him: 'm', she: 'f', her: 'f', who: 'x', they: 'x', i: 'x', we: 'x' };
const LEADING = /^(?:the|a|an|his|her|their|its)\s+/i;

export interface ActorIndex {
  entities: Entity[];
  mentions: Mention[];
}

export function actorIndex(doc: Doc): ActorIndex {
  return { entities: doc.has('entities') ? doc.get('entities') : [], mentions: doc.has('mentions') ? doc.get('mentions') : [] };
}

/** The last entity or mention (by start) overlapping the span, with an actor. */
function layerActor(ix: ActorIndex, span: Span): { actor: ActorRef | null; gender: 'm' | 'f' | null; entity: Entity | null } | null {
  let best: Entity | null = null;
  for (const e of ix.entities) {
    if (e.start >= span.end) break;
    if (e.end > span.start && (e.type === 'PERSON' || e.type === 'ORG' || e.actor) && (!best || e.start >= best.start)) best = e;
  }
  if (best) return { actor: best.actor, gender: best.gender ?? null, entity: best };
  for (const m of ix.mentions) {
    if (m.start >= span.end) break;
    if (m.end > span.start && m.actor) return { actor: m.actor, gender: null, entity: null };
  }
  return null;
}

const nameOnly = (text: string): ActorRef => ({ id: null, name: text.replace(LEADING, '').trim(), country: null, sector: null });

/** Sets speakerActor on each draft, in text order. */
export function resolveSpeakers(doc: Doc, drafts: Draft[]): (ActorRef | null)[] {
  const ix = actorIndex(doc);
  const out: (ActorRef | null)[] = [];
  const genders: ('m' | 'f' | null)[] = [];
  drafts.forEach((d, n) => {
    if (!d.speaker) {
      out.push(null);
      genders.push(null);
      return;
    }
    const text = doc.slice(d.speaker);
    const pron = PRONOUNS[text.toLowerCase()];
    const hit = layerActor(ix, d.speaker);
    if (hit?.actor && !pron) {
      out.push(hit.actor);
      genders.push(hit.gender);
      return;
    }
    if (pron) {
      if (hit?.actor && hit.entity === null) {
        out.push(hit.actor);
        genders.push(pron === 'x' ? null : pron);
        return;
      }
      const prev = previousSpeaker(doc, drafts, out, genders, n, pron, ix);
      out.push(prev);
      genders.push(pron === 'x' ? null : pron);
      return;
    }
    out.push(nameOnly(hit?.entity ? doc.slice(hit.entity) : text));
    genders.push(hit?.gender ?? null);
  });
  return out;
}

/** For a pronoun speaker: the speaker of an earlier quote within 1,500 characters, else the nearest earlier person. */
function previousSpeaker(doc: Doc, drafts: Draft[], actors: (ActorRef | null)[], genders: ('m' | 'f' | null)[], n: number, pron: 'm' | 'f' | 'x', ix: ActorIndex): ActorRef | null {
  const d = drafts[n];
  const at = d.speaker!.start;
  // The nearest person named before the pronoun in the same paragraph wins over an older quote.
  const block = doc.get('blocks')[d.block];
  let near: Entity | null = null;
  for (const e of ix.entities) {
    if (e.start >= at) break;
    if (e.type === 'PERSON' && e.start >= block.start && (!e.gender || pron === 'x' || e.gender === pron)) near = e;
  }
  if (near) return near.actor ?? nameOnly(doc.slice(near));
  for (let k = n - 1; k >= 0; k--) {
    if (drafts[k].parts[0].start < at - 1500) break;
    const a = actors[k];
    if (!a) continue;
    const g = genders[k];
    if (pron !== 'x' && g && g !== pron) continue;
    if (PRONOUNS[a.name.toLowerCase()]) continue;
    return a;
  }
  for (const e of ix.entities) if (e.start < at && e.type === 'PERSON' && (!e.gender || pron === 'x' || e.gender === pron)) near = e;
  return near ? near.actor ?? nameOnly(doc.slice(near)) : nameOnly(doc.slice(d.speaker!));
}
