// Whether an event is told as fact, from the parse's mode of its trigger (frame/mode.ts), the predicate
// it is embedded under (frame/claims.ts) and what modality recoding already made of it (recode.ts).
import type { Embedding, ModeResult } from './frame/index.ts';

/**
 * asserted: told as fact (counted by default). negated: told as not having happened. future: intended
 * or planned, not recoded into an intent code. conditional: hypothetical. wished: demanded or hoped for
 * by someone else than its doer. question: asked about in a yes/no question. history: an earlier year told in passing. claimed: alleged by another
 * party ("X accused Y of attacking Z": the attack).
 */
export type Factuality = 'asserted' | 'negated' | 'future' | 'conditional' | 'wished' | 'history' | 'question' | 'claimed';

export interface Recoding {
  negated: boolean;
  /** The speaker's demand was coded as a REQUEST of the act (recode.ts). */
  demanded: boolean;
  /** Recoding turned the act into another code (an intent, a demand, a refusal) that is asserted itself. */
  recoded: boolean;
  /** The negation is part of the recoded act ("will not accept": REJECT), not a denial of it. */
  negationCoded?: boolean;
}

export function factualityOf(mode: ModeResult, embedding: Embedding | null, r: Recoding): Factuality {
  if (r.negationCoded) return 'asserted';
  if (r.negated || mode.negated) return 'negated';
  if (r.demanded || r.recoded) return 'asserted';
  if (mode.mode !== 'asserted' && mode.mode !== 'negated') return mode.mode;
  if (embedding && (embedding.kind === 'accusation' || embedding.kind === 'denial')) return 'claimed';
  return 'asserted';
}
