// A kind of actor placed by a country in its own phrase: "refugees fleeing the war in Liberia",
// "parties to the conflict in Iraq", "a newspaper based in Beirut". Coders give such a group the
// country its phrase places it in, as CAMEO codes "Liberian refugees".
import type { Dep, Token } from '../doc/types.ts';
import { caseOf, topOf } from '../syntax/tree.ts';
import type { ActorSpan } from './actors.ts';

/** Relations by which a phrase hangs below the noun it describes. */
const PHRASE_RELS = new Set(['nmod', 'acl', 'obl']);
/** Prepositions that place (where, where from, of what); others make the country a party in its own right. */
const PLACING = new Set(['in', 'of', 'from', 'inside', 'within', 'across', 'throughout', 'at', 'to']);
const MAX_STEPS = 4;

/** The spans with sector-only kinds given the country their own phrase names (spans are not moved). */
export function placeByPhrase(tokens: readonly Token[], deps: readonly Dep[], spans: readonly ActorSpan[]): ActorSpan[] {
  const tops = spans.map((s) => topOf(deps, s.t0, s.t1));
  const byTop = new Map<number, number>();
  spans.forEach((s, k) => { if (s.actor.country && !s.pronoun) byTop.set(tops[k], k); });
  // the heads each country span's phrase reaches, walked once per doc instead of once per kind of actor
  const reach = new Map<number, number[]>();
  const reached = (top: number) => {
    let r = reach.get(top);
    if (!r) reach.set(top, (r = headsAbove(tokens, deps, top)));
    return r;
  };
  return spans.map((s, k) => {
    if (s.actor.country || s.actor.id || !s.actor.sector || s.pronoun) return s;
    const country = countryBelow(tops[k], spans, byTop, reached);
    return country ? { ...s, actor: { ...s.actor, country } } : s;
  });
}

/** The heads (nearest first) that a phrase at `top` hangs below through placing phrases only, at most MAX_STEPS up. */
function headsAbove(tokens: readonly Token[], deps: readonly Dep[], top: number): number[] {
  const out: number[] = [];
  let j = top;
  for (let steps = 0; steps < MAX_STEPS; steps++) {
    const d = deps[j];
    if (!d || d.head < 0 || !PHRASE_RELS.has(d.rel.split(':')[0])) break;
    const c = caseOf(tokens, deps, j);
    if (c !== null && !PLACING.has(c)) break;
    out.push((j = d.head));
  }
  return out;
}

/** The country of the nearest country span hanging below `head` through placing phrases only. */
function countryBelow(head: number, spans: readonly ActorSpan[], byTop: Map<number, number>, reached: (top: number) => number[]): string | null {
  let best: string | null = null;
  let bestDist = Infinity;
  for (const [top, k] of byTop) {
    if (top === head || Math.abs(top - head) >= bestDist) continue;
    if (reached(top).includes(head)) { best = spans[k].actor.country; bestDist = Math.abs(top - head); }
  }
  return best;
}
