/**
 * The largest block of text on the page, for when Readability finds no article: the element whose
 * own paragraphs (P children, or text lines) hold the most text. Returns that element, or null.
 */
export function largestTextBlock(document: any): any | null {
  const score = new Map<any, number>();
  for (const p of document.querySelectorAll('p, pre, td, blockquote')) {
    const len = (p.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    if (len < 25) continue;
    const parent = p.parentNode;
    if (parent) score.set(parent, (score.get(parent) ?? 0) + len);
  }
  let best: any = null;
  let bestLen = 0;
  for (const [el, len] of score) if (len > bestLen) [best, bestLen] = [el, len];
  if (best) return best;
  // No paragraphs at all: the body itself, if it has any text.
  const body = document.body;
  return body && (body.textContent ?? '').trim() ? body : null;
}
