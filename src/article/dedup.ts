// Repeated paragraphs: scraped pages repeat the standfirst in the body, and some paste tools double
// lines. A paragraph is a repeat when its normal form (lower case, letters and digits only) equals an
// earlier one, or one is a truncation of the other (a trailing "…"), or they share nearly all their
// word trigrams.

export function normalForm(s: string): string {
  return s
    .toLowerCase()
    .replace(/(\.\.\.|…)\s*$/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function trigrams(words: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

/** Finds, for each paragraph, the index of the earlier paragraph it repeats, or -1. */
export function findRepeats(paragraphs: string[]): number[] {
  const forms = paragraphs.map(normalForm);
  const cut = paragraphs.map((p) => /(\.\.\.|…)\s*$/u.test(p));
  const exact = new Map<string, number>();
  const grams: (Set<string> | null)[] = [];
  const out: number[] = [];
  for (let i = 0; i < forms.length; i++) {
    const f = forms[i];
    const words = f.split(' ');
    let dup = f.length > 0 ? exact.get(f) ?? -1 : -1;
    const truncated = cut[i];
    if (dup < 0 && words.length >= 6) {
      // Near-repeats are looked for among the last 300 paragraphs only, so a huge page stays linear.
      for (let j = Math.max(0, i - 300); j < i && dup < 0; j++) {
        if (out[j] >= 0 || forms[j].length < 30) continue;
        const shorter = forms[j].length <= f.length ? forms[j] : f;
        const longer = shorter === f ? forms[j] : f;
        const wasCut = truncated || cut[j];
        if (wasCut && longer.startsWith(shorter) && shorter.length >= 0.5 * longer.length) dup = j;
        else {
          grams[i] ??= trigrams(words);
          grams[j] ??= trigrams(forms[j].split(' '));
          const a = grams[i]!;
          const b = grams[j]!;
          if (Math.abs(a.size - b.size) > 0.1 * Math.max(a.size, b.size)) continue;
          // Stop at the first miss too many: most pairs differ early.
          const need = 0.9 * Math.max(a.size, b.size);
          let misses = a.size - need;
          let shared = 0;
          for (const g of a) {
            if (b.has(g)) shared++;
            else if (--misses < 0) break;
          }
          if (shared >= need) dup = j;
        }
      }
    }
    out.push(dup);
    if (dup < 0 && f && !exact.has(f)) exact.set(f, i);
  }
  return out;
}
