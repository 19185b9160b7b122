// Is a predicate a claim someone makes rather than a fact the article states? It is when it sits under
// a verb of saying, accusing or denying: "X said that Y attacked Z", "X accused Y of attacking Z",
// "X denied attacking Z", "Y attacked Z, the ministry said", "according to X, Y attacked Z".
import type { Dep, Token } from '../../doc/types.ts';
import { argumentsOf, type Arg } from './args.ts';
import { baseRel, caseOf, childrenOf, conjuncts, marksOf, spanOf } from '../../syntax/tree.ts';
import {
  ACCUSATION_NOUNS, ACCUSATION_VERBS, DENIAL_NOUNS, DENIAL_VERBS, DIRECTIVE_VERBS, REPORT_NOUNS, REPORT_VERBS,
} from './words.ts';

export type EmbeddingKind = 'accusation' | 'report' | 'denial';

export interface Embedding {
  /** Index of the governing word: the verb of saying, accusing or denying, a noun like "claims", or the "according to" noun. */
  governor: number;
  kind: EmbeddingKind;
  /** Relations climbed from the predicate to the governor ("ccomp^", "conj^>ccomp^", "advcl^", "parataxis" for "..., X said"). */
  path: string;
  /** Who makes the claim: the governor's subject or agent (a noun's possessor), or the "according to" phrase. */
  claimant: Arg[];
  /** For an accusation, who is accused: the object ("accused Y of"), or the passive subject ("Y was accused of"). */
  accused: Arg[];
}

/** Prepositions and markers that attach the act an accusation is about ("of attacking", "for the attack"). */
const ACCUSED_OF = new Set(['of', 'for', 'over']);
const MAX_CLIMB = 12;

const lemma = (tokens: readonly Token[], i: number) => tokens[i].lemma.toLowerCase();
const isNoun = (tokens: readonly Token[], i: number) => tokens[i].pos === 'NOUN' || tokens[i].pos === 'PROPN';

/** The marker or preposition that attaches `c` to its head: its mark, else its case. */
function linkWord(tokens: readonly Token[], deps: readonly Dep[], c: number): string | null {
  return marksOf(tokens, deps, c)[0] ?? caseOf(tokens, deps, c);
}

function verbKind(l: string): EmbeddingKind | null {
  if (ACCUSATION_VERBS.has(l)) return 'accusation';
  if (DENIAL_VERBS.has(l)) return 'denial';
  if (REPORT_VERBS.has(l)) return 'report';
  return null;
}

function nounKind(l: string): EmbeddingKind | null {
  if (DENIAL_NOUNS.has(l)) return 'denial';
  if (ACCUSATION_NOUNS.has(l)) return 'accusation';
  if (REPORT_NOUNS.has(l)) return 'report';
  return null;
}

/** Does `c`, hanging on `h` by `rel`, make it a claim of `h`? The governor and its kind, or null. */
function governs(tokens: readonly Token[], deps: readonly Dep[], c: number, rel: string, h: number): { governor: number; kind: EmbeddingKind } | null {
  const l = lemma(tokens, h);
  const link = linkWord(tokens, deps, c);
  if (isNoun(tokens, h)) {
    // "claims that Iran attacked", "reports of an attack", "accusations of shelling", "his denial of the raid"
    const kind = nounKind(l);
    const clause = (rel === 'acl' || baseRel(rel) === 'ccomp') && (link === 'that' || link === null);
    const ofPhrase = (rel === 'acl' || baseRel(rel) === 'nmod') && link === 'of';
    if (kind && (clause || ofPhrase))
      return { governor: h, kind };
    // "accused Moscow of attacking", with the gerund hung on the accused noun
    if ((rel === 'acl' || baseRel(rel) === 'nmod') && link && ACCUSED_OF.has(link) && deps[h].rel === 'obj') {
      const g = deps[h].head;
      if (g >= 0 && ACCUSATION_VERBS.has(lemma(tokens, g))) return { governor: g, kind: 'accusation' };
    }
    return null;
  }
  const kind = verbKind(l);
  if (!kind) return null;
  const base = baseRel(rel);
  if (base === 'ccomp' || base === 'csubj') return { governor: h, kind };
  if (rel === 'xcomp') {
    // "denied attacking", "claimed to have shot down", "is said to have fled"; not "told X to leave" (a wish)
    if (kind === 'report' && DIRECTIVE_VERBS.has(l)) return null;
    return { governor: h, kind };
  }
  if ((base === 'advcl' || base === 'obl') && link && ACCUSED_OF.has(link) && kind === 'accusation') return { governor: h, kind };
  if (rel === 'obj' && kind === 'denial') return { governor: h, kind }; // "denied the attack"
  return null;
}

/** "..., the ministry said": a speech verb in parataxis to the clause, with a subject of its own. */
function parentheticalReport(tokens: readonly Token[], deps: readonly Dep[], c: number): number | null {
  for (const p of childrenOf(deps, c)) {
    if (deps[p].rel !== 'parataxis' || !verbKind(lemma(tokens, p))) continue;
    if (childrenOf(deps, p).some((k) => baseRel(deps[k].rel) === 'nsubj') && !childrenOf(deps, p).some((k) => ['ccomp', 'obj', 'xcomp'].includes(deps[k].rel))) return p;
  }
  return null;
}

/** "according to X": the noun X, an oblique of the clause. */
function accordingTo(tokens: readonly Token[], deps: readonly Dep[], c: number): number | null {
  for (const o of childrenOf(deps, c)) if (baseRel(deps[o].rel) === 'obl' && caseOf(tokens, deps, o) === 'according to') return o;
  return null;
}

function result(tokens: readonly Token[], deps: readonly Dep[], governor: number, kind: EmbeddingKind, path: string[]): Embedding {
  const a = argumentsOf(tokens, deps, governor);
  const claimant = isNoun(tokens, governor) ? [...a.possessor, ...a.agent] : [...a.subject, ...a.agent];
  const accused = kind === 'accusation' && !isNoun(tokens, governor) ? [...a.object, ...a.passiveSubject] : [];
  return { governor, kind, path: path.join('>'), claimant, accused };
}

/**
 * The nearest word that makes predicate `i` a claim, with its kind and claimant, or null when the
 * predicate is stated by the article itself. For nested claims ("X said Y accused Z of attacking")
 * this is the nearest ("accused"); call again on `governor` for the next one out.
 */
export function embeddingOf(tokens: readonly Token[], deps: readonly Dep[], i: number): Embedding | null {
  const path: string[] = [];
  for (let c = i, steps = 0; steps < MAX_CLIMB; steps++) {
    const p = parentheticalReport(tokens, deps, c);
    if (p !== null) return result(tokens, deps, p, verbKind(lemma(tokens, p))!, [...path, 'parataxis']);
    const src = accordingTo(tokens, deps, c);
    if (src !== null) {
      const claimant = conjuncts(deps, src).map((head) => ({ head, ...spanOf(deps, head, (k) => ['conj', 'cc', 'punct', 'case'].includes(deps[k].rel)), path: 'obl' }));
      return { governor: src, kind: 'report', path: [...path, 'obl'].join('>'), claimant, accused: [] };
    }
    const h = deps[c].head;
    if (h < 0) return null;
    const rel = deps[c].rel;
    path.push(rel + '^');
    const g = governs(tokens, deps, c, rel, h);
    if (g) return result(tokens, deps, g.governor, g.kind, g.governor === h ? path : [...path, 'obj^']);
    c = h;
  }
  return null;
}
