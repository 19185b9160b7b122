// An article's tone as GDELT defines it (percentage of positive words minus percentage of negative
// words), counted with the VADER lexicon (data/tone/README.md). For the GDELT export's AvgTone.
import { readFileSync } from 'node:fs';

let lexicon: Map<string, number> | null = null;

/** data/tone/vader-lexicon.tsv, read once: word -> valence. */
function words(): Map<string, number> {
  if (lexicon) return lexicon;
  const m = new Map<string, number>();
  let header = false;
  for (const line of readFileSync(new URL('../../data/tone/vader-lexicon.tsv', import.meta.url), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    if (!header) {
      header = true;
      continue;
    }
    const [w, v] = line.split('\t');
    m.set(w, Number(v));
  }
  return (lexicon = m);
}

/** 100 x (positive - negative) / words, to two places; null for a text with no words. */
export function tone(text: string): number | null {
  const lex = words();
  let n = 0;
  let score = 0;
  for (const [w] of text.toLowerCase().matchAll(/[a-z][a-z'-]*/g)) {
    n++;
    const v = lex.get(w) ?? lex.get(w.replace(/'s$/, ''));
    if (v) score += Math.sign(v);
  }
  return n ? Math.round((10000 * score) / n) / 100 : null;
}
