import type { Token } from '../doc/types.ts';
import type { Draft } from './build.ts';
import { afterCue, clauseEnd } from './clause.ts';
import { cueAt, type Cue } from './cues.ts';
import { cueRole, speakerFor } from './who.ts';
import type { Lexicon } from './lexicon.ts';
import type { Paragraph } from './paragraph.ts';
import { npLeft, npRight, subjectLeft } from './speaker.ts';

// Reported speech: "X said (that) …", "…, X said.", "…, said X.", "according to X, …", "X described
// it as …", "X was quoted as saying …". The content is the reported clause. Cues already used by a
// direct quote, and tokens inside a direct or mixed quote, are left alone.

const MIN_CONTENT = 3;

export function indirectQuotes(text: string, tokens: Token[], p: Paragraph, lex: Lexicon, used: Uint8Array, claimed: (a: number, b: number) => boolean): Draft[] {
  const out: Draft[] = [];
  for (const [a, b] of p.sentences) {
    let bEnd = b;
    while (bEnd > a && tokens[bEnd - 1].pos === 'PUNCT' && p.inQuote[bEnd - 1 - p.t0] < 0) bEnd--;
    for (let k = a; k < b; k++) {
      if (used[k] || p.inQuote[k - p.t0] >= 0) continue;
      const c = cueAt(tokens, k, a, b, lex);
      if (!c) {
        const n = nominal(tokens, p, k, a, bEnd, lex);
        if (n && !claimed(n.parts[0].start, n.parts[0].end)) out.push(n);
        continue;
      }
      if (c.kind === 'near') continue;
      k = c.j - 1;
      const d = reported(tokens, p, c, a, bEnd, lex);
      if (!d) continue;
      if (d.end - d.start < 2 || claimed(d.start, d.end)) continue;
      const hasQuote = p.quotes.some((q) => q.start >= d.start && q.end <= d.end + 1);
      out.push({
        kind: hasQuote ? 'mixed' : 'indirect',
        parts: [{ start: d.start, end: d.end }],
        cue: { start: tokens[c.i].start, end: tokens[c.j - 1].end },
        speaker: d.speaker,
        addressee: d.addressee,
        block: p.block,
      });
    }
  }
  return out;
}

interface Reported {
  start: number;
  end: number;
  speaker: { start: number; end: number } | null;
  addressee: { start: number; end: number } | null;
}

