import { actorAt, entityAt, mentionAt, pronounInfo } from '../actors/index.ts';
import type { Doc } from '../doc/doc.ts';
import { tokenAt } from '../doc/spans.ts';
import type { ActorRef, Entity } from '../doc/types.ts';
import type { Draft } from './build.ts';

// Resolves a speaker span to an actor. A name goes through the actor layer (actorAt: the entity or
// mention covering it). A pronoun ("he", "she") takes the person of its gender named last before it in
// its paragraph in subject position (else named last at all), else the speaker of a nearby earlier quote when compatible, else what the actor layer's
// coreference says, else the nearest earlier person. "who" takes the name it follows. A speaker that
// is no known actor still gets its name, with id null.

const LEADING = /^(?:the|a|an|his|her|their|its)\s+/i;
const NEAR_QUOTE = 1500;

const nameOnly = (text: string): ActorRef => ({ id: null, name: text.replace(LEADING, '').trim(), country: null, sector: null });

interface Resolved {
  actor: ActorRef | null;
  gender: 'm' | 'f' | null;
}

/** The speakerActor of each draft (drafts in text order). */
export function resolveSpeakers(doc: Doc, drafts: Draft[]): (ActorRef | null)[] {
  const ents = doc.layers.entities ?? [];
  const done: Resolved[] = [];
  drafts.forEach((d, n) => {
    if (!d.speaker) return done.push({ actor: null, gender: null });
    const text = doc.slice(d.speaker);
    const lower = text.toLowerCase();
    const pron = pronounInfo(lower);
    if (lower === 'who') return done.push(whoActor(doc, ents, d.speaker.start));
    if (!pron) {
      const at = d.actorSpan ?? d.speaker;
      const actor = actorAt(doc, at);
      const e = entityAt(doc, at);
      return done.push({ actor: actor ?? nameOnly(e ? doc.slice(e) : text), gender: e?.gender ?? null });
    }
    if (pron.plural || lower === 'i' || lower === 'we') {
      const m = mentionAt(doc, d.speaker);
      return done.push({ actor: m?.actor ?? nameOnly(text), gender: null });
    }
    done.push(pronounActor(doc, ents, drafts, done, n, pron.gender));
  });
  return done.map((r) => r.actor);
}

const fits = (g: 'm' | 'f' | null, e: { gender?: 'm' | 'f' | null }) => !g || !e.gender || e.gender === g;

function pronounActor(doc: Doc, ents: Entity[], drafts: Draft[], done: Resolved[], n: number, gender: 'm' | 'f' | null): Resolved {
  const d = drafts[n];
  const at = d.speaker!.start;
  const block = doc.get('blocks')[d.block];
  let near: Entity | null = null;
  let subject: Entity | null = null;
  for (const e of ents) {
    if (e.start >= at) break;
    if (e.type === 'PERSON' && e.start >= block.start && fits(gender, e)) {
      near = e;
      if (inSubject(doc, e)) subject = e;
    }
  }
  // "Vik met Strand in Oslo. He said …": the agent in subject position, not the last name seen
  if (subject) near = subject;
  if (near) return { actor: near.actor ?? nameOnly(doc.slice(near)), gender: near.gender ?? gender };
  for (let k = n - 1; k >= 0; k--) {
    if (drafts[k].parts[0].start < at - NEAR_QUOTE) break;
    const r = done[k];
    if (!r.actor || !fits(gender, r) || pronounInfo(r.actor.name)) continue;
    return { actor: r.actor, gender: r.gender ?? gender };
  }
  const m = mentionAt(doc, d.speaker!);
  if (m?.actor) return { actor: m.actor, gender };
  for (const e of ents) {
    if (e.start >= at) break;
    if (e.type === 'PERSON' && fits(gender, e)) near = e;
  }
  return near ? { actor: near.actor ?? nameOnly(doc.slice(near)), gender: near.gender ?? gender } : { actor: nameOnly(doc.slice(d.speaker!)), gender };
}

/** Whether the name is a clause's subject in the parse: its head word's relation is nsubj. */
function inSubject(doc: Doc, e: Entity): boolean {
  const deps = doc.layers.deps;
  if (!deps) return false;
  const tokens = doc.get('tokens');
  for (let k = tokenAt(tokens, e.start); k < tokens.length && tokens[k].start < e.end; k++) {
    const h = deps[k].head;
    const outside = h < 0 || tokens[h].start < e.start || tokens[h].end > e.end;
    if (outside) return deps[k].rel === 'nsubj' || deps[k].rel === 'nsubj:pass';
  }
  return false;
}

/** "Jane Roe, who said …": the name right before the relative pronoun, within 120 characters. */
function whoActor(doc: Doc, ents: Entity[], at: number): Resolved {
  let near: Entity | null = null;
  for (const e of ents) {
    if (e.start >= at) break;
    if (e.end >= at - 120 && (e.type === 'PERSON' || e.type === 'ORG')) near = e;
  }
  if (near) return { actor: near.actor ?? nameOnly(doc.slice(near)), gender: near.gender ?? null };
  return { actor: nameOnly('who'), gender: null };
}
