// Hand-built analysed articles for the store tests: text written for the tests, with entities, quotes
// and events placed by finding their words in it. Used by store.case.test.ts for every backend.
import { createHash } from 'node:crypto';
import type { ContractOutput } from '../doc/contract.ts';
import type { ActorRef, Event } from '../doc/types.ts';
import { minhash } from './minhash.ts';
import type { ArticleInput } from './store.ts';

export const PUTIN: ActorRef = { id: 'vladimir-putin', name: 'Vladimir Putin', country: 'RUS', sector: 'GOV' };
export const TALIBAN: ActorRef = { id: 'taliban', name: 'Taliban', country: 'AFG', sector: 'GOV' };
export const ERDOGAN: ActorRef = { id: 'recep-tayyip-erdogan', name: 'Recep Tayyip Erdogan', country: 'TUR', sector: 'GOV' };

export interface EventSpec {
  source: [string, ActorRef];
  target: [string, ActorRef];
  trigger: string;
  plover: string;
  cameo: string;
  goldstein: number;
  quadClass: number;
  negated?: boolean;
  /** The event's own date, as src/time/event-dates.ts gives it. */
  date?: string;
  history?: boolean;
  /** How the article told it (the coder's factuality). */
  factuality?: Event['factuality'];
  /** The index of the quote it was said in, if any. */
  quote?: number;
}

export interface ArticleSpec {
  id: string;
  url: string | null;
  source?: string | null;
  date: string;
  dateSource?: string;
  title: string;
  text: string;
  /** [words, type, actor, which occurrence (0 = first)] */
  entities?: [string, string, ActorRef | null, number?][];
  quotes?: { text: string; speaker: string; actor: ActorRef | null; cue: string }[];
  events?: EventSpec[];
}

function at(text: string, needle: string, nth = 0): { start: number; end: number } {
  let start = text.indexOf(needle);
  for (let i = 0; i < nth && start >= 0; i++) start = text.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`"${needle}" is not in the test text`);
  return { start, end: start + needle.length };
}

const sentenceOf = (text: string, pos: number) => {
  const start = text.lastIndexOf('\n', pos) + 1;
  const nl = text.indexOf('\n', pos);
  return { start, end: nl < 0 ? text.length : nl };
};

export function makeArticle(spec: ArticleSpec): ArticleInput {
  const t = spec.text;
  const entities = (spec.entities ?? []).map(([needle, type, actor, nth]) => ({ text: needle, ...at(t, needle, nth), type, actor, how: actor ? 'dictionary' : 'none' }));
  const quotes = (spec.quotes ?? []).map((q) => ({
    kind: 'direct',
    text: q.text,
    ...at(t, q.text),
    cue: { text: q.cue, ...at(t, q.cue) },
    speaker: { text: q.speaker, ...at(t, q.speaker) },
    speakerActor: q.actor,
  }));
  const events = (spec.events ?? []).map((e) => {
    const trigger = at(t, e.trigger);
    const side = ([needle, a]: [string, ActorRef]) => [{ text: needle, ...at(t, needle), country: a.country, sector: a.sector, actorId: a.id }];
    return {
      plover: e.plover, mode: null, context: null, cameo: e.cameo, goldstein: e.goldstein, quadClass: e.quadClass,
      source: side(e.source), target: side(e.target), trigger: { text: e.trigger, ...trigger },
      sentence: sentenceOf(t, trigger.start), negated: e.negated ?? false, quoteIndex: e.quote ?? null,
      ...(e.date ? { date: e.date, dateSource: 'expression' as const } : {}),
      ...(e.history ? { history: true } : {}),
      ...(e.factuality ? { factuality: e.factuality } : {}),
    };
  });
  const contract: ContractOutput = {
    id: spec.id,
    article: { title: spec.title, date: spec.date, dateSource: spec.dateSource ?? 'record', byline: null, text: t, sections: [{ heading: null, paragraphs: [{ start: 0, end: t.length }] }], related: [], url: spec.url },
    entities,
    quotes,
    events,
  };
  return {
    contract,
    text: t,
    source: spec.source ?? (spec.url ? new URL(spec.url).host : null),
    url: spec.url,
    canonicalUrl: spec.url,
    contentHash: createHash('sha256').update(t).digest('hex'),
    minhash: minhash(t),
    origin: `test:${spec.id}`,
    provenance: { entities: 'actors@1', quotes: 'quotes@1', events: 'events@1' },
  };
}

/** A wire story about Russia and the Taliban, written for these tests. */
export const WIRE_TEXT = [
  'Russian President Vladimir Putin on Tuesday pledged support to the Taliban government in its fight against militant groups, Kremlin officials said.',
  'Putin said the two sides would work together on border security along the Amu Darya river and on trade routes running south toward Pakistan.',
  '"We regard them as partners in the fight against terrorism," Putin told reporters at a briefing in the Kremlin after the meeting.',
  'Analysts in Moscow said the move reflected a wider effort to build influence across Central Asia while Western governments keep their distance.',
  'The Taliban foreign ministry welcomed the statement and said a delegation would travel to Moscow next month for further talks on energy.',
].join('\n');

export function wireSpec(id: string, url: string, extra = ''): ArticleSpec {
  return {
    id,
    url,
    date: '2024-06-20',
    title: 'Putin pledges support to Taliban in fight against militants',
    text: WIRE_TEXT + extra,
    entities: [['Vladimir Putin', 'PERSON', PUTIN], ['Taliban', 'ORG', TALIBAN], ['Moscow', 'LOC', { id: null, name: 'Moscow', country: 'RUS', sector: null }]],
    quotes: [{ text: 'We regard them as partners in the fight against terrorism,', speaker: 'Putin', actor: PUTIN, cue: 'told' }],
    events: [{ source: ['Vladimir Putin', PUTIN], target: ['Taliban', TALIBAN], trigger: 'pledged support', plover: 'SUPPORT', cameo: '051', goldstein: 3.4, quadClass: 1 }],
  };
}