function reported(tokens: Token[], p: Paragraph, c: Cue, a: number, b: number, lex: Lexicon): Reported | null {
  if (c.kind === 'according') {
    const s = npRight(tokens, c.j, b);
    if (!s) return null;
    if (c.i === a || (c.i - a <= 2 && tokens[c.i - 1].pos !== 'NOUN')) {
      // "According to X, CONTENT."
      let k = s.j;
      while (k < b && tokens[k].norm !== ',' && k - s.j < 12) k++;
      if (k + MIN_CONTENT >= b) return null;
      return { start: tokens[k + 1].start, end: tokens[b - 1].end, speaker: s.span, addressee: null };
    }
    // "CONTENT, according to X."
    let e = c.i;
    while (e > a && tokens[e - 1].pos === 'PUNCT') e--;
    if (e - a < MIN_CONTENT) return null;
    return { start: tokens[a].start, end: tokens[e - 1].end, speaker: s.span, addressee: null };
  }
  const role = cueRole(tokens, c, a);
  if (role === 'none') return null;
  const inQ = (k: number) => p.inQuote[k - p.t0] >= 0;
  const left = role === 'governed' ? speakerFor(tokens, c, a, b, lex, inQ) : subjectLeft(tokens, c.i, a);
  if (role === 'governed' && !left) return null;
  if (left) {
    const after = afterCue(tokens, c, b, lex);
    const first = tokens[after.at];
    // ", recalling …" after the cue is a second cue, not what the first one reports.
    const participle = after.at > c.j && tokens[after.at - 1].norm === ',' && first?.norm.endsWith('ing');
    const opens = first && !participle && !/^[.,;]$/.test(first.norm) && (first.pos !== 'ADP' || after.at > c.j || hasVerb(tokens, after.at, b));
    if (b - after.at >= MIN_CONTENT && opens) {
      const end = clauseEnd(tokens, p, after.at, lex);
      return { start: tokens[after.at].start, end: Math.min(end, tokens[b - 1].end), speaker: left.span, addressee: after.addressee?.span ?? null };
    }
    if (role === 'governed') return null;
    // "…, a spokesman told The Journal." The addressee is no object that the cue reports.
    const addr = lex.addressee.has(c.lemma) ? npRight(tokens, c.j, b) : null;
    if (hasObject(tokens, addr ? addr.j : c.j, b)) return null;
    // "CONTENT, X said." — the subject is preceded by a comma.
    const back = backward(tokens, left.i, a);
    if (back) return { ...back, speaker: left.span, addressee: null };
    // An aside inside the clause: "This campaign, he says, is different."
    if (left.i - 1 > a && tokens[left.i - 1].norm === ',' && c.j < b - 1 && tokens[c.j].norm === ',' && hasVerb(tokens, c.j + 1, b)) {
      return { start: tokens[a].start, end: tokens[b - 1].end, speaker: left.span, addressee: null };
    }
    return null;
  }
  // Inverted: "CONTENT, said X."
  if (c.i > a && tokens[c.i - 1].norm === ',' && c.kind !== 'describe') {
    const s = npRight(tokens, c.j, b);
    const back = s ? backward(tokens, c.i, a) : null;
    if (s && back) return { ...back, speaker: s.span, addressee: null };
  }
  return null;
}

/** Content before a frame that starts at token f: sentence start up to the comma before f. */
function backward(tokens: Token[], f: number, a: number): { start: number; end: number } | null {
  if (f - 1 <= a || tokens[f - 1].norm !== ',') return null;
  let e = f - 1;
  while (e > a && tokens[e - 1].pos === 'PUNCT' && !/["”»]/.test(tokens[e - 1].norm)) e--;
  if (e - a < MIN_CONTENT) return null;
  // A reported clause has a verb; "In a 1963 speech, he declared" reports nothing before the comma.
  let verb = false;
  for (let k = a; k < e && !verb; k++) verb = tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX';
  if (!verb) return null;
  return { start: tokens[a].start, end: tokens[e - 1].end };
}


const OBJECT_POS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM']);

/** Whether the cue at [.., j) takes an object (so it reports nothing before it): "announced his resignation". */
function hasObject(tokens: Token[], j: number, b: number): boolean {
  return j < b && OBJECT_POS.has(tokens[j].pos) && tokens[j].norm !== 'that';
}

function hasVerb(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return true;
  return false;
}

/**
 * A communication noun with its owner and a "that" clause: "Putin's remarks that the deal was off",
 * "the ministry's statement that …". The owner speaks; the clause is the content.
 */
function nominal(tokens: Token[], p: Paragraph, k: number, a: number, b: number, lex: Lexicon): Draft | null {
  if (!lex.nouns.has(tokens[k].norm) || k - 2 < a || k + 3 >= b || tokens[k + 1].norm !== 'that') return null;
  const own = tokens[k - 1];
  if (own.norm !== "'s" && own.norm !== '’s') return null;
  const s0 = npLeft(tokens, k - 2, a);
  if (tokens[k - 2].pos !== 'PROPN' && tokens[k - 2].pos !== 'NOUN') return null;
  const end = clauseEnd(tokens, p, k + 2, lex);
  return {
    kind: 'indirect',
    parts: [{ start: tokens[k + 2].start, end: Math.min(end, tokens[b - 1].end) }],
    cue: { start: tokens[k].start, end: tokens[k].end },
    speaker: { start: tokens[s0].start, end: tokens[k - 2].end },
    addressee: null,
    block: p.block,
  };
}
