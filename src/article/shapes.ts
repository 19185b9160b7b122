// Line shapes of pasted and scraped articles: headlines, sub-headings, datelines and bylines.

const END_PUNCT = /[.,;:"”»'’)\]]$/u;

/** Words as runs of non-space characters (the spaces of \s), counted in one scan with no array. */
function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** The characters \s matches. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A headline: one short line, no final full stop, not a quotation, starting with a capital or digit. */
export function looksLikeHeadline(line: string): boolean {
  if (line.length > 220) return false;
  const n = wordCount(line);
  if (n < 2 || n > 30) return false;
  if (/[.;,:]$/.test(line) && !/\.\.\.$|…$/.test(line)) return false;
  return /^[\p{Lu}\p{N}"“‘']/u.test(line);
}

/**
 * A sub-heading: a short title-like line with no final punctuation, followed by a longer paragraph.
 * Questions count ("What happens next?"), quotations and list items do not.
 */
export function looksLikeHeading(line: string, next: string | null): boolean {
  if (next == null) return false;
  if (line.length > 100) return false;
  const n = wordCount(line);
  if (n < 1 || n > 12) return false;
  if (END_PUNCT.test(line) || /!$/.test(line)) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(line)) return false;
  if (/^[-•*–—]/.test(line)) return false;
  if (/["“”«»]/.test(line)) return false;
  // The paragraph that follows must be prose: longer, ending in punctuation.
  return next.length > line.length * 1.5 && /[.!?"”»…)]$/u.test(next);
}

// "MOSCOW, June 20 (Reuters) -", "KABUL (AP) —", "WASHINGTON —", "Beijing, 3 March:"
const DATELINE = /^((?:[A-Z][A-Za-z.'’-]*\s?){1,4}(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2}(?:,\s*\d{4})?|,\s*\d{1,2}\s+[A-Z][a-z]{2,9}\.?(?:\s+\d{4})?)?\s*(?:\([A-Za-z .&'’-]{2,40}\))?)\s*(?:[-–—:]{1,2})\s+/;

/** The dateline at the start of a paragraph, as the length it takes and its text; null if none. */
export function matchDateline(paragraph: string): { length: number; text: string } | null {
  const m = DATELINE.exec(paragraph);
  if (!m) return null;
  const head = m[1].trim();
  // The place must be in capitals, or the agency in brackets must be present.
  const place = head.split(/[,(]/)[0].trim();
  const caps = place.length >= 3 && place === place.toUpperCase() && /[A-Z]{3}/.test(place);
  if (!caps && !/\(.+\)/.test(head)) return null;
  return { length: m[0].length, text: head };
}

/** "By Jane Doe", "By Jane Doe and John Roe, Reuters": the names, or null. */
export function matchByline(line: string): string | null {
  const m = /^by\s+([\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){0,3}(?:\s*(?:,|and|&)\s*[\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){0,3})*)\s*$/iu.exec(line.trim());
  if (!m || line.length > 120) return null;
  return m[1].trim();
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The ISO day a dateline gives ("MOSCOW, June 20, 2024", "Beijing, 3 March 2025"), or null without a year. */
export function datelineDate(dateline: string): string | null {
  const md = /\b([A-Z][a-z]{2,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(dateline);
  const dm = /\b(\d{1,2})\s+([A-Z][a-z]{2,9})\.?,?\s+(\d{4})\b/.exec(dateline);
  const [month, day, year] = md ? [md[1], md[2], md[3]] : dm ? [dm[2], dm[1], dm[3]] : [];
  if (!month) return null;
  const m = MONTHS.indexOf(month.slice(0, 3).toLowerCase());
  const d = Number(day);
  if (m < 0 || d < 1 || d > 31) return null;
  return `${year}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
