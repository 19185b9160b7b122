// Is a trigger in the main clause of its sentence, or in a subordinate one (a relative clause, an
// adverbial clause, an infinitive of purpose, a participle phrase)? A news sentence reports one main
// event; subordinate clauses mostly give background ("where 24 people were killed last March").
import type { Token } from '../doc/types.ts';

const SUBORDINATORS = new Set(['who', 'whom', 'whose', 'which', 'where', 'when', 'after', 'since', 'following', 'as', 'because',
  'while', 'whereas', 'although', 'though', 'before', 'until', 'amid', 'despite']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am']);
const REACH = 15;
/** Words of time that may stand between a verb and its "that" clause ("announced Tuesday that"). */
const TIME = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
  'tonight', 'week', 'month', 'year', 'weekend', 'morning', 'evening', 'night', 'earlier', 'later', 'here', 'again']);

/** An infinitive ("to finance", "to seek support") or a participle phrase ("..., killing 156 people"). */
export function isNonFinite(tokens: readonly Token[], head: number, from: number): boolean {
  let j = head - 1;
  while (j >= from && tokens[j].pos === 'ADV') j--;
  if (j >= from && tokens[j].norm === 'to' && tokens[j].pos === 'PART') return true;
  const t = tokens[head];
  return t.pos === 'VERB' && t.norm.endsWith('ing') && !(j >= from && (BE.has(tokens[j].norm) || tokens[j].pos === 'AUX'));
}

export function isSubordinate(tokens: readonly Token[], head: number, from: number, prevHead: number): boolean {
  if (isNonFinite(tokens, head, from)) return true;
  // a relative or adverbial clause opened since the previous trigger
  for (let k = head - 1; k >= from && k > prevHead && k >= head - REACH; k--) {
    const n = tokens[k].norm;
    if (SUBORDINATORS.has(n) && !(n === 'as' && (tokens[k - 1]?.norm === 'well' || tokens[k - 1]?.norm === 'such' || tokens[k + 1]?.norm === 'well'))) return true;
    // "a resolution that aims to ...": "that" after a noun opens a relative clause
    const before = tokens[k - 1];
    if (n === 'that' && before && (before.pos === 'NOUN' || before.pos === 'PROPN') && !TIME.has(before.norm)) return true;
    if (n === ';') break;
  }
  return false;
}
