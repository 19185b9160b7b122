// The document model: one text, fixed once, and layers of typed spans with offsets into it.
// Offsets are UTF-16 indices (JavaScript string indices), end exclusive, as in the analysis contract.

export interface Span {
  start: number;
  end: number;
}

/** What a block of the input is: a line or paragraph, as the article stage reads it. */
export type BlockRole =
  | 'title' // the headline
  | 'body' // a paragraph of the article body
  | 'heading' // a sub-heading that opens a section
  | 'related' // a promotion line ("Read more: ...")
  | 'duplicate' // a paragraph repeated from earlier in the article
  | 'dateline'
  | 'byline'
  | 'boilerplate'; // captions, credits, "Subscribe" lines and the like

export interface Block extends Span {
  role: BlockRole;
  /** For duplicates: index of the block this one repeats. */
  dupOf?: number;
}

/** A dropped range: still in `text`, marked instead of deleted. */
export interface Dropped extends Span {
  reason: 'duplicate' | 'related' | 'title' | 'heading' | 'dateline' | 'byline' | 'boilerplate';
}

export interface Section {
  /** Index into `blocks` of the heading, or null for the lead section. */
  heading: number | null;
  headingText: string | null;
  /** Indices into `blocks` of the body paragraphs of this section. */
  paragraphs: number[];
}

export interface Related {
  title: string;
  url: string | null;
}

export interface Sentence extends Span {
  /** Index into `blocks` of the paragraph the sentence is in. */
  block: number;
  /** Index of the first token of the sentence in `tokens`, and one past the last. */
  tokenStart: number;
  tokenEnd: number;
}

export interface Token extends Span {
  /**
   * The token as written, text[start, end). From the nlp stage it is wink's own string for the word,
   * one object for every occurrence, so V8 hashes it once and Map lookups keyed by it stay cheap.
   */
  text: string;
  /**
   * wink's id for the word in this process, or -1 (a token not read by wink as it is written). Ids of
   * words wink did not know come in the order it meets them, so they differ between processes: a key
   * for caches, never for output.
   */
  lex: number;
  /** Universal POS tag from wink (PROPN, VERB, PUNCT, ...). */
  pos: string;
  /** Lower-cased normal form. */
  norm: string;
  /** Lemma of the token. */
  lemma: string;
}

/**
 * One token's place in its sentence's dependency tree (Universal Dependencies v2 relations), from the
 * syntax stage. `deps[i]` belongs to `tokens[i]`.
 */
export interface Dep {
  /** Index into `tokens` of the head, or -1 for the sentence's root. Always inside the same sentence. */
  head: number;
  /** UD relation with its subtype: nsubj, nsubj:pass, obj, iobj, obl, obl:agent, ccomp, xcomp, advcl, acl, acl:relcl, amod, compound, conj, cc, aux, aux:pass, cop, mark, case, det, advmod, nmod, nmod:poss, appos, punct, root, ... */
  rel: string;
  /** The UPOS tag the parser used (the syntax stage's own tagger, more accurate than wink's on UD). */
  upos: string;
}

export type EntityType = 'PERSON' | 'ORG' | 'LOC' | 'NORP' | 'DATE' | 'MISC';

/** How an entity came to be linked to its actor, so a user can see why. */
export type Resolution = 'dictionary' | 'title' | 'alias' | 'coreference' | 'pattern' | 'metonym' | 'context' | 'none';

export interface ActorRef {
  /** Stable dictionary id ("vladimir-putin"), or null for an actor not in any dictionary. */
  id: string | null;
  name: string;
  /** ISO 3166 alpha-3 code, or a non-state code such as IGO, UNO, NGO. */
  country: string | null;
  /** PLOVER sector: GOV, MIL, REB, ... or null. */
  sector: string | null;
}

