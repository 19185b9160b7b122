import { readFileSync } from 'node:fs';
import type { Doc } from '../doc/doc.ts';
import { firstEndingAfter } from '../doc/spans.ts';
import type { Span, Token } from '../doc/types.ts';
import { childrenOf } from '../syntax/tree.ts';

// A speaker must be able to speak: a person, an organisation, a state or its officials, a group, a
// document standing for its authors ("the report says"), or a pronoun. A place that is no state ("the
// area", "in the city"), a number or a date, or a noun that names a thing ("the talks", "the deal") is
// no speaker. Names decide first (the actor layer's entities, capitalised words); a common noun is
// judged by its head against data/cues/non-agent-nouns.txt, the WordNet nouns with no sense that speaks.

let nonAgents: Set<string> | null = null;

/** The packaged list of nouns that never speak (read once). */
export function loadNonAgents(): Set<string> {
  if (!nonAgents) {
    const text = readFileSync(new URL('../../data/cues/non-agent-nouns.txt', import.meta.url), 'utf8');
    nonAgents = new Set(text.split('\n').filter((l) => l && !l.startsWith('#')));
  }
  return nonAgents;
}

// WordNet's own detachment rules for noun plurals ("morphy"): "aides" -> "aide", never "aid".
const PLURAL_RULES: [string, string][] = [['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y'], ['s', '']];

/** The word and its singulars by WordNet's rules ("talks" -> "talk", "cities" -> "city"). */
function singulars(w: string): string[] {
  const out = [w];
  for (const [end, to] of PLURAL_RULES) if (w.length > end.length + 1 && w.endsWith(end)) out.push(w.slice(0, -end.length) + to);
  return out;
}

/** Whether a common noun can name a speaker; a word WordNet does not list gets the benefit of the doubt. */
export function nounCanSpeak(norm: string, extra: ReadonlySet<string>): boolean {
  const list = loadNonAgents();
  const forms = singulars(norm);
  if (forms.some((f) => extra.has(f))) return true;
  return !forms.some((f) => list.has(f));
}

const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);
const SUBJECTS = new Set(['nsubj', 'nsubj:pass', 'obl:agent', 'obl', 'nmod']);

/**
 * The token that heads a phrase: a noun or pronoun whose parse head lies outside it, else its last noun
 * or pronoun, else its last word. "$20 million experts" is headed by "experts" whatever the parse
 * makes of the number.
 */
function headOf(doc: Doc, tokens: readonly Token[], i: number, j: number): number {
  const deps = doc.layers.deps;
  const pos = (k: number) => deps?.[k]?.upos ?? tokens[k].pos;
  const outside = (k: number) => deps![k].head < i || deps![k].head >= j;
  if (deps) for (let k = i; k < j; k++) if (outside(k) && NOMINAL.has(pos(k))) return k;
  if (deps) for (let k = i; k < j; k++) if (outside(k) && SUBJECTS.has(deps[k].rel)) return k;
  for (let k = j - 1; k >= i; k--) if (NOMINAL.has(pos(k))) return k;
  return j - 1;
}

const NEVER = new Set(['that', 'which', 'there', 'what', 'this']);

/**
 * How well a phrase can name a speaker, judged by its head word: `agent` (a person, organisation,
 * state, group, document or pronoun), `thing` (a noun with no speaking sense in WordNet, a count or
 * share: "the deal", "six in 10"), or `none` (a date, a sum of money, a year, "that").
 */
export type AgentLevel = 'agent' | 'thing' | 'none';

/**
 * How well the speaker span names an agent. `agentNouns` are nouns WordNet gives no speaking sense but
 * news uses for speakers (cues.json `agentNouns`: "the campaign said").
 */
export function agentLevel(doc: Doc, tokens: readonly Token[], span: Span, agentNouns: ReadonlySet<string>): AgentLevel {
  const i = firstEndingAfter(tokens, span.start);
  let j = i;
  while (j < tokens.length && tokens[j].start < span.end) j++;
  if (j <= i) return 'none';
  return tokenLevel(doc, tokens, headOf(doc, tokens, i, j), agentNouns, 0);
}

/** Whether the span names an agent outright. */
export const isAgent = (doc: Doc, tokens: readonly Token[], span: Span, agentNouns: ReadonlySet<string>): boolean => agentLevel(doc, tokens, span, agentNouns) === 'agent';

const TIME_NAMES = new Set('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec today yesterday tonight'.split(' '));
const MONEY = /^[$€£¥]$/;
const YEAR = /^(1[89]|20)\d\d$/;

function tokenLevel(doc: Doc, tokens: readonly Token[], h: number, agentNouns: ReadonlySet<string>, depth: number): AgentLevel {
  const t = tokens[h];
  const ents = doc.layers.entities ?? [];
  const e = ents[firstEndingAfter(ents, t.start)];
  if (e && e.start <= t.start && t.end <= e.end) {
    if (e.type === 'PERSON' || e.type === 'ORG' || e.type === 'NORP') return 'agent';
    // a state, or a capital standing for its government ("Moscow said"); other places are read as names below
    if (e.type === 'LOC' && e.actor?.id) return 'agent';
    if (e.type === 'DATE') return 'none';
  }
  // a nominal the actor layer gave an actor ("the chief executive": BUS)
  for (const m of doc.layers.mentions ?? []) {
    if (m.start > t.start) break;
    if (m.end >= t.end && m.actor) return 'agent';
  }
  const deps = doc.layers.deps;
  const pos = deps?.[h]?.upos ?? t.pos;
  if (NEVER.has(t.norm)) return 'none';
  if (pos === 'PRON' || pos === 'PROPN') return 'agent';
  if (TIME_NAMES.has(t.norm)) return 'none';
  // "eight of 10 voters", "most of them": a share speaks through what it is a share of
  if (deps && depth < 2) {
    for (const c of childrenOf(deps, h)) if (deps[c].rel === 'nmod' && tokenLevel(doc, tokens, c, agentNouns, depth + 1) === 'agent') return 'agent';
  }
  // a bare count stands for the people counted ("43 said", "six in 10 say"); a year or a sum does not
  if (pos === 'NUM') return YEAR.test(t.norm) || (h > 0 && MONEY.test(tokens[h - 1].norm)) ? 'none' : 'agent';
  if (/[A-Z]/.test(doc.text[t.start]) && pos !== 'DET') return 'agent';
  // the tagger reads some head nouns as adjectives ("the chief executive")
  if (pos === 'NOUN' || pos === 'ADJ') return nounCanSpeak(t.norm, agentNouns) ? 'agent' : 'thing';
  // a head the tagger left as a verb or other ("aides say"): no evidence against it
  return 'agent';
}
