// dyad's verb pattern format (data/verbs/README.md), parsed into an index by head word.
//
//   &name = a|b|c_d            a synonym set; "_" joins words that must be adjacent
//   CODE  head elem elem ...   a pattern: CAMEO code (2-4 digits) or 0 for "not an event"
//   == name, # comment         ignored
//
// head: the trigger word (lemma or form), optionally with adjacent particles ("call_for"); "@" before it
// lets a noun or adjective be the trigger ("@talks"). elems, in order, each somewhere after the head in
// its clause: a word, a|b alternatives, &set, x_y adjacent words; "$" and "+" say that the next actor
// after that point is the source or the target.

export interface Seq {
  words: string[];
}

export interface Elem {
  /** Alternatives, each a sequence of adjacent words. */
  alts: string[][];
  /** First word -> the alternatives starting with it; built on first use (see elemIndex). */
  index?: Map<string, string[][]>;
  /** Role marker: the first actor after the previous element fills this role. */
  role?: 'source' | 'target';
}

export interface Pattern {
  code: string;
  /** Alternatives for the head; each is the head word and its adjacent particles. */
  head: string[][];
  nominal: boolean;
  elems: Elem[];
  /** Number of words the pattern names: more is more specific. */
  weight: number;
  /** Load order: of two patterns of equal weight, the later one (a curated file) wins. */
  order: number;
  file: string;
  line: number;
}

export interface VerbDict {
  /** First word of a head alternative -> patterns with that head, most specific first. */
  byHead: Map<string, Pattern[]>;
  size: number;
  /**
   * Words whose noun is an act or a message (data/verbs/event-nouns.txt, from WordNet): as an eventive
   * noun with a party of its own, such a word takes its verb's patterns ("riots against the policy").
   */
  eventNouns?: ReadonlySet<string>;
  /** Nouns whose first sense is a message (data/verbs/message-nouns.txt, from WordNet): "report", "video". */
  messageNouns?: ReadonlySet<string>;
  /** Nouns with no WordNet sense that is a person or a group (data/verbs/thing-nouns.txt): "bomb", "explosion". */
  thingNouns?: ReadonlySet<string>;
  /** Verbs with a WordNet sense of speech (data/verbs/verbal-verbs.txt): "attack", "assail". */
  verbalVerbs?: ReadonlySet<string>;
}

export class PatternError extends Error {
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'PatternError';
  }
}

