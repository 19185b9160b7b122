// Who claims an event told inside a quote or a reported statement: the speaker stands as the source of
// what "we" or "I" did, of what a reported "he/it/they" did, and of an act a statement names without a
// subject of its own ("Italy announced a suspension of flights").
import type { EventActor, Quote, Token } from '../doc/types.ts';
import { groupStart } from './coordination.ts';
import type { Roles } from './roles.ts';

const FIRST_PERSON = new Set(['we', 'i', 'us', 'our', 'me', 'my']);
const THIRD_PERSON = new Set(['he', 'she', 'it', 'they', 'his', 'her', 'its', 'their']);

/** The pronoun standing as the trigger's subject, if the word before its verb group is one. */
function subjectPronoun(tokens: readonly Token[], head: number, from: number): { at: number; norm: string } | null {
  const j = groupStart(tokens, head, from) - 1; // "it is prepared to impose": the group runs back to "is"
  if (j < from || j < head - 8) return null;
  const t = tokens[j];
  return t.pos === 'PRON' ? { at: j, norm: t.norm } : null;
}

/** Does the statement name a subject of its own before the trigger ("Prisoners rioted", not "a suspension")? */
function namesSubject(tokens: readonly Token[], from: number, head: number): boolean {
  for (let j = from; j < head; j++) if (tokens[j].pos === 'NOUN' || tokens[j].pos === 'PROPN' || tokens[j].pos === 'PRON') return true;
  return false;
}

/** The quote's speaker as an event actor (its span is the speaker's words, or the word at `at`). */
export function claimant(q: Quote, tokens: readonly Token[], at: number): EventActor | null {
  if (!q.speakerActor) return null;
  const span = q.speaker ?? { start: tokens[at].start, end: tokens[at].end };
  return { start: span.start, end: span.end, country: q.speakerActor.country, sector: q.speakerActor.sector, actorId: q.speakerActor.id };
}

/** The speaker as the source of a trigger in quote `q` whose clause gave none, when the claim is the speaker's own. */
export function claimedSource(q: Quote, tokens: readonly Token[], head: number, from: number, roles: Roles): EventActor | null {
  const p = subjectPronoun(tokens, head, from);
  const own = p
    ? FIRST_PERSON.has(p.norm) || (THIRD_PERSON.has(p.norm) && q.kind !== 'direct')
    : q.kind !== 'direct' && !roles.passive && !namesSubject(tokens, from, head);
  return own ? claimant(q, tokens, p ? p.at : head) : null;
}
