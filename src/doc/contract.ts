import type { Doc } from './doc.ts';
import type { ActorRef, Event, EventActor, Span } from './types.ts';

/** The analysis contract's output object (shared/eval/CONTRACT.md). */
export interface ContractOutput {
  id: string;
  article: {
    title: string | null;
    date: string | null;
    byline: string | null;
    text: string;
    sections: { heading: string | null; paragraphs: Span[] }[];
    related: { title: string; url: string | null }[];
    dateline?: string | null;
    url?: string | null;
    /** Where `date` came from: record, feed, metadata, url, dateline or ingest. */
    dateSource?: string | null;
  };
  entities: { text: string; start: number; end: number; type: string; actor: ActorRef | null; how?: string }[];
  quotes: {
    kind: string;
    text: string;
    start: number;
    end: number;
    cue: (Span & { text: string }) | null;
    speaker: (Span & { text: string }) | null;
    speakerActor: ActorRef | null;
    /** Why `speaker` is null: no speaker found, or the phrase found names no agent ("the area said"). */
    noSpeaker?: 'none found' | 'not an agent';
  }[];
  events: ContractEvent[];
  /** The body's tokens with their dependency parse: `head` indexes this list, -1 for a sentence's root. */
  tokens?: { text: string; start: number; end: number; pos: string; lemma: string; head: number; rel: string }[];
}

type Quoted = Span & { text: string };

/** An event as the contract writes it: the coder's Event with the words of its sides, trigger and date phrase. */
export interface ContractEvent extends Omit<Event, 'source' | 'target' | 'trigger' | 'dateSpan'> {
  source: (EventActor & { text: string })[];
  target: (EventActor & { text: string })[];
  trigger: Quoted | null;
  dateSpan?: Quoted | null;
}

const withText = (doc: Doc, s: Span | null) => (s ? { text: doc.slice(s), start: s.start, end: s.end } : null);

/**
 * The article text of the contract: for HTML input the Doc's text itself (offsets point into it);
 * for text input, the body paragraphs joined by a blank line (offsets point into the input).
 */
export function articleText(doc: Doc): string {
  if (doc.kind === 'html') return doc.text;
  return doc.bodyBlocks().map((b) => doc.slice(b)).join('\n\n');
}

/** Turns a Doc into the contract's JSON object. The one place that knows the contract's shape. */
export function toContract(doc: Doc): ContractOutput {
  const blocks = doc.layers.blocks ?? [];
  return {
    id: doc.id,
    article: {
      title: doc.meta.title,
      date: doc.meta.date ?? doc.recordDate,
      byline: doc.meta.byline,
      text: articleText(doc),
      sections: (doc.layers.sections ?? []).map((s) => ({
        heading: s.headingText,
        paragraphs: s.paragraphs.map((i) => ({ start: blocks[i].start, end: blocks[i].end })),
      })),
      related: doc.meta.related,
      dateline: doc.meta.dateline,
      url: doc.meta.url,
      dateSource: doc.meta.dateSource ?? (doc.recordDate ? 'record' : null),
    },
    entities: (doc.layers.entities ?? []).map((e) => ({ text: doc.slice(e), start: e.start, end: e.end, type: e.type, actor: e.actor, how: e.how })),
    quotes: (doc.layers.quotes ?? []).map((q) => ({
      kind: q.kind,
      text: doc.slice(q),
      start: q.start,
      end: q.end,
      cue: withText(doc, q.cue),
      speaker: withText(doc, q.speaker),
      speakerActor: q.speakerActor,
      ...(q.speaker ? {} : { noSpeaker: q.noSpeaker ?? 'none found' }),
    })),
    events: (doc.layers.events ?? []).map((e) => ({
      plover: e.plover,
      mode: e.mode,
      context: e.context,
      cameo: e.cameo,
      goldstein: e.goldstein,
      quadClass: e.quadClass,
      source: e.source.map((a) => ({ text: doc.slice(a), ...a })),
      target: e.target.map((a) => ({ text: doc.slice(a), ...a })),
      trigger: withText(doc, e.trigger),
      sentence: { start: e.sentence.start, end: e.sentence.end },
      negated: e.negated,
      ...(e.factuality ? { factuality: e.factuality } : {}),
      ...(e.evidence ? { evidence: e.evidence } : {}),
      quoteIndex: e.quoteIndex,
      ...(e.reciprocal ? { reciprocal: true } : {}),
      ...(e.date ? { date: e.date, dateSource: e.dateSource ?? 'article' } : {}),
      ...(e.dateSpan ? { dateSpan: withText(doc, e.dateSpan) } : {}),
      ...(e.dateEnd && e.dateEnd !== e.date ? { dateEnd: e.dateEnd } : {}),
      ...(e.future ? { future: true } : {}),
      ...(e.history ? { history: true } : {}),
    })),
    ...(doc.layers.tokens ? { tokens: contractTokens(doc) } : {}),
  };
}

function contractTokens(doc: Doc): NonNullable<ContractOutput['tokens']> {
  const deps = doc.layers.deps;
  return doc.get('tokens').map((t, k) => ({ text: t.text, start: t.start, end: t.end, pos: t.pos, lemma: t.lemma, head: deps?.[k]?.head ?? -1, rel: deps?.[k]?.rel ?? 'dep' }));
}
