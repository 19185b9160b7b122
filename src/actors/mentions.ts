import { PRONOUNS } from './lexicon.ts';
import { agentAt, titleOf } from './titles.ts';
import type { Draft, MentionDraft, Work } from './work.ts';

const MODIFIERS = new Set(['senior', 'top', 'local', 'former', 'acting', 'interim', 'deputy', 'chief', 'new', 'state', 'federal', 'regional', 'provincial', 'western', 'foreign', 'military', 'security', 'government', 'opposition', 'armed', 'several', 'some', 'many', 'two', 'three', 'four', 'five', 'hundreds', 'thousands', 'dozens', 'other', 'both', 'their', 'its', 'his', 'her']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);

/**
 * Nominal agent phrases ("the Russian leader", "Hungarian officials", "the police", "Turkey's foreign
 * minister") and pronouns in tokens [a, b). `owner[k]` is the draft covering token k, if any.
 */
export function findMentions(w: Work, sent: number, a: number, b: number, owner: (Draft | undefined)[]): MentionDraft[] {
  const out: MentionDraft[] = [];
  for (let i = a; i < b; i++) {
    const norm = w.norms[i];
    const p = PRONOUNS.get(norm);
    if (p && !owner[i]) {
      out.push({ s: i, e: i + 1, kind: 'pronoun', agent: null, plural: p.plural, gender: p.gender, actor: null, antecedent: null, how: 'none', sent });
      continue;
    }
    const o = owner[i];
    if (o && o.type !== 'NORP') continue;
    let agent = agentAt(w, i, b);
    if (!agent) continue;
    let end = i + agent.tokens.length;
    // Fold compounds onto their head: "police officers", "army troops", "government officials".
    for (let next = agentAt(w, end, b); next && !owner[end]; next = agentAt(w, end, b)) {
      agent = next;
      end += next.tokens.length;
    }
    // A title written before a name belongs to the name ("foreign minister Hakan Fidan").
    if (owner[end]?.type === 'PERSON') {
      i = end - 1;
      continue;
    }
    let s = i;
    let country: string | null = null;
    for (let k = i - 1; k >= a; k--) {
      const d = owner[k];
      if (d && (d.type === 'NORP' || d.type === 'LOC' || (d.type === 'ORG' && d.actor?.country)) && d.e === s) {
        country ??= d.actor?.country ?? null;
        s = d.s;
        k = d.s;
        continue;
      }
      if ((w.norms[k] === "'s" || w.norms[k] === '’s') && owner[k - 1] && owner[k - 1]!.type !== 'PERSON') {
        const d2 = owner[k - 1]!;
        country ??= d2.actor?.country ?? null;
        s = d2.s;
        k = d2.s;
        continue;
      }
      if (MODIFIERS.has(w.norms[k]) || DETERMINERS.has(w.norms[k])) {
        s = k;
        if (DETERMINERS.has(w.norms[k])) break;
        continue;
      }
      break;
    }
    out.push({ s, e: end, kind: 'nominal', agent: titleOf(agent, country), plural: agent.plural, gender: agent.gender, actor: null, antecedent: null, how: 'none', sent });
    i = end - 1;
  }
  return out;
}
