import type { Span } from '../doc/types.ts';

/** A non-blank line of the input, trimmed, with its offsets. */
export interface Line extends Span {
  /** Blank lines between this line and the previous non-blank one. */
  blankBefore: number;
}

/** Splits text into trimmed non-blank lines, keeping offsets and the blank lines before each. */
export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let blank = 0;
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let s = pos;
    let e = nl;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      out.push({ start: s, end: e, blankBefore: blank });
      blank = 0;
    } else if (out.length) blank++;
    pos = nl + 1;
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x200b || c === 0xfeff || c === 12 || c === 11;
}

/**
 * Groups lines into paragraphs. Pasted articles come in two shapes: one paragraph per line, or
 * paragraphs separated by blank lines with hard-wrapped lines inside. Blank-line mode is chosen when
 * blank lines exist and a good share of the groups they delimit span several lines.
 */
export function groupParagraphs(text: string, lines: Line[]): Span[] {
  const groups: Line[][] = [];
  for (const line of lines) {
    if (!groups.length || line.blankBefore > 0) groups.push([line]);
    else groups[groups.length - 1].push(line);
  }
  const multi = groups.filter((g) => g.length > 1).length;
  const blankMode = groups.length > 1 && multi / groups.length >= 0.3 && looksWrapped(text, groups);
  if (!blankMode) return lines.map(({ start, end }) => ({ start, end }));
  return groups.map((g) => ({ start: g[0].start, end: g[g.length - 1].end }));
}

/** Wrapped text: most lines inside multi-line groups do not end a sentence. */
function looksWrapped(text: string, groups: Line[][]): boolean {
  let inner = 0;
  let open = 0;
  for (const g of groups) {
    for (let i = 0; i < g.length - 1; i++) {
      inner++;
      const last = text[g[i].end - 1];
      if (!/[.!?"”»:]/.test(last)) open++;
    }
  }
  return inner > 0 && open / inner >= 0.5;
}
