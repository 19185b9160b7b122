// Promotion lines: links to other articles that scraped pages leave in the body. They are moved into
// article.related. The prefixes are matched case-insensitively at the start of a line.
const PROMO = /^(?:read more|read also|also read|related(?: articles?| stories| news)?|recommended(?: for you)?|see also|more on this|you may also like|you might also like|click here(?: to)?|watch)\b\s*[:\-–—|»>]*\s*/i;

export interface Promotion {
  /** Offset within the line where the promoted title starts. */
  titleOffset: number;
  title: string;
  url: string | null;
}

/** The promotion in a line, or null when the line is not one. */
export function matchPromotion(line: string): Promotion | null {
  const m = PROMO.exec(line);
  if (!m) return null;
  const rest = line.slice(m[0].length).trim();
  const lower = m[0].toLowerCase();
  // "Watch" and "Related" begin ordinary sentences too: only take them with a separator.
  if (/^(watch|related)\b/.test(lower) && !/[:\-–—|»>]/.test(m[0])) return null;
  // "Click here to ..." is a call to action, kept whole as the title.
  const title = lower.startsWith('click here') ? line.trim() : rest;
  if (!title && !lower.startsWith('click here')) return null;
  const url = /(https?:\/\/\S+)/.exec(line)?.[1] ?? null;
  return { titleOffset: line.indexOf(title), title: url ? title.replace(url, '').trim() || url : title, url };
}
