// Splits a dictionary form into tokens the way wink splits text: words (with inner dots and
// apostrophes: "U.S.", "O'Neill"), hyphens and other marks apart, and "'s" as its own token.
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}.'’&]*[\p{L}\p{N}.])?|[^\s\p{L}\p{N}]/gu;

export function aliasTokens(form: string): string[] {
  return form.match(TOKEN) ?? [];
}

/** Whether a token looks like a capitalised word (first letter upper case). */
export const isCap = (s: string): boolean => {
  const c = s.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = s[0];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
};

/** An acronym-like form: two or more letters, all upper case ("UN", "SCO", "U.S."). */
export const isAllCaps = (s: string): boolean => /^[\p{Lu}.&]{2,}$/u.test(s) && /\p{Lu}.*\p{Lu}|\p{Lu}\./u.test(s);
