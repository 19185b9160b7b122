// Repeated paragraphs: scraped pages repeat the standfirst in the body, and some paste tools double
// lines. A paragraph is a repeat when its normal form (lower case, letters and digits only) equals an
// earlier one, or one is a truncation of the other (a trailing "…"), or they share nearly all their
// word trigrams.
//
// Speed: words are found by one scan over the code points (no regex per paragraph), and a trigram is
// a number made from word and word-pair ids, so trigram sets are sorted number arrays compared by a
// merge, with no string built per trigram.

/** The words of a paragraph: lower case runs of letters and digits. */
export function normalWords(s: string): string[] {
  const t = s.toLowerCase();
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < t.length; i++) {
    let c = t.charCodeAt(i);
    let w = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < t.length) {
      const d = t.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        w = 2;
      }
    }
    if (isLetterOrDigit(c)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(t.slice(start, i));
      start = -1;
    }
    i += w - 1;
  }
  if (start >= 0) out.push(t.slice(start));
  return out;
}

/** Lower case, letters and digits only, one space between words. */
export function normalForm(s: string): string {
  return normalWords(s).join(' ');
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Per BMP code unit: 0 not yet known, 1 letter or digit, 2 neither. */
const BMP = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) BMP[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 2;
const astral = new Map<number, boolean>();

function isLetterOrDigit(cp: number): boolean {
  if (cp < 0x10000) {
    const k = BMP[cp];
    if (k !== 0) return k === 1;
    const v = LETTER_OR_DIGIT.test(String.fromCharCode(cp));
    BMP[cp] = v ? 1 : 2;
    return v;
  }
  let v = astral.get(cp);
  if (v === undefined) {
    v = LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
    astral.set(cp, v);
  }
  return v;
}

const endsCut = (p: string) => {
  const t = p.trimEnd();
  return t.endsWith('...') || t.endsWith('…');
};

const SHIFT = 2 ** 15;

/**
 * The distinct word trigrams of each paragraph, as sorted ids in one shared array. While a doc has
 * fewer than 2^15 words, a trigram id is its three word ids packed in one number (exact below 2^45);
 * past that, trigrams are strings given ids by a map.
 */
class Trigrams {
  private readonly ids = new Map<string, number>();
  private readonly packed: boolean;
  private readonly pool: Float64Array;
  private used = 0;
  /** Start in the pool and count of each paragraph's trigrams; -1 while not computed. */
  readonly start: Int32Array;
  readonly size: Int32Array;

  constructor(private readonly words: string[][]) {
    let total = 0;
    for (const w of words) total += w.length;
    this.packed = total < SHIFT;
    this.pool = new Float64Array(total);
    this.start = new Int32Array(words.length).fill(-1);
    this.size = new Int32Array(words.length);
  }

  compute(p: number): void {
    if (this.start[p] >= 0) return;
    const ws = this.words[p];
    const n = Math.max(0, ws.length - 2);
    const s = this.used;
    const pool = this.pool;
    if (!this.packed) {
      for (let i = 0; i < n; i++) pool[s + i] = idOf(this.ids, `${ws[i]} ${ws[i + 1]} ${ws[i + 2]}`);
    } else if (n > 0) {
      let a = idOf(this.ids, ws[0]);
      let b = idOf(this.ids, ws[1]);
      for (let i = 0; i < n; i++) {
        const c = idOf(this.ids, ws[i + 2]);
        pool[s + i] = (a * SHIFT + b) * SHIFT + c;
        a = b;
        b = c;
      }
    }
    sortRange(pool, s, s + n);
    let k = 0;
    for (let i = 0; i < n; i++) if (i === 0 || pool[s + i] !== pool[s + i - 1]) pool[s + k++] = pool[s + i];
    this.start[p] = s;
    this.size[p] = k;
    this.used = s + k;
  }

  /** True when paragraphs x and y share at least 0.9 of the larger trigram set. */
  nearlySame(x: number, y: number): boolean {
    const na = this.size[x];
    const nb = this.size[y];
    if (Math.abs(na - nb) > 0.1 * Math.max(na, nb)) return false;
    const need = 0.9 * Math.max(na, nb);
    // Stop at the first miss too many: most pairs differ early.
    const maxMisses = na - need;
    const pool = this.pool;
    let misses = 0;
    let shared = 0;
    let p = this.start[x];
    let q = this.start[y];
    const pe = p + na;
    const qe = q + nb;
    while (p < pe && q < qe) {
      if (pool[p] === pool[q]) {
        shared++;
        p++;
        q++;
      } else if (pool[p] < pool[q]) {
        p++;
        if (++misses > maxMisses) return false;
      } else q++;
    }
    return shared >= need;
  }
}

/** Sorts pool[from, to) ascending: insertion sort for the usual short paragraph (the built-in sort
 * of a typed array boxes every element), the built-in one for long ones. */
function sortRange(pool: Float64Array, from: number, to: number): void {
  if (to - from > 64) {
    pool.subarray(from, to).sort();
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const v = pool[i];
    let j = i - 1;
    while (j >= from && pool[j] > v) {
      pool[j + 1] = pool[j];
      j--;
    }
    pool[j + 1] = v;
  }
}

function idOf(m: Map<string, number>, k: string): number {
  let v = m.get(k);
  if (v === undefined) {
    v = m.size;
    m.set(k, v);
  }
  return v;
}

/** The length of a paragraph's normal form: its words and one space between each two. */
function formLength(ws: string[]): number {
  let n = ws.length > 0 ? ws.length - 1 : 0;
  for (const w of ws) n += w.length;
  return n;
}

function sameWords(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** Finds, for each paragraph, the index of the earlier paragraph it repeats, or -1. */
export function findRepeats(paragraphs: string[]): number[] {
  const words = paragraphs.map(normalWords);
  // Normal forms are compared as word lists (the same as comparing the joined strings, since words
  // hold no space); the joined string is built only for truncation checks.
  const len = words.map(formLength);
  const joined: (string | undefined)[] = [];
  const form = (k: number) => (joined[k] ??= words[k].join(' '));
  const tri = new Trigrams(words);
  const cut = paragraphs.map(endsCut);
  // Earlier distinct forms by length: equal forms have equal lengths, and few lengths repeat.
  const exact = new Map<number, number[]>();
  const out: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const li = len[i];
    let dup = -1;
    const same = li > 0 ? exact.get(li) : undefined;
    if (same) for (const j of same) if (sameWords(words[j], words[i])) { dup = j; break; }
    const truncated = cut[i];
    if (dup < 0 && words[i].length >= 6) {
      // Near-repeats are looked for among the last 300 paragraphs only, so a huge page stays linear.
      for (let j = Math.max(0, i - 300); j < i && dup < 0; j++) {
        if (out[j] >= 0 || len[j] < 30) continue;
        if ((truncated || cut[j]) && isTruncation(form(i), form(j))) dup = j;
        else {
          tri.compute(i);
          tri.compute(j);
          if (tri.nearlySame(i, j)) dup = j;
        }
      }
    }
    out.push(dup);
    if (dup < 0 && li > 0 && !same?.some((j) => sameWords(words[j], words[i]))) {
      if (same) same.push(i);
      else exact.set(li, [i]);
    }
  }
  return out;
}

/** One form starts the other and is at least half its length. */
function isTruncation(f: string, g: string): boolean {
  const shorter = g.length <= f.length ? g : f;
  const longer = shorter === f ? g : f;
  return longer.startsWith(shorter) && shorter.length >= 0.5 * longer.length;
}
