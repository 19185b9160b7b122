// The coder: triggers, roles, modality and quotes of one Doc -> PLOVER/CAMEO events with evidence.
import type { Event, EventActor, Quote, Token } from '../doc/types.ts';
import type { Doc } from '../doc/doc.ts';
import { actorSpans, toEventActor, tokenAt, type ActorSpan } from './actors.ts';
import { intentCode } from './intent.ts';
import { findTriggers, type Trigger } from './match.ts';
import { modalityOf } from './modality.ts';
import { cameoOf, ploverOf, type Ontology } from './ontology.ts';
import type { VerbDict } from './patterns.ts';
import { findRoles, type Roles } from './roles.ts';
import { isSubordinate } from './clause.ts';

export interface CoderData {
  ontology: Ontology;
  verbs: VerbDict;
}

const FIRST_PERSON = new Set(['we', 'i', 'us', 'our', 'me', 'my']);
const THIRD_PERSON = new Set(['he', 'she', 'it', 'they', 'his', 'her', 'its', 'their']);
/** Words right before a later trigger that make it the complement of an earlier one ("agreed to share"). */
const COMPLEMENT = new Set(['to', 'that', 'for', 'of', 'on']);
const ABSORB_REACH = 10;
/** Types whose verbs take an act as complement: "agreed to", "urged X to", "refused to", "threatened to". */
const VERBAL = new Set(['AGREE', 'REQUEST', 'REJECT', 'THREATEN', 'ACCUSE']);

const breaks = (tokens: readonly Token[], a: number, b: number) => {
  for (let j = a; j < b; j++) if (tokens[j].norm === ',' || tokens[j].norm === ';') return true;
  return false;
};

/** A trigger right after "and" (or ", and") whose subject would be found past an earlier trigger. */
function sharesSubject(tokens: readonly Token[], prev: Trigger, trig: Trigger, roles: Roles): boolean {
  let j = trig.head - 1;
  while (j > prev.end && (tokens[j].pos === 'ADV' || tokens[j].pos === 'AUX')) j--;
  if (tokens[j]?.norm !== 'and' && tokens[j]?.norm !== 'but') return false;
  return !roles.source.length || roles.source[0].t0 >= prev.head;
}

/** Does the statement name a subject of its own before the trigger ("Prisoners rioted", not "a suspension")? */
function namesSubject(tokens: readonly Token[], from: number, head: number): boolean {
  for (let j = from; j < head; j++) if (tokens[j].pos === 'NOUN' || tokens[j].pos === 'PROPN' || tokens[j].pos === 'PRON') return true;
  return false;
}

interface Segment {
  from: number;
  to: number;
  quote: number | null;
  spans: ActorSpan[];
}

interface Coded {
  trig: Trigger;
  code: string;
  plover: string;
  roles: Roles;
  negated: boolean;
  seg: Segment;
  subordinate: boolean;
  /** "Y must ...": the speaker of the statement requests the act of Y. */
  demanded: boolean;
}

function spansIn(spans: readonly ActorSpan[], from: number, to: number): ActorSpan[] {
  return spans.filter((s) => s.t0 >= from && s.t1 <= to);
}

/** The pronoun standing as the trigger's subject, if the word before its verb group is one. */
function subjectPronoun(tokens: readonly Token[], head: number, from: number): { at: number; norm: string } | null {
  for (let j = head - 1; j >= from && j >= head - 6; j--) {
    const t = tokens[j];
    if (t.pos === 'PRON') return { at: j, norm: t.norm };
    if (t.pos !== 'AUX' && t.pos !== 'PART' && t.pos !== 'ADV' && t.norm !== 'to') return null;
  }
  return null;
}

function claimant(q: Quote, tokens: readonly Token[], at: number): EventActor | null {
  if (!q.speakerActor) return null;
  const span = q.speaker ?? { start: tokens[at].start, end: tokens[at].end };
  return { start: span.start, end: span.end, country: q.speakerActor.country, sector: q.speakerActor.sector, actorId: q.speakerActor.id };
}

