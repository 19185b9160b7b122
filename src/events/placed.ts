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
  return spans.map((s, k) => {
    if (s.actor.country || s.actor.id || !s.actor.sector || s.pronoun) return s;
    const country = countryBelow(tokens, deps, tops[k], spans, byTop);
    return country ? { ...s, actor: { ...s.actor, country } } : s;
  });
}

/** The country of the nearest country span hanging below `head` through placing phrases only. */
function countryBelow(tokens: readonly Token[], deps: readonly Dep[], head: number, spans: readonly ActorSpan[], byTop: Map<number, number>): string | null {
  let best: string | null = null;
  let bestDist = Infinity;
  for (const [top, k] of byTop) {
    if (top === head || Math.abs(top - head) >= bestDist) continue;
    let j = top;
    let ok = true;
    for (let steps = 0; ok && j !== head; steps++) {
      const d = deps[j];
      if (!d || d.head < 0 || steps >= MAX_STEPS || !PHRASE_RELS.has(d.rel.split(':')[0])) { ok = false; break; }
      const c = caseOf(tokens, deps, j);
      if (c !== null && !PLACING.has(c)) ok = false;
      j = d.head;
    }
    if (ok && j === head) { best = spans[k].actor.country; bestDist = Math.abs(top - head); }
  }
  return best;
}
