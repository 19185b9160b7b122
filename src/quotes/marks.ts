// Finds quotations by their marks, one paragraph at a time, so a stray or unbalanced mark never
// reaches past its paragraph. Apostrophes and single marks (‘ ’) never open or close a quotation:
// inside a double quotation they are nested quotes and stay part of its text. Two apostrophes ('')
// are a straight double mark, as some newspapers print them.

export interface MarkedQuote {
  /** Offset of the opening mark. */
  start: number;
  /** One past the closing mark, or the end of the paragraph's text when the quote is left open. */
  end: number;
  /** False when no closing mark was found before the end of the paragraph or a new opening mark. */
  closed: boolean;
}

const OPENERS = new Set(['“', '«', '„', '‟']);
const CLOSERS = new Set(['”', '»']);
const SPACE = /\s/;
const OPEN_BEFORE = /[\s([{\u2014\u2013\-/:;]/;

/** Whether a straight double mark at [i, i + len) reads as an opening mark. */
function straightOpens(text: string, i: number, len: number, start: number, end: number): boolean {
  const prev = i > start ? text[i - 1] : ' ';
  const next = i + len < end ? text[i + len] : ' ';
  if (SPACE.test(next) || /[.,;:!?)\]]/.test(next)) return false;
  return OPEN_BEFORE.test(prev) || i === start;
}

/**
 * The quotations in text[start, end), in order. A quotation left open ends where the next opening
 * mark begins (its text trimmed back to the last sentence end before it), or at the paragraph end.
 */
export function findQuotes(text: string, start: number, end: number): MarkedQuote[] {
  const out: MarkedQuote[] = [];
  let open = -1;
  let opener = '';
  const closeOpenBefore = (i: number) => {
    let e = i;
    while (e > open + 1 && SPACE.test(text[e - 1])) e--;
    // Back to the last sentence end, when the open quote ran past one before the new mark.
    for (let k = e - 1; k > open + 1; k--) {
      if (/[.!?]/.test(text[k]) && SPACE.test(text[k + 1] ?? ' ')) {
        if (k + 1 < e) e = k + 1;
        break;
      }
    }
    out.push({ start: open, end: e, closed: false });
  };
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // Fast skip: every mark is '"', "''" or above U+00AB.
    if (c !== 34 && c !== 39 && c < 0xab) continue;
    let ch = text[i];
    let len = 1;
    if (c === 39) {
      if (i + 1 >= end || text.charCodeAt(i + 1) !== 39) continue;
      // Three apostrophes close a nested single quote and the double one: the double is the last two.
      if (open >= 0 && i + 2 < end && text.charCodeAt(i + 2) === 39) i++;
      ch = '"';
      len = 2;
    }
    if (open < 0) {
      if (OPENERS.has(ch)) {
        open = i;
        opener = ch;
      } else if (ch === '"') {
        const prev = i > start ? text[i - 1] : ' ';
        const inch = len === 1 && /[0-9]/.test(prev);
        if (!inch && (straightOpens(text, i, len, start, end) || !SPACE.test(i + len < end ? text[i + len] : ' '))) {
          open = i;
          opener = ch;
        }
      }
      // A closing mark with nothing open is stray: skipped.
      i += len - 1;
      continue;
    }
    const clearlyOpens = ch === '"' && straightOpens(text, i, len, start, end) && SPACE.test(text[i - 1]);
    const wrongWay = ch === '“' && (i + 1 === end || /[\s.,;:!?)]/.test(text[i + 1])) && !SPACE.test(text[i - 1]);
    const closes = CLOSERS.has(ch) || wrongWay || (ch === '"' && !clearlyOpens) || (ch === '“' && opener === '„');
    if (closes) {
      if (i > open + 1) out.push({ start: open, end: i + len, closed: true });
      open = -1;
    } else if (OPENERS.has(ch) || ch === '"') {
      // A new opening mark while one is open: the first was never closed.
      closeOpenBefore(i);
      open = i;
      opener = ch;
    }
    i += len - 1;
  }
  if (open >= 0) closeOpenBefore(end);
  return out;
}
