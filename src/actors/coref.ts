import type { ActorRef, Resolution } from '../doc/types.ts';
import { NAME_PARTICLES } from './lexicon.ts';
import { roleAt } from './roles.ts';
import { spanText, type Draft, type MentionDraft, type TitleInfo, type Work } from './work.ts';

const HEAD_TITLES = /president|prime minister|premier|chancellor|king|queen|emir|supreme leader|head of state|crown prince|sultan/;

/** Name words of a person draft, without particles: "Lula da Silva" -> lula, silva. */
const nameWords = (w: Work, d: Draft) => {
  const out: string[] = [];
  for (let k = d.s; k < d.e; k++) if (!NAME_PARTICLES.has(w.norms[k]) && /\p{L}/u.test(w.texts[k])) out.push(w.norms[k]);
  return out;
};

/**
 * Short names after full ones: "Putin" after "Vladimir Putin", "Mr Kèrè" after "Diébédo Francis Kèrè".
 * A person draft whose words are all in an earlier person's name takes that person's actor.
 */
export function linkAliases(w: Work, drafts: Draft[]): void {
  const people: { words: Set<string>; d: Draft }[] = [];
  for (const d of drafts) {
    if (d.type !== 'PERSON') continue;
    const words = nameWords(w, d);
    if (!d.entry) {
      const p = [...people].reverse().find((x) => words.length && words.length < x.words.size + 1 && words.every((t) => x.words.has(t)) && x.d !== d);
      if (p && (p.d.e - p.d.s > d.e - d.s || p.d.entry)) {
        d.actor = p.d.actor;
        d.entry = p.d.entry;
        d.gender ??= p.d.gender;
        d.how = 'alias';
        d.title ??= p.d.title;
        continue;
      }
    }
    d.actor ??= { id: null, name: spanText(w, d.s, d.e), country: null, sector: null };
    people.push({ words: new Set(words), d });
  }
  linkBack(w, people);
}

/**
 * A short unknown name before the full one ("Orlik" in the headline, "Pavel Orlik" in the body) takes
 * the full name's actor when exactly one longer person of the article has all its words, so a
 * surname two people share ("Dana Weiss", "Pavel Weiss") stays apart.
 */
function linkBack(w: Work, people: { words: Set<string>; d: Draft }[]): void {
  for (const p of people) {
    if (p.d.entry || p.d.how === 'alias' || !p.words.size) continue;
    const fuller = people.filter((x) => x.d.s > p.d.s && x.words.size > p.words.size && [...p.words].every((t) => x.words.has(t)));
    const actors = new Set(fuller.map((x) => x.d.actor?.id ?? x.d.actor?.name));
    if (actors.size !== 1) continue;
    const f = fuller[0].d;
    p.d.actor = f.actor;
    p.d.entry = f.entry;
    p.d.gender ??= f.gender;
    p.d.title ??= f.title;
    p.d.how = 'alias';
  }
}

/** The title a person holds: from the dictionary role on the day, else from the text. */
function titleWords(w: Work, d: Draft): string {
  const role = d.entry ? roleAt(d.entry, w.day) : null;
  return `${role?.title ?? ''} ${d.title?.word ?? ''}`.toLowerCase();
}

/** Whether a nominal such as "the Russian leader" or "the foreign minister" can name this person. */
export function nominalFits(w: Work, t: TitleInfo, d: Draft): boolean {
  if (d.type !== 'PERSON' || !d.actor) return false;
  if (t.gender && d.gender && t.gender !== d.gender) return false;
  if (t.country && d.actor.country && t.country !== d.actor.country) return false;
  if (t.country && !d.actor.country) return false;
  if (t.sector && d.actor.sector && t.sector !== d.actor.sector && !(t.sector === 'GOV' && d.actor.sector === 'MIL')) return false;
  const held = titleWords(w, d);
  if (t.role) return held.includes(t.role === 'defence' ? 'defen' : t.role);
  if (t.head) return HEAD_TITLES.test(held) || (!held.trim() && d.actor.sector === 'GOV');
  const word = t.word.replace(/s$/, '');
  return held.includes(word) || (word === 'minister' && /minister|secretary/.test(held)) || (!held.trim() && !!d.actor.sector);
}

/** Whether a pronoun can stand for a person draft: gender, and number for "they". */
export function pronounFits(gender: 'm' | 'f' | null, plural: boolean, d: { type: string; gender: 'm' | 'f' | null; plural: boolean }): boolean {
  if (plural) return d.plural || d.type === 'ORG';
  if (d.type !== 'PERSON' || d.plural) return false;
  return !gender || !d.gender || gender === d.gender;
}

interface Candidate {
  draft: Draft | null;
  at: number;
  sent: number;
  d: { type: string; gender: 'm' | 'f' | null; plural: boolean };
  actor: ActorRef | null;
  entity: number | null;
  speaker: boolean;
}

/**
 * Resolves nominals and pronouns to the nearest compatible antecedent. Sentences are searched from the
 * mention's own back to three before; within the first sentence that has a fit, a speaker comes first,
 * then a known gender, then the leftmost (usually the subject) for pronouns, the nearest for nominals.
 */
export function resolveMentions(w: Work, drafts: Draft[], mentions: MentionDraft[], entityIndex: Map<Draft, number>): void {
  const bySent = new Map<number, Candidate[]>();
  const add = (c: Candidate) => {
    const list = bySent.get(c.sent);
    if (list) list.push(c);
    else bySent.set(c.sent, [c]);
  };
  for (const d of drafts) add({ draft: d, at: d.s, sent: d.sent, d, actor: d.actor, entity: entityIndex.get(d) ?? null, speaker: d.speaker });
  for (const m of mentions) {
    const fits = (c: Candidate) => {
      if (c.at >= m.s) return false;
      if (m.kind === 'nominal') return m.agent!.person && !m.plural && c.draft !== null && nominalFits(w, m.agent!, c.draft);
      return pronounFits(m.gender, m.plural, c.d);
    };
    let pick: Candidate | null = null;
    const window = m.kind === 'nominal' ? 12 : 3;
    for (let s = m.sent; s >= m.sent - window && !pick; s--) {
      const inSent = (bySent.get(s) ?? []).filter(fits).sort((x, y) => x.at - y.at);
      if (!inSent.length) continue;
      if (m.kind === 'nominal') pick = inSent[inSent.length - 1];
      else {
        const score = (c: Candidate) => (c.speaker ? 2 : 0) + (c.d.gender ? 1 : 0);
        const best = Math.max(...inSent.map(score));
        const top = inSent.filter((c) => score(c) === best);
        pick = m.plural ? top[top.length - 1] : top[0];
      }
    }
    if (pick && (m.kind === 'pronoun' || m.agent?.person)) {
      m.actor = pick.actor;
      m.antecedent = pick.entity;
      m.how = 'coreference' satisfies Resolution;
      add({ draft: pick.draft, at: m.s, sent: m.sent, d: { type: pick.d.type, gender: pick.d.gender ?? m.gender, plural: pick.d.plural }, actor: pick.actor, entity: pick.entity, speaker: false });
    } else if (m.kind === 'nominal' && m.agent && (m.agent.country || m.agent.sector)) {
      m.actor = { id: null, name: spanText(w, m.s, m.e), country: m.agent.country, sector: m.agent.sector };
      m.how = 'pattern';
      if (m.plural) add({ draft: null, at: m.s, sent: m.sent, d: { type: 'NOMINAL', gender: null, plural: true }, actor: m.actor, entity: null, speaker: false });
    }
  }
}
