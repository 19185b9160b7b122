// What modality does to a trigger's code. Order: a hypothetical act is dropped; an obligation voiced in
// a reported statement becomes the speaker's request ("X said Y must withdraw": REQUEST 1056); a
// refused future cooperation is a rejection ("will not accept": 120); future cooperation is AGREE and
// future material conflict THREATEN (PLOVER). Obligation comes before future: "must" decides the speech act.
import type { Quote } from '../doc/types.ts';
import { intentCode } from './intent.ts';
import type { Modality } from './modality.ts';
import { ploverOf, type Ontology, type PloverCoding } from './ontology.ts';

export interface Recoded {
  code: string;
  pc: PloverCoding;
  negated: boolean;
  /** The act is demanded of the clause's subject by the quote's speaker. */
  demanded: boolean;
  /** The negation made the code itself ("will not accept": a rejection), so the act is not negated. */
  negationCoded?: boolean;
}

export function recode(o: Ontology, code: string, mod: Modality, quote: Quote | null): Recoded | null {
  if (mod.hypothetical) return null;
  const pc = ploverOf(o, code);
  if (!pc) return null;
  if (mod.obligation) {
    // an obligation no one voices ("their countries should cooperate") is no event
    if (!quote || quote.kind === 'direct' || !quote.speakerActor) return null;
    const ic = intentCode(code) ?? (pc.plover === 'AGREE' ? code : null);
    const demand = ic && ic.startsWith('03') ? `10${ic.slice(2)}` : '100';
    return { code: demand, pc: ploverOf(o, demand) ?? pc, negated: mod.negated, demanded: true };
  }
  if (mod.future && mod.negated && Number(code.slice(0, 2)) <= 8) return { code: '120', pc: ploverOf(o, '120')!, negated: false, demanded: false, negationCoded: true };
  if (mod.future && pc.plover !== 'AGREE') {
    const ic = intentCode(code);
    const ipc = ic ? ploverOf(o, ic) : null;
    if (ic && ipc) return { code: ic, pc: ipc, negated: mod.negated, demanded: false };
  }
  return { code, pc, negated: mod.negated, demanded: false };
}
