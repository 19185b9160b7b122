// The coder: triggers, roles, modality and quotes of one Doc -> PLOVER/CAMEO events with evidence.
// For each sentence, in this order:
//  1. triggers: the most specific verb pattern at each token (match.ts);
//  2. the segment each trigger is told in: a quote's content (its speaker is the claimant) or the
//     narrative, so roles are looked for inside the claim itself;
//  3. the verb a trigger is joined to by "and"/"or"/"but" (coordination.ts), which lends it its subject
//     and, for a bare verb, its modal ("should respect ... and stop");
//  4. modality recodes or drops the act (recode.ts) before roles, since a demanded act changes who is
//     source and target;
//  5. roles by position (roles.ts), with the target rules of sides.ts (no side its own target, no
//     trailing "he said" speaker, no meeting venue) and the target stopping at a next "and said";
//  6. selection (select.ts): acts folded into the verb that governs them, main clause before background;
//  7. last fallbacks for the parties: the quote's speaker, then the sentence's other party, both under
//     the same target rules;
// and last, over the whole Doc, one event per repeated report (dedupe.ts).
import type { Event, EventActor, Quote, Token } from '../doc/types.ts';
import type { Doc } from '../doc/doc.ts';
import { tokenAt } from '../doc/spans.ts';
import { actorSpans, toEventActor, type ActorSpan } from './actors.ts';
import { claimant, claimedSource } from './claims.ts';
import { isNonFinite, isSubordinate } from './clause.ts';
import { findTriggers } from './match.ts';
import { cameoOf, ploverOf, type Ontology, type PloverCoding } from './ontology.ts';
import { joinedTo } from './coordination.ts';
import { dedupe } from './dedupe.ts';
import { isPolitical } from './political.ts';
import { jointModality, nextClause, partyEnd, quadOf, stateProtest, stateRally } from './refine.ts';
import { notTarget, sideFacts, type NotTarget } from './sides.ts';
import { otherParty, sharesSubject, subjectBelow } from './parties.ts';
import { placeByPhrase } from './placed.ts';
import { actsOnMessage } from './message-object.ts';
import { verbalCode } from './verbal-act.ts';
import { namesObject } from './pattern-object.ts';
import { visitsOwnCountry } from './own-visit.ts';
import type { VerbDict } from './patterns.ts';
import { recode } from './recode.ts';
import { findRoles, isReducedRelative, type Roles } from './roles.ts';
import { selectEvents, type Candidate } from './select.ts';
import { embeddingOf, hasPartyArgument, modeOf, predicateReason } from './frame/index.ts';
import { factualityOf, type Factuality } from './factuality.ts';
import { inNounReach, parseRoles } from './syntax-roles.ts';
import { inPlacePhrase } from './place.ts';
import { isSportsReport, type SportWords } from './sport.ts';
import { intentCode } from './intent.ts';
import { isConditionalConsequence } from './frame/condition.ts';

export interface CoderData {
  ontology: Ontology;
  verbs: VerbDict;
  /** WordNet's words of sport: in a sports report, violence and protest words name plays, not acts. */
  sport?: SportWords;
}

interface Segment {
  from: number;
  to: number;
  quote: number | null;
  spans: ActorSpan[];
}

interface Coded extends Candidate {
  code: string;
  pc: PloverCoding;
  roles: Roles;
  negated: boolean;
  seg: Segment;
  /** "Y must ...": the speaker of the statement requests the act of Y. */
  demanded: boolean;
  not: NotTarget;
  targetEnd: number | undefined;
  factuality: Factuality;
  paths: { source: string | null; target: string | null } | null;
}

/**
 * The spans within tokens [from, to). actorSpans() returns them sorted by start, hence by first token,
 * each ending after its first token: those in range follow the first at or after `from` and stop before
 * the first at or after `to` (a binary search instead of a filter over the Doc's spans per sentence).
 */
function spansIn(spans: readonly ActorSpan[], from: number, to: number): ActorSpan[] {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].t0 < from) lo = mid + 1;
    else hi = mid;
  }
  const out: ActorSpan[] = [];
  for (let k = lo; k < spans.length && spans[k].t0 < to; k++) if (spans[k].t1 <= to) out.push(spans[k]);
  return out;
}