export function codeDoc(doc: Doc, data: CoderData): Event[] {
  if (!doc.has('tokens') || !doc.has('sentences')) return [];
  const tokens = doc.get('tokens');
  const quotes = doc.layers.quotes ?? [];
  const all = actorSpans(tokens, doc.layers.entities ?? [], doc.layers.mentions ?? []);
  // token ranges of each quote's content: its parts when the quote is split by its frame
  const quoteTok: [number, number, number][] = [];
  quotes.forEach((q, qi) => {
    for (const p of q.parts ?? [q]) quoteTok.push([qi, tokenAt(tokens, p.start), tokenAt(tokens, p.end - 1) + 1]);
  });
  const events: Event[] = [];
  for (const sent of doc.get('sentences')) {
    const sentSpans = spansIn(all, sent.tokenStart, sent.tokenEnd);
    const segOf = (head: number): Segment => {
      for (const [qi, a, b] of quoteTok) {
        if (head >= a && head < b) {
          const from = Math.max(a, sent.tokenStart);
          const to = Math.min(b, sent.tokenEnd);
          return { from, to, quote: qi, spans: spansIn(sentSpans, from, to) };
        }
      }
      return { from: sent.tokenStart, to: sent.tokenEnd, quote: null, spans: sentSpans };
    };
    const coded: Coded[] = [];
    let prevHead = -1;
    for (const trig of findTriggers(tokens, sent.tokenStart, sent.tokenEnd, data.verbs)) {
      const seg = segOf(trig.head);
      const mod = modalityOf(tokens, trig.head, seg.from);
      if (mod.hypothetical) continue;
      let code = trig.pattern.code;
      let pc = ploverOf(data.ontology, code);
      if (!pc) continue;
      let negated = mod.negated;
      const q = seg.quote != null ? quotes[seg.quote] : null;
      let demandedOf: Roles | null = null;
      if (mod.obligation) {
        // "X said Y must hand over the suspects": X requests of Y; an obligation no one voices is dropped
        if (!q || q.kind === 'direct' || !q.speakerActor) continue;
        const ic = intentCode(code) ?? (pc.plover === 'AGREE' ? code : null);
        code = ic && ic.startsWith('03') ? `10${ic.slice(2)}` : '100';
        pc = ploverOf(data.ontology, code) ?? pc;
        demandedOf = findRoles(tokens, seg.spans, seg.from, seg.to, trig);
      } else if (mod.future && negated && Number(code.slice(0, 2)) <= 8) {
        // "will not accept", "would never sign": a refused cooperation is a rejection (CAMEO 12)
        code = '120';
        pc = ploverOf(data.ontology, code)!;
        negated = false;
      } else if (mod.future && pc.plover !== 'AGREE') {
        const ic = intentCode(code);
        const ipc = ic ? ploverOf(data.ontology, ic) : null;
        if (ic && ipc) { code = ic; pc = ipc; }
      }
      let roles = findRoles(tokens, seg.spans, seg.from, seg.to, trig);
      if (demandedOf) roles = { source: [], target: demandedOf.source, passive: false };
      // "X killed Y and wounded Z": a verb joined to the one before shares its subject
      const last = coded[coded.length - 1];
      if (last && last.seg.quote === seg.quote && last.seg.from === seg.from && !roles.passive && !last.roles.passive && sharesSubject(tokens, last.trig, trig, roles)) roles = { ...roles, source: last.roles.source };
      // "killed or wounded", "refused to X and Y": a verb joined to a subordinate one is subordinate too
      const joinedTo = last && /^(and|or)$/.test(tokens[trig.head - 1]?.norm ?? '') ? last : null;
      const subordinate = joinedTo ? joinedTo.subordinate : isSubordinate(tokens, trig.head, seg.from, prevHead);
      prevHead = trig.head;
      coded.push({ trig, code, plover: pc.plover, roles, negated, seg, subordinate, demanded: !!demandedOf });
    }
    // a trigger in the complement of an earlier verbal one is part of it: "agreed to share information"
    const absorbed = coded.filter((c, i) => {
      for (let k = 0; k < i; k++) {
        const a = coded[k];
        // a noun naming the act a verb just reported: "wounded two soldiers in a bomb attack"
        if (tokens[c.trig.head].pos === 'NOUN' && a.seg.quote === c.seg.quote && c.trig.head - a.trig.end <= 6 && !breaks(tokens, a.trig.end, c.trig.head)) return false;
        // the same quote, or a statement the earlier verb introduces ("agreed that ... should cooperate")
        const introduces = a.seg.quote == null && c.seg.quote != null && quotes[c.seg.quote].start > tokens[a.trig.head].start;
        if (!VERBAL.has(a.plover) || c.trig.head > a.trig.end + ABSORB_REACH || (a.seg.quote !== c.seg.quote && !introduces)) continue;
        for (let j = Math.max(a.trig.headEnd, c.trig.head - 6); j < c.trig.head; j++) if (COMPLEMENT.has(tokens[j].norm)) return false;
      }
      return true;
    });
    // the main clause's events, or when it has none, the others
    const main = absorbed.filter((c) => !c.subordinate);
    const kept = main.length ? main : absorbed;
    for (const c of kept) {
      let source = c.roles.source.map(toEventActor);
      let target = c.roles.target.map(toEventActor);
      if (c.demanded && c.seg.quote != null) {
        const who = claimant(quotes[c.seg.quote], tokens, c.trig.head);
        if (who) source = [who];
      } else if (!source.length && c.seg.quote != null) {
        // the speaker is the source of what a quote claims of "we" or "I", and of what a reported
        // statement says with no subject of its own ("Italy announced a suspension of flights")
        const p = subjectPronoun(tokens, c.trig.head, c.seg.from);
        const q = quotes[c.seg.quote];
        const own = p ? FIRST_PERSON.has(p.norm) || (THIRD_PERSON.has(p.norm) && q.kind !== 'direct') : q.kind !== 'direct' && !c.roles.passive && !namesSubject(tokens, c.seg.from, c.trig.head);
        if (own) {
          const who = claimant(q, tokens, p ? p.at : c.trig.head);
          if (who) source = [who];
        }
      }
      const cooperative = Number(c.code.slice(0, 2)) <= 8;
      const reciprocal = c.roles.source.length > 1 && !target.length && cooperative;
      if (!target.length && source.length && !reciprocal) target = otherParty(sentSpans, source, c.trig);
      if (!source.length && !target.length) continue;
      const pc = ploverOf(data.ontology, c.code)!;
      const cc = cameoOf(data.ontology, c.code);
      const trig = c.trig;
      events.push({
        plover: c.plover,
        mode: pc.mode,
        context: pc.context,
        cameo: c.code,
        goldstein: cc ? cc.goldstein : null,
        quadClass: cc ? cc.quadClass : null,
        source,
        target,
        trigger: { start: tokens[trig.head].start, end: tokens[trig.end - 1].end },
        sentence: { start: sent.start, end: sent.end },
        negated: c.negated,
        quoteIndex: c.seg.quote,
        ...(reciprocal ? { reciprocal: true } : {}),
      });
    }
  }
  return events;
}

/**
 * When the clause names no target, the other party of the sentence: the nearest actor of another
 * country than the source's ("on resolving the Ukraine conflict, ... Russia remains open to talks"),
 * else the nearest other actor after the trigger ("Iraqi Kurds demonstrated ... for independence from
 * Iraq").
 */
function otherParty(spans: readonly ActorSpan[], source: EventActor[], trig: Trigger): EventActor[] {
  const own = new Set(source.map((s) => s.country));
  const mine = new Set(source.map((s) => s.start));
  let best: ActorSpan | null = null;
  let dist = Infinity;
  let after: ActorSpan | null = null;
  for (const s of spans) {
    if (!s.actor.country || mine.has(s.start)) continue;
    if (!after && s.t0 >= trig.end && !source.some((x) => x.actorId && x.actorId === s.actor.id)) after = s;
    if (own.has(s.actor.country)) continue;
    const d = s.t0 >= trig.end ? s.t0 - trig.end : trig.head - s.t1;
    if (d < dist) { dist = d; best = s; }
  }
  const pick = best ?? after;
  return pick ? [toEventActor(pick)] : [];
}
