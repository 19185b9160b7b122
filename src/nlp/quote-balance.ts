import type { RawSentence } from './tokenize.ts';

/**
 * Joins sentences that split a quotation: while a quotation opened in a sentence is still open at
 * its end, the next sentence of the same paragraph joins it. Recovery is bounded by the paragraph, so
 * a stray mark never swallows the rest of the article.
 */
export function joinQuotedSentences(text: string, sentences: RawSentence[]): RawSentence[] {
  const out: RawSentence[] = [];
  let open = false;
  for (const s of sentences) {
    if (open && out.length) {
      const last = out[out.length - 1];
      last.end = s.end;
      last.tokenEnd = s.tokenEnd;
    } else out.push({ start: s.start, end: s.end, tokenStart: s.tokenStart, tokenEnd: s.tokenEnd });
    open = quoteOpenAfter(text, s.start, s.end, open);
  }
  return out;
}

/** Whether a double quotation is open at the end of text[start, end), given the state at start. */
export function quoteOpenAfter(text: string, start: number, end: number, open: boolean): boolean {
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '“' || c === '«' || c === '„') open = true;
    else if (c === '”' || c === '»') open = false;
    else if (c === '"') open = !open;
  }
  return open;
}
