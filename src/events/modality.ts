// Negation, intent and hypothesis around a trigger, read from the words of its verb group
// ("did not", "will", "is ready to", "could") and from the clause before it ("if", "unlikely that").
import type { Token } from '../doc/types.ts';

export interface Modality {
  negated: boolean;
  /** Future or intended: "will", "plans to", "is ready to". PLOVER codes intended cooperation as AGREE. */
  future: boolean;
  /** Not asserted: "could", "might", "if", "unlikely". Such events are dropped. */
  hypothetical: boolean;
  /** Demanded: "must", "should", "has to". In a reported statement the speaker requests the act. */
  obligation: boolean;
}

const NEG = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without']);
const FUTURE = new Set(['will', "'ll", 'shall', 'would', 'wo', 'going', 'plan', 'plans', 'planned', 'planning', 'intend', 'intends',
  'intended', 'ready', 'willing', 'prepared', 'preparing', 'set', 'expected', 'due', 'aim', 'aims', 'seek', 'seeks', 'sought',
  'vow', 'vowed', 'vows', 'pledge', 'pledged', 'pledges', 'promise', 'promised', 'promises', 'hope', 'hopes', 'hoped', 'wants',
  'want', 'wanted', 'offer', 'offered', 'offers', 'agreed', 'agree', 'agrees', 'decided', 'decide', 'decides', 'open', 'eager', 'keen']);
/** "no reason to", "no intention of": nouns that, after "no", negate the act they introduce. */
const NO_WILL = new Set(['reason', 'intention', 'plan', 'plans', 'need', 'desire', 'wish', 'interest', 'appetite', 'grounds']);
const OBLIGE = new Set(['must', 'should', 'ought']);
const HYPO = new Set(['could', 'might', 'may', 'unlikely', 'if', 'whether', 'unless', 'possible', 'possibly',
  'perhaps', 'maybe']);
/** Words that may stand in a verb group between the subject and the trigger. */
const GROUP_POS = new Set(['AUX', 'PART', 'ADV', 'VERB', 'ADJ', 'SCONJ']);
const CLAUSE_STOP = new Set([',', ';', ':', '.', 'that', 'which', 'who', 'and', 'but', 'while', 'because']);

export function modalityOf(tokens: readonly Token[], head: number, from: number): Modality {
  const m: Modality = { negated: false, future: false, hypothetical: false, obligation: false };
  // the verb group: up to 6 words right before the trigger
  let j = head - 1;
  for (; j >= from && j >= head - 6; j--) {
    const t = tokens[j];
    if (!GROUP_POS.has(t.pos) && t.norm !== 'to' && !NEG.has(t.norm) && !(FUTURE.has(t.norm) && tokens[j + 1]?.norm === 'to')) break;
    if (NEG.has(t.norm)) m.negated = true;
    else if (FUTURE.has(t.norm)) m.future = true;
    else if (HYPO.has(t.norm)) m.hypothetical = true;
    else if (OBLIGE.has(t.norm) || (t.norm === 'to' && (tokens[j - 1]?.norm === 'has' || tokens[j - 1]?.norm === 'have') && j - 1 > from)) m.obligation = true;
  }
  // "saw no reason to return", "has no intention of leaving"
  if (j > from && NO_WILL.has(tokens[j].norm) && tokens[j - 1].norm === 'no') m.negated = true;
  // "no longer"
  if (tokens[head - 1]?.norm === 'longer' && tokens[head - 2]?.norm === 'no') m.negated = true;
  // the clause before: "if", "unlikely that", "whether"
  for (let k = j; k >= from && k >= head - 15; k--) {
    const n = tokens[k].norm;
    if (n === 'if' || n === 'unless' || n === 'whether' || n === 'unlikely') {
      m.hypothetical = true;
      break;
    }
    if (CLAUSE_STOP.has(n) && n !== 'that') break;
  }
  // "not" right after an auxiliary trigger group ("refused" patterns handle themselves)
  if (tokens[head + 1]?.norm === 'not' && tokens[head].pos === 'AUX') m.negated = true;
  return m;
}