const WORD = /^[a-z0-9][a-z0-9'\-.]*$/;

const memo = new WeakMap<Map<string, string[][]>, Map<string, string[][]>>();

/** alt: w1_w2_&set ... -> every adjacent-word sequence it stands for (shared, never mutated). */
function expandAlt(alt: string, sets: Map<string, string[][]>, fail: (m: string) => never): string[][] {
  let cache = memo.get(sets);
  if (!cache) memo.set(sets, (cache = new Map()));
  const hit = cache.get(alt);
  if (hit) return hit;
  const seqs = expandUncached(alt, sets, fail);
  cache.set(alt, seqs);
  return seqs;
}

function expandUncached(alt: string, sets: Map<string, string[][]>, fail: (m: string) => never): string[][] {
  let seqs: string[][] = [[]];
  for (const part of alt.split('_')) {
    if (!part) fail(`empty word in '${alt}'`);
    let options: string[][];
    if (part.startsWith('&')) {
      const s = sets.get(part.slice(1));
      if (!s) fail(`unknown synonym set '${part}'`);
      options = s!;
    } else {
      if (!WORD.test(part)) fail(`bad word '${part}'`);
      options = [[part]];
    }
    const next: string[][] = [];
    for (const a of seqs) for (const o of options) next.push([...a, ...o]);
    seqs = next;
  }
  return seqs;
}

/** An element's text ("a|b_c|&set") -> its alternatives, shared by every pattern that writes it alike. */
function expandElem(p: string, sets: Map<string, string[][]>, fail: (m: string) => never): string[][] {
  if (!p.includes('|')) return expandAlt(p, sets, fail);
  const cache = memo.get(sets)!;
  const hit = cache.get(p);
  if (hit) return hit;
  const alts: string[][] = [];
  for (const alt of p.split('|')) {
    if (!alt) fail(`empty alternative in '${p}'`);
    for (const a of expandAlt(alt, sets, fail)) alts.push(a);
  }
  cache.set(p, alts);
  return alts;
}

/** Parses one pattern file. Throws PatternError naming file and line for any bad line. */
export function parseVerbs(text: string, file: string, into?: VerbDict, sets: Map<string, string[][]> = new Map()): VerbDict {
  const dict: VerbDict = into ?? { byHead: new Map(), size: 0 };
  const lines = text.split('\n');
  let lineNo = 0;
  const fail = (m: string): never => {
    throw new PatternError(file, lineNo, m);
  };
  if (!memo.has(sets)) memo.set(sets, new Map());
  for (let n = 0; n < lines.length; n++) {
    lineNo = n + 1;
    const hash = lines[n].indexOf('#');
    const line = (hash >= 0 ? lines[n].slice(0, hash) : lines[n]).trim();
    if (!line || line.startsWith('==')) continue;
    if (line.startsWith('&')) {
      const m = /^&([a-z0-9_\-]+)\s*=\s*(.+)$/.exec(line);
      if (!m) fail('a synonym set is "&name = a|b|c"');
      const members: string[][] = [];
      for (const alt of m![2].split('|').map((s) => s.trim())) members.push(...expandAlt(alt, sets, fail));
      sets.set(m![1], members);
      memo.set(sets, new Map()); // a set (re)defined: earlier expansions may be stale
      continue;
    }
    const parts = line.split(/\s+/);
    const code = parts[0];
    if (!/^(0|\d{2,4})$/.test(code)) fail(`a pattern starts with a CAMEO code (2-4 digits) or 0, not '${code}'`);
    if (parts.length < 2) fail('a pattern needs a head word after its code');
    let headText = parts[1];
    const nominal = headText.startsWith('@');
    if (nominal) headText = headText.slice(1);
    if (headText === '$' || headText === '+') fail('the head cannot be a role marker');
    const head = expandElem(headText, sets, fail);
    const elems: Elem[] = [];
    let pendingRole: Elem['role'];
    let weight = 0;
    for (const p of parts.slice(2)) {
      if (p === '$' || p === '+') {
        if (pendingRole) fail('two role markers in a row');
        pendingRole = p === '$' ? 'source' : 'target';
        continue;
      }
      if (p === '*') continue; // a gap is implicit between elements; '*' is accepted for readability
      const alts = expandElem(p, sets, fail);
      elems.push(pendingRole ? { alts, role: pendingRole } : { alts });
      let min = Infinity;
      for (const a of alts) if (a.length < min) min = a.length;
      weight += min;
      pendingRole = undefined;
    }
    if (pendingRole) elems.push({ alts: [], role: pendingRole });
    // one pattern per head length, so that "call_off" weighs more than "call" on the same line
    const byLength = new Map<number, string[][]>();
    for (const h of head) {
      const l = byLength.get(h.length);
      if (l) l.push(h);
      else byLength.set(h.length, [h]);
    }
    for (const [len, heads] of byLength) {
      const pat: Pattern = { code, head: heads, nominal, elems, weight: weight + len, order: dict.size, file, line: lineNo };
      for (const h of heads) {
        const list = dict.byHead.get(h[0]);
        if (list) list.push(pat);
        else dict.byHead.set(h[0], [pat]);
      }
    }
    dict.size++;
  }
  // most specific first, then the later-loaded: the matcher takes the first pattern that matches
  for (const list of dict.byHead.values()) list.sort((a, b) => b.weight - a.weight || b.order - a.order);
  return dict;
}

/** The element's alternatives by first word, built once. */
export function elemIndex(e: Elem): Map<string, string[][]> {
  if (e.index) return e.index;
  const index = new Map<string, string[][]>();
  for (const alt of e.alts) {
    const list = index.get(alt[0]);
    if (list) list.push(alt);
    else index.set(alt[0], [alt]);
  }
  e.index = index;
  return index;
}
