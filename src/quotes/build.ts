import type { Span } from '../doc/types.ts';

/** A quote as the rules build it, before the speaker is resolved to an actor. */
export interface Draft {
  kind: 'direct' | 'indirect' | 'mixed';
  /** The content segments, in order: one per quotation of a split quote. */
  parts: Span[];
  cue: Span | null;
  speaker: Span | null;
  addressee: Span | null;
  /** Index of the body block of the first part. */
  block: number;
  /** True when the speaker was carried over from an earlier quote (floating, continued). */
  carried?: boolean;
  /** The draft this one took its speaker from. */
  from?: Draft;
  /** Where the text names the speaker as an actor, when the speaker span itself cannot say (a headline's "Lund:"). */
  actorSpan?: Span;
  /** Why the speaker is null: no speaker found, or the phrase found names no agent. */
  noSpeaker?: 'none found' | 'not an agent';
}

export const draftSpan = (d: Draft): Span => ({ start: d.parts[0].start, end: d.parts[d.parts.length - 1].end });
