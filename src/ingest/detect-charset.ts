// The legacy charset of bytes that declare none and are not UTF-8: each candidate decodes a sample,
// and the one whose text reads most like writing wins. Reading like writing, in any script:
//  - no bytes that are invalid in the charset (U+FFFD) and no C1 control characters;
//  - a word keeps to one script (a Cyrillic letter inside a Latin word, or kana among Hangul, is
//    what a wrong charset makes), except that Japanese mixes kanji and kana;
//  - a Latin word is mostly ASCII letters (Russian read as windows-1252 is all accented letters);
//  - no capital after a small letter inside a word (windows-1251 read as KOI8-R swaps the cases),
//    no word that starts with a combining mark, no Hebrew final letter inside a word;
//  - few symbols outside the usual punctuation, and no half-width katakana;
//  - Japanese has kana: kanji alone are Chinese read as a Japanese charset.
// Ties go to the earlier candidate, so the order below is the order of likelihood. Big5 is left
// out: its two-byte range is inside GBK's, so the scores cannot tell them apart. A Central European
// text whose letters all exist in windows-1252 too (Czech ř reads as ø) is taken as windows-1252.
import iconv from 'iconv-lite';

const CANDIDATES = ['windows-1252', 'windows-1250', 'windows-1255', 'windows-1256', 'windows-1251', 'koi8-r', 'windows-1253', 'shift_jis', 'euc-jp', 'euc-kr', 'gbk'] as const;

/** The sample scored: enough text to judge, a bounded cost on a large file. */
const SAMPLE = 64 * 1024;

/** The best candidate for bytes with non-ASCII in them, or null when none reads as text. */
export function detectCharset(buf: Uint8Array): string | null {
  const sample = Buffer.from(buf.subarray(0, SAMPLE));
  let nonAscii = 0;
  for (const b of sample) if (b >= 0x80) nonAscii++;
  if (!nonAscii) return null;
  let best: string | null = null;
  let bestScore = Infinity;
  for (const enc of CANDIDATES) {
    const score = oddities(iconv.decode(sample, enc), enc) / nonAscii;
    if (score < bestScore) {
      best = enc;
      bestScore = score;
    }
  }
  return best;
}

const WORD = /[\p{L}\p{M}]+/gu;
const SCRIPTS: [string, RegExp][] = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['japanese', /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー]/u],
];
const USUAL = /[\s\p{L}\p{M}\p{N}\u0000-\u007f\u00a0«»‘’“”–—…€£¥§°·、。「」『』（）・！？，：；]/u;

/** How much of a decoded text does not read like writing (see the header). */
export function oddities(text: string, enc: string): number {
  let odd = 0;
  let kana = 0;
  let han = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c === 0xfffd) odd += 3;
    else if (c >= 0x80 && c <= 0x9f) odd += 2;
    else if (c >= 0xff61 && c <= 0xff9f) odd += 1;
    else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if (c >= 0x80 && !USUAL.test(ch)) odd += 1;
  }
  for (const [word] of text.matchAll(WORD)) {
    if (/^[\x00-\x7f]*$/.test(word)) continue;
    const scripts = new Set<string>();
    let ascii = 0;
    let small = false;
    let capAfterSmall = false;
    for (const ch of word) {
      for (const [name, re] of SCRIPTS) if (re.test(ch)) scripts.add(name);
      if (ch.charCodeAt(0) < 0x80) ascii++;
      const lower = ch !== ch.toUpperCase();
      const upper = ch !== ch.toLowerCase();
      if (upper && small) capAfterSmall = true;
      if (lower) small = true;
    }
    const letters = [...word].length;
    if (scripts.size > 1) odd += 2;
    if (scripts.size === 1 && scripts.has('latin') && letters >= 3 && ascii * 2 < letters) odd += 2;
    if (capAfterSmall) odd += 1;
    // a combining mark needs a letter before it; a Hebrew final form (ך ם ן ף ץ) ends a word
    if (/^\p{M}/u.test(word)) odd += 2;
    if (/[\u05da\u05dd\u05df\u05e3\u05e5](?=\p{L})/u.test(word)) odd += 1;
  }
  if ((enc === 'shift_jis' || enc === 'euc-jp') && han > 0 && kana * 10 < han) odd += han;
  return odd;
}
