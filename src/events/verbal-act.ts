// A verb of speech coded as a material conflict, done to a message or an idea, is a verbal attack:
// "the senator attacked the plan", "assailed his policies". CAMEO codes that as 111, criticise or
// denounce, where the same verb done to people or places stays an assault ("attacked the convoy").
// The speech sense comes from WordNet (verb.communication: data/verbs/verbal-verbs.txt); the object
// test is message-object.ts.
import type { Token } from '../doc/types.ts';

/** CAMEO's code for criticising or denouncing. */
const CRITICIZE = '111';
/** CAMEO quad class 4: material conflict. */
const MATERIAL_CONFLICT = 4;

/** The code of the verbal act, or null when the trigger's verb has no sense of speech. */
export function verbalCode(tokens: readonly Token[], head: number, quad: number, verbal: ReadonlySet<string> | undefined): string | null {
  if (!verbal || quad !== MATERIAL_CONFLICT) return null;
  return verbal.has(tokens[head].lemma) ? CRITICIZE : null;
}
