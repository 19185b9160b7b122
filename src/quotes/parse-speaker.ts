import type { Dep, Span, Token } from '../doc/types.ts';
import { childrenOf } from '../syntax/tree.ts';

// Who speaks at a cue, read from the dependency parse. The speaker is the cue's subject, or, for a
// passive cue, its "by" agent. A cue with no subject of its own takes it from the predicate it hangs
// on: a second conjunct ("met X and said …"), a participle clause (", saying …"), an infinitive ("went
// on to say"). A reduced relative ("officials speaking on condition of anonymity") is spoken by the
// noun it modifies. Appositions, relative clauses and parentheses are left out of the span: "Karl
// Weber, a spokesman for the ministry, said" names Karl Weber.

/** What the parse says about a cue's speaker: its head token, none (a passive subject and no agent), or unknown. */
export type ParseSpeaker = { head: number } | 'none' | 'unknown';

const RELATIVE = new Set(['which', 'that', 'what']);
const WH = new Set(['who', 'which', 'that', 'whom']);
const HANGS_ON = new Set(['conj', 'advcl', 'xcomp']);
const SPAN_SKIP = new Set(['acl', 'acl:relcl', 'appos', 'punct', 'parataxis', 'dep', 'advmod', 'cc:preconj']);

export function parseSpeaker(deps: readonly Dep[], tokens: readonly Token[], cue: number, inContent: (k: number) => boolean = () => false): ParseSpeaker {
  let k = cue;
  for (let steps = 0; steps < 5 && k >= 0; steps++) {
    let passive = false;
    const subjects: number[] = [];
    for (const c of childrenOf(deps, k)) {
      const r = deps[c].rel;
      if (r === 'nsubj' || r === 'obl:agent') subjects.push(c);
      if (r === 'nsubj:pass') passive = true;
    }
    // of two subjects the parse may give ("which officials said"), the one that is no relative word
    const s = subjects.find((c) => !RELATIVE.has(tokens[c].norm)) ?? subjects[0];
    if (s !== undefined) {
      // climbed into a relative clause ("Reis, who met X, said …" parsed as said conj met): the
      // relative word stands for the noun the clause modifies
      if (k !== cue && WH.has(tokens[s].norm) && deps[k].rel === 'acl:relcl' && deps[k].head >= 0) return { head: deps[k].head };
      return { head: s };
    }
    // "was accused of …", "was told": the passive subject is spoken to or about, not the speaker.
    if (passive) return 'none';
    const rel = deps[k].rel;
    if (rel === 'acl' && deps[k].head >= 0) return { head: deps[k].head };
    if (!HANGS_ON.has(rel) || deps[k].head < 0) return 'unknown';
    k = deps[k].head;
    // a predicate inside the reported content is part of what is said, not the frame: "said that
    // Rubio recites lines, calling him …" parsed with calling on recites
    if (inContent(k)) return 'unknown';
  }
  return 'unknown';
}

/** The token range [i, j) of the phrase headed by `head`, without appositions, clauses or asides. */
export function speakerRange(deps: readonly Dep[], tokens: readonly Token[], head: number): { i: number; j: number } {
  let i = head;
  let j = head + 1;
  const stack = [head];
  while (stack.length) {
    const k = stack.pop()!;
    for (const c of childrenOf(deps, k)) {
      const r = deps[c].rel;
      if (SPAN_SKIP.has(r) || (r === 'case' && k === head)) continue;
      // keep the phrase contiguous: a child across a comma from the head is an aside
      if (c < i) i = c;
      if (c + 1 > j) j = c + 1;
      stack.push(c);
    }
  }
  // never run across a comma or bracket on either side of the head
  for (let k = head - 1; k >= i; k--) if (/^[,(—–;:]$/.test(tokens[k].norm)) { i = k + 1; break; }
  for (let k = head + 1; k < j; k++) if (/^[,)—–;:]$/.test(tokens[k].norm)) { j = k; break; }
  return { i, j };
}

export const rangeSpan = (tokens: readonly Token[], r: { i: number; j: number }): Span => ({ start: tokens[r.i].start, end: tokens[r.j - 1].end });
