import type { ActorRef, EntityType, Resolution, Token } from '../doc/types.ts';
import type { Dictionary } from './dictionary.ts';
import type { ActorEntry, Surface } from './types.ts';

/** What a title ("President", "Turkey's foreign minister") says about the person it names. */
export interface TitleInfo {
  word: string;
  sector: string | null;
  country: string | null;
  head: boolean;
  role: string | null;
  gender: 'm' | 'f' | null;
  /** The word names one person's office ("president", "leader"), not a body or a crowd. */
  person: boolean;
}

/** An entity found in a sentence, by token indices (end exclusive), before it becomes a layer span. */
export interface Draft {
  s: number;
  e: number;
  type: EntityType;
  actor: ActorRef | null;
  how: Resolution;
  gender: 'm' | 'f' | null;
  entry: ActorEntry | null;
  surface: Surface | null;
  title: TitleInfo | null;
  plural: boolean;
  /** Next to a verb of saying: preferred as the antecedent of a pronoun. */
  speaker: boolean;
  sent: number;
}

/** A nominal ("the Russian leader") or pronoun mention, by token indices. */
export interface MentionDraft {
  s: number;
  e: number;
  kind: 'pronoun' | 'nominal';
  /** The agent word's facts, for nominals. */
  agent: TitleInfo | null;
  plural: boolean;
  gender: 'm' | 'f' | null;
  actor: ActorRef | null;
  antecedent: number | null;
  how: Resolution;
  sent: number;
}

/** The state of one article while the actors stage reads it. */
export interface Work {
  text: string;
  tokens: Token[];
  /** Token texts as written, and lower-cased. */
  texts: string[];
  norms: string[];
  dict: Dictionary;
  day: string;
}

// Built as a literal and then assigned, not spread: the actors stage makes tens of thousands of these per
// second, and an object spread costs several times more.
export const draft = (w: Work, s: number, e: number, type: EntityType, sent: number, extra?: Partial<Draft>): Draft => {
  const d: Draft = { s, e, type, sent, actor: null, how: 'none', gender: null, entry: null, surface: null, title: null, plural: false, speaker: false };
  return extra ? Object.assign(d, extra) : d;
};

export const spanText = (w: Work, s: number, e: number): string => w.text.slice(w.tokens[s].start, w.tokens[e - 1].end);
