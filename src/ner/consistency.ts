import type { Units } from './units.ts';
import type { UnitSpan } from './engine.ts';

const PERSON = 0;

/**
 * One name, one type within an article. A news article names someone in full once and then by surname
 * ("Baraka Ndikumana" ... "Ndikumana"), and repeats organisations and places; a tagger that reads one
 * sentence at a time misses some repeats or types them differently. So, after tagging:
 *  1. spans with the same words get the type with the highest summed margin;
 *  2. an untagged capitalised run of units equal to a tagged name gets that name's type;
 *  3. the last word of a tagged PERSON of two or more words is a PERSON where it stands alone.
 * Spans are [firstUnit, endUnit, type, margin], sorted; the result is sorted too.
 */
export function harmonise(u: Units, spans: UnitSpan[], maxLen = 6): UnitSpan[] {
  if (!spans.length) return spans;
  const key = (a: number, b: number) => u.form.slice(a, b).join(' ');
  const votes = new Map<string, Map<number, number>>();
  for (const [a, b, t, m] of spans) {
    const k = key(a, b);
    let v = votes.get(k);
    if (!v) votes.set(k, (v = new Map()));
    v.set(t, (v.get(t) ?? 0) + Math.max(m, 0.01));
  }
  const typeOf = new Map<string, number>();
  for (const [k, v] of votes) {
    let best = -1;
    let bestW = -Infinity;
    for (const [t, w] of v) if (w > bestW || (w === bestW && t < best)) [best, bestW] = [t, w];
    typeOf.set(k, best);
  }
  for (const [a, b, t] of spans) {
    if (t !== PERSON || b - a < 2) continue;
    const last = u.form[b - 1];
    if (!typeOf.has(last) && last.length > 2) typeOf.set(last, PERSON);
  }
  const out: UnitSpan[] = spans.map(([a, b, , m]) => [a, b, typeOf.get(key(a, b))!, m]);
  const covered = new Uint8Array(u.form.length);
  for (const [a, b] of spans) covered.fill(1, a, b);
  const capital = (i: number) => {
    const f = u.form[i];
    const c = f.charCodeAt(0);
    // ASCII: only A-Z change in lower case.
    if (c < 128) return c >= 65 && c <= 90;
    return f[0] !== f[0].toLowerCase();
  };
  for (let s = 0; s < u.sentStart.length; s++) {
    const end = u.sentEnd[s];
    for (let i = u.sentStart[s]; i < end; i++) {
      if (covered[i] || !capital(i)) continue;
      // The whole capitalised run must match, so "Ndikumana" is not found inside "Ndikumana Street".
      let j = i;
      while (j < end && !covered[j] && capital(j) && j - i < maxLen) j++;
      if (j < end && capital(j) && !covered[j]) {
        i = j;
        continue;
      }
      if (i > u.sentStart[s] && capital(i - 1) && !covered[i - 1]) continue;
      const t = typeOf.get(key(i, j));
      if (t !== undefined) {
        out.push([i, j, t, 0]);
        covered.fill(1, i, j);
      }
      i = j - 1;
    }
  }
  return out.sort((x, y) => x[0] - y[0]);
}