export interface Entity extends Span {
  type: EntityType;
  actor: ActorRef | null;
  how: Resolution;
  /** For person mentions: a grammatical gender if known ('m' | 'f'), for coreference. */
  gender?: 'm' | 'f' | null;
}

/** A mention that is not a name: a pronoun or a nominal ("the president"), resolved by coreference. */
export interface Mention extends Span {
  kind: 'pronoun' | 'nominal';
  actor: ActorRef | null;
  /** Index into `entities` of the antecedent, when resolved. */
  antecedent: number | null;
  /** How the mention got its actor: 'coreference' (from an antecedent), 'pattern' (its own words), 'none'. */
  how?: Resolution;
}

export interface Quote extends Span {
  kind: 'direct' | 'indirect' | 'mixed';
  cue: Span | null;
  speaker: Span | null;
  speakerActor: ActorRef | null;
  /** Why `speaker` is null: no speaker found, or the phrase found names no agent ("the area said"). */
  noSpeaker?: 'none found' | 'not an agent';
  /** Index of the addressee's span when the cue names one ("told reporters"). */
  addressee?: Span | null;
  /** The content segments of a split quote ("…," he said, "…"), when there are several. */
  parts?: Span[];
}

export interface EventActor extends Span {
  country: string | null;
  sector: string | null;
  actorId: string | null;
}

export interface Event {
  plover: string;
  mode: string | null;
  context: string | null;
  cameo: string | null;
  goldstein: number | null;
  quadClass: number | null;
  source: EventActor[];
  target: EventActor[];
  trigger: Span;
  sentence: Span;
  /** True when the event is not counted as fact: negated, or any factuality but 'asserted'. */
  negated: boolean;
  /** How the article tells the act: asserted, negated, future, conditional, wished, history or claimed. */
  factuality?: 'asserted' | 'negated' | 'future' | 'conditional' | 'wished' | 'history' | 'question' | 'claimed';
  /**
   * Why the event was coded: the verb pattern that matched (its file and line) and the dependency
   * paths from the trigger that linked source and target, when the parse gave them.
   */
  evidence?: { pattern?: string; sourcePath: string | null; targetPath: string | null };
  /** Index into `quotes` when the event is claimed inside a quote or reported statement. */
  quoteIndex: number | null;
  reciprocal?: boolean;
  /** The day the event happened (ISO), filled by src/time/event-dates.ts after coding. */
  date?: string;
  dateSource?: EventDateSource;
  /** The time expression the date was resolved from, when `dateSource` is 'expression'. */
  dateSpan?: Span | null;
  /** Resolved to a span of days (a week, a month, a year): its last day, ISO. */
  dateEnd?: string;
  /** The expression points after the article day ("next month"): the event is not asserted as done. */
  future?: boolean;
  /** History told in passing: a date well before the article's ("in 1999, X invaded Y"). */
  history?: boolean;
}

/** Where an article's date came from (see src/article/article-date.ts for the order). */
export type DateSource = 'record' | 'feed' | 'metadata' | 'url' | 'dateline' | 'ingest';

/** Where an event's date came from: a time expression in its sentence, or the article's date. */
export type EventDateSource = 'expression' | 'article';

export interface ArticleMeta {
  title: string | null;
  /** The article's date (ISO day): the record's, the feed's, the page's, the URL's, the dateline's, or the ingest day. */
  date: string | null;
  /** Where `date` came from; null only on a Doc not read by the article stage. */
  dateSource?: DateSource | null;
  byline: string | null;
  dateline: string | null;
  language: string | null;
  url: string | null;
  related: Related[];
}

/** The layers a stage can read or write, each with its type. */
export interface Layers {
  blocks: Block[];
  dropped: Dropped[];
  sections: Section[];
  sentences: Sentence[];
  tokens: Token[];
  deps: Dep[];
  entities: Entity[];
  mentions: Mention[];
  quotes: Quote[];
  events: Event[];
}

export type LayerName = keyof Layers | 'text' | 'meta';