/** PLOVER types whose words a sports report uses for play ("beat", "attack", "tackle", "rally", "protest the call"). */
const SPORT_SENSES = new Set(['ASSAULT', 'COERCE', 'PROTEST']);

/** Head of the last coded trigger before token `at`, or -1. */
function lastHeadBefore(coded: readonly { trig: { head: number } }[], at: number): number {
  let h = -1;
  for (const c of coded) if (c.trig.head < at) h = c.trig.head;
  return h;
}

/**
 * Whether the actor places the event among states and known organisations: a dictionary id or a
 * country. A kind of actor alone ("the police", "companies", "people") says who acted but not where.
 */
const isPlaced = (a: EventActor) => Boolean(a.actorId || a.country);

export function codeDoc(doc: Doc, data: CoderData): Event[] {
  if (!doc.has('tokens') || !doc.has('sentences')) return [];
  const tokens = doc.get('tokens');
  const quotes = doc.layers.quotes ?? [];
  const deps = doc.layers.deps ?? null;
  const spans = actorSpans(tokens, doc.layers.entities ?? [], doc.layers.mentions ?? []);
  const all = deps ? placeByPhrase(tokens, deps, spans) : spans;
  // token ranges of each quote's content: its parts when the quote is split by its frame
  const quoteTok: [number, number, number][] = [];
  quotes.forEach((q, qi) => {
    for (const p of q.parts ?? [q]) {
      const a = tokenAt(tokens, p.start);
      // a headline quote ("Lund: …") lies before the first token and holds none
      if (a < tokens.length && tokens[a].start < p.end) quoteTok.push([qi, a, tokenAt(tokens, p.end - 1) + 1]);
    }
  });
  const facts = sideFacts(tokens, all, quotes);
  // the parse, when the syntax stage ran: triggers are matched on its tags (wink's are less accurate),
  // must be predicates, and take their roles and factuality from it
  const matchTokens = deps ? tokens.map((t, k) => (deps[k] && deps[k].upos !== t.pos ? { ...t, pos: deps[k].upos } : t)) : tokens;
  // a year before the article's makes an act history; with no date for the text, no year can (an
  // undated wire report about 2002 is not history because it is read in a later year)
  const articleYear = Number(doc.knownDate()?.slice(0, 4)) || undefined;
  const events: Event[] = [];
  // read once, and only for a doc with an act of a type a sports report uses for play
  let sports: boolean | undefined;
  for (const sent of doc.get('sentences')) {
    const sentSpans = spansIn(all, sent.tokenStart, sent.tokenEnd);
    // the quote parts that reach into the sentence (the only ones a head in it can be in), in the same
    // order, found once per sentence with a trigger instead of scanning all the Doc's parts per trigger
    let sentQuotes: [number, number, number][] | null = null;
    const segOf = (head: number): Segment => {
      sentQuotes ??= quoteTok.filter(([, a, b]) => a < sent.tokenEnd && b > sent.tokenStart);
      for (const [qi, a, b] of sentQuotes) {
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
    const triggers = findTriggers(matchTokens, sent.tokenStart, sent.tokenEnd, data.verbs, false, deps);
    for (let ti = 0; ti < triggers.length; ti++) {
      let trig = triggers[ti];
      // a word that only modifies a noun ("a PR attack", "newly appointed") or a noun with no
      // arguments ("the trade") is no event
      if (deps && !predicateReason(tokens, deps, trig.head).ok) continue;
      // a material act done to a message is no such act ("released the report"), unless a pattern names the object
      if (deps && data.verbs.messageNouns && !namesObject(trig.pattern) && actsOnMessage(tokens, deps, trig.head, quadOf(data.ontology, trig.pattern.code), data.verbs.messageNouns)) {
        // ... but a verb of speech coded as material conflict is a verbal attack ("attacked the plan": 111)
        const verbal = verbalCode(tokens, trig.head, quadOf(data.ontology, trig.pattern.code), data.verbs.verbalVerbs);
        if (!verbal) continue;
        triggers[ti] = trig = { ...trig, pattern: { ...trig.pattern, code: verbal } };
      }
      // a noun coded through its verb's patterns needs a party of its own ("riots against the policy")
      if (deps && trig.nounUse && !hasPartyArgument(tokens, deps, trig.head)) continue;
      const seg = segOf(trig.head);
      const q = seg.quote != null ? quotes[seg.quote] : null;
      const joined = joinedTo(tokens, trig.head, seg.from);
      let mod = jointModality(tokens, trig.head, seg.from, joined);
      // "X may halt mediation if Y ...": a conflictual act made to hang on a condition is a threat
      // (PLOVER THREATEN; CAMEO pairs each such act with its 13x code), not a dropped hypothesis
      if (deps && mod.hypothetical && !mod.negated && quadOf(data.ontology, trig.pattern.code) >= 3 && intentCode(trig.pattern.code) && isConditionalConsequence(tokens, deps, trig.head)) mod = { ...mod, hypothetical: false, future: true };
      const rc = recode(data.ontology, trig.pattern.code, mod, q);
      if (!rc) continue;
      // "Russia beat Croatia 3-0", "rallied to win the set": in a sports report no fight or protest
      if (SPORT_SENSES.has(rc.pc.plover) && (sports ??= !!data.sport && isSportsReport(tokens, deps, data.sport))) continue;
      // the act's own nature decides whether a country may be its own target: a threatened curfew (172x)
      // is domestic coercion, a threatened "response" (130) is not
      const not = notTarget(facts, rc.code, Math.max(quadOf(data.ontology, rc.code), quadOf(data.ontology, trig.pattern.code)));
      const targetEnd = nextClause(tokens, triggers, ti);
      let found = findRoles(tokens, seg.spans, seg.from, seg.to, trig, { subjectAt: joined?.subjectAt, notTarget: not, targetEnd });
      let paths: Coded['paths'] = null;
      if (deps) {
        const pr = parseRoles(tokens, deps, seg.spans, trig.head, data.verbs.thingNouns);
        if (!trig.pattern.elems.some((e) => e.role)) {
          // grammatical roles first; word order only where the parse found no such argument at all
          // word order fills a role the parse left empty, but no doer with an actor that only says where
          // (PLOVER does take a place as the target: "a curfew in Abidjan")
          const notPlace = (x: ActorSpan) => !inPlacePhrase(tokens, deps, x);
          // nor a target that is the doer of a clause the trigger governs ("warned that police will ...")
          const notInnerDoer = (x: ActorSpan) => !subjectBelow(deps, x, trig.head);
          found = { source: pr.hasDoer ? pr.source : found.source.filter(notPlace), target: pr.hasUndergoer ? pr.target : found.target.filter(notInnerDoer), passive: pr.passive };
          paths = { source: pr.hasDoer ? pr.sourcePath : null, target: pr.hasUndergoer ? pr.targetPath : null };
        } else {
          // the pattern places its roles; the parse fills a role the pattern's words left empty
          const source = found.source.length ? found.source : pr.source;
          const patTarget = found.target.filter((t) => inNounReach(tokens, deps, t, trig.head));
          const target = patTarget.length ? patTarget : pr.target.filter((t) => !source.includes(t));
          paths = { source: found.source.length ? 'pattern' : pr.sourcePath, target: patTarget.length ? 'pattern' : pr.targetPath };
          found = { source, target, passive: found.passive };
        }
      }
      const factuality: Factuality = deps
        ? factualityOf(modeOf(tokens, deps, trig.head, { articleYear }), embeddingOf(tokens, deps, trig.head), { negated: rc.negated, demanded: rc.demanded, recoded: rc.code !== trig.pattern.code, negationCoded: rc.negationCoded })
        : rc.negated ? 'negated' : 'asserted';
      // a demanded act: the speaker requests it of the clause's subject
      let roles = rc.demanded ? { source: [], target: found.source, passive: false } : found;
      // "X killed Y and wounded Z": a verb joined to the one before shares its subject
      const last = coded[coded.length - 1];
      if (last && last.seg.quote === seg.quote && last.seg.from === seg.from && !roles.passive && !last.roles.passive && sharesSubject(tokens, last.trig, trig, roles)) roles = { ...roles, source: last.roles.source };
      // "killed or wounded", "refused to X and Y": a verb joined to a subordinate one is subordinate too
      const joinedVerb = last && /^(and|or)$/.test(tokens[trig.head - 1]?.norm ?? '') ? last : null;
      // a verb joined to another is as subordinate as that one: "militants who attacked ... and killed"
      // are background, "Pakistan accused X of sheltering militants who attacked ..., and warned" is not
      let subordinate: boolean;
      if (joined && joined.verb >= 0) {
        const ante = coded.find((c) => c.trig.head === joined.subjectAt);
        subordinate = isNonFinite(tokens, trig.head, seg.from) || (ante ? ante.subordinate : isSubordinate(tokens, joined.subjectAt, seg.from, lastHeadBefore(coded, joined.subjectAt)));
      } else subordinate = joinedVerb ? joinedVerb.subordinate : isSubordinate(tokens, trig.head, seg.from, prevHead);
      subordinate ||= isReducedRelative(tokens, trig.head, seg.from);
      prevHead = trig.head;
      const code = stateProtest(tokens, trig, rc.code, roles.source);
      if (stateRally(code, roles.source, roles.target, (t) => !!deps && inPlacePhrase(tokens, deps, t))) continue;
      const pc = code === rc.code ? rc.pc : ploverOf(data.ontology, code) ?? rc.pc;
      coded.push({ trig, code, pc, plover: pc.plover, quote: seg.quote, roles, negated: rc.negated, seg, subordinate, demanded: rc.demanded, not, targetEnd, factuality, paths });
    }
    const kept = selectEvents(coded, tokens, quotes);
    for (const c of kept) {
      let source = c.roles.source.map(toEventActor);
      let target = c.roles.target.map(toEventActor);
      if (c.demanded && c.seg.quote != null) {
        const who = claimant(quotes[c.seg.quote], tokens, c.trig.head);
        if (who) source = [who];
      } else if (!source.length && c.seg.quote != null) {
        const who = claimedSource(quotes[c.seg.quote], tokens, c.trig.head, c.seg.from, c.roles);
        if (who) source = [who];
      }
      const cooperative = Number(c.code.slice(0, 2)) <= 8;
      const reciprocal = c.roles.source.length > 1 && !target.length && cooperative;
      // the claimant may be the side a target found before it stands for ("we want trade," he said)
      target = target.filter((t) => !c.not(t, source));
      if (!target.length && source.length && !reciprocal) target = otherParty(sentSpans, source, c.trig, c.not, Math.min(c.targetEnd ?? Infinity, partyEnd(tokens, c.trig.end, sent.tokenEnd)), deps);
      // An event is between actors a coder can place: as in CAMEO coding, where an act needs a state or a
      // coded organisation on one side, an act between bare names or kinds ("Webb", "police arrested six
      // people", "companies invested") is dropped; a kind still takes its role from the words around it.
      if (!source.some(isPlaced) && !target.some(isPlaced)) continue;
      // a visit to a place of one's own country has no host (own-visit.ts)
      if (visitsOwnCountry(c.code, source, target)) continue;
      // and one side must be political: a state, an international body, or a sector of a state
      // (political.ts); companies, outlets, or cities alone do not make an event
      const material = quadOf(data.ontology, c.code) === 4;
      const typed = (a: EventActor) => ({ ...a, type: [...c.roles.source, ...c.roles.target].find((s) => s.start === a.start && s.end === a.end)?.type });
      if (![...source, ...target].some((a) => isPolitical(typed(a), material))) continue;
      const pc = c.pc;
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
        // not counted as fact: negated, or not asserted (intended, conditional, wished, history, claimed)
        negated: c.negated || c.factuality !== 'asserted',
        factuality: c.factuality,
        quoteIndex: c.seg.quote,
        evidence: { pattern: `${trig.pattern.file}:${trig.pattern.line}`, sourcePath: c.paths?.source ?? null, targetPath: c.paths?.target ?? null },
        ...(reciprocal ? { reciprocal: true } : {}),
      });
    }
  }
  return dedupe(doc.text, events);
}
