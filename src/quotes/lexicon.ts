import { readFileSync } from 'node:fs';

/** The cue lexicon as the stage uses it: every word form maps to its lemma. */
export interface Lexicon {
  version: string;
  /** Word form -> lemma, for verbs of saying. */
  speech: Map<string, string>;
  /** Word form -> lemma, for verbs that are cues only next to a quotation. */
  nearQuote: Map<string, string>;
  addressee: Set<string>;
  addresseeOnlyWhenNamed: Set<string>;
  describe: Set<string>;
  /** Lemmas of praise and blame whose object is what they say something about ("condemned the attack"); they count as `speech` too. */
  evaluative: Set<string>;
  particles: Map<string, string>;
  nouns: Set<string>;
  phrases: { words: string[]; kind: 'according' | 'passive' }[];
  reporters: Set<string>;
  /** Lemmas of promises: their object handed to someone is a thing given, not a message ("pledged support to X"). */
  commissive: Set<string>;
  /** Nouns WordNet gives no speaking sense that news uses for an organisation ("the campaign said"). */
  agentNouns: Set<string>;
  /** Topic verbs whose content is the object of a preposition ("referring to X", "speaking of X"): lemma -> prepositions. */
  prepositional: Map<string, string[]>;
  /** Word form -> lemma, for the topic verbs of `prepositional`. */
  topicForms: Map<string, string>;
  /** Every word a cue can start with: the forms of speech and near-quote verbs, and phrase heads. */
  heads: Set<string>;
}

export interface RawLexicon {
  version: string;
  speech: string[];
  nearQuoteOnly: string[];
  addressee: string[];
  addresseeOnlyWhenNamed: string[];
  describe: string[];
  evaluative: string[];
  irregular: Record<string, string[]>;
  particles: Record<string, string>;
  nouns: string[];
  phrases: { words: string[]; kind: string }[];
  reporters: string[];
  commissive: string[];
  agentNouns: string[];
  prepositional: Record<string, string[]>;
}

const VOWEL = /[aeiou]/;

/** Regular inflections of an English verb: s/es, ed/d/ied, ing, with a doubled final consonant. */
export function inflect(lemma: string): string[] {
  const out = new Set([lemma]);
  const last = lemma[lemma.length - 1];
  const stem = lemma.slice(0, -1);
  if (/(s|sh|ch|x|z)$/.test(lemma)) out.add(lemma + 'es');
  else if (last === 'y' && !VOWEL.test(lemma[lemma.length - 2])) out.add(stem + 'ies');
  else out.add(lemma + 's');
  if (last === 'e') {
    out.add(lemma + 'd');
    out.add(stem + 'ing');
  } else if (last === 'y' && !VOWEL.test(lemma[lemma.length - 2])) {
    out.add(stem + 'ied');
    out.add(lemma + 'ing');
  } else {
    out.add(lemma + 'ed');
    out.add(lemma + 'ing');
  }
  return [...out];
}

function check(raw: unknown): RawLexicon {
  const r = raw as RawLexicon;
  const lists = ['speech', 'nearQuoteOnly', 'addressee', 'addresseeOnlyWhenNamed', 'describe', 'evaluative', 'nouns', 'reporters', 'commissive', 'agentNouns'] as const;
  if (!r || typeof r.version !== 'string') throw new Error('cues: missing version');
  for (const k of lists) {
    if (!Array.isArray(r[k]) || r[k].some((w) => typeof w !== 'string')) throw new Error(`cues: '${k}' must be a list of words`);
  }
  if (!Array.isArray(r.phrases) || r.phrases.some((p) => !Array.isArray(p.words) || !['according', 'passive'].includes(p.kind))) {
    throw new Error('cues: phrases must be {words, kind: according | passive}');
  }
  if (typeof r.irregular !== 'object' || typeof r.particles !== 'object') throw new Error('cues: irregular and particles must be objects');
  if (typeof r.prepositional !== 'object' || Object.values(r.prepositional).some((v) => !Array.isArray(v) || v.some((w) => typeof w !== 'string'))) {
    throw new Error('cues: prepositional must map each lemma to a list of prepositions');
  }
  return r;
}

/** Builds the lexicon from its raw JSON form (checked against the schema above). */
export function buildLexicon(raw: unknown): Lexicon {
  const r = check(raw);
  const forms = (lemmas: string[]) => {
    const m = new Map<string, string>();
    for (const l of lemmas) {
      for (const f of inflect(l)) if (!m.has(f)) m.set(f, l);
      for (const f of r.irregular[l] ?? []) m.set(f, l);
    }
    return m;
  };
  const speech = forms([...r.speech, ...r.describe, ...r.evaluative]);
  const nearQuote = forms(r.nearQuoteOnly);
  return {
    version: r.version,
    speech,
    nearQuote,
    addressee: new Set(r.addressee),
    addresseeOnlyWhenNamed: new Set(r.addresseeOnlyWhenNamed),
    describe: new Set(r.describe),
    evaluative: new Set(r.evaluative),
    particles: new Map(Object.entries(r.particles)),
    nouns: new Set(r.nouns),
    phrases: r.phrases.map((p) => ({ words: p.words, kind: p.kind as 'according' | 'passive' })),
    reporters: new Set(r.reporters),
    commissive: new Set(r.commissive),
    agentNouns: new Set(r.agentNouns),
    prepositional: new Map(Object.entries(r.prepositional)),
    topicForms: forms(Object.keys(r.prepositional)),
    heads: new Set([...speech.keys(), ...nearQuote.keys(), ...r.phrases.map((p) => p.words[0])]),
  };
}

let cached: Lexicon | null = null;

/** The packaged lexicon (data/cues/cues.json), read once. */
export function loadLexicon(): Lexicon {
  if (!cached) cached = buildLexicon(JSON.parse(readFileSync(new URL('../../data/cues/cues.json', import.meta.url), 'utf8')));
  return cached;
}
