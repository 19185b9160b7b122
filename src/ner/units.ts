import type { Doc } from '../doc/doc.ts';

/**
 * The units the tagger labels: the doc's tokens, with a few split further so that a name can start or
 * end inside a wink token: hyphenated forms with a capitalised part ("UN-led", "pro-Israel",
 * "Ankara-Moscow"), a possessive wink left attached ("Malik’s"), a currency prefix ("US$") and the
 * full stop of an abbreviation that ends a sentence ("... in the U.S.").
 */
export interface Units {
  start: number[];
  end: number[];
  form: string[];
  /** wink's id of the unit's word (Token.lex) when the unit is a whole token, else -1; may be absent. */
  lex?: number[];
  pos: string[];
  /** Unit index where each sentence starts, and one past where it ends. */
  sentStart: number[];
  sentEnd: number[];
}

const HYPHEN = 45;
const DOLLAR = 36;
const DOT = 46;

const isUpper = (ch: string): boolean => ch !== ch.toLowerCase();

export function emptyUnits(): Units {
  return { start: [], end: [], form: [], lex: [], pos: [], sentStart: [], sentEnd: [] };
}

function push(u: Units, text: string, s: number, e: number, pos: string, form?: string, lex = -1): void {
  u.start.push(s);
  u.end.push(e);
  u.form.push(form ?? text.slice(s, e));
  u.lex?.push(lex);
  u.pos.push(pos);
}

/** Adds one token as one or more units. */
function addToken(u: Units, text: string, s: number, e: number, pos: string, lastInSentence: boolean, form: string, lex: number): void {
  // `form` is the token's own text (wink's string, the same object in every article, its hash already
  // known), which makes the tagger's word-cache lookups cheaper than a fresh slice would.
  const n = form.length;
  if (n > 2) {
    const h = form.indexOf('-', 1);
    if (h > 0 && h < n - 1 && (isUpper(form[0]) || isUpper(form[h + 1]))) {
      let a = 0;
      for (let i = 1; i < n - 1; i++) {
        if (form.charCodeAt(i) !== HYPHEN) continue;
        if (i > a) push(u, text, s + a, s + i, pos);
        push(u, text, s + i, s + i + 1, 'PUNCT');
        a = i + 1;
      }
      push(u, text, s + a, e, pos);
      return;
    }
    const q = form.charCodeAt(n - 2);
    if ((q === 39 || q === 0x2019) && (form[n - 1] === 's' || form[n - 1] === 'S')) {
      push(u, text, s, e - 2, pos);
      push(u, text, e - 2, e, 'PART');
      return;
    }
    if (form.charCodeAt(n - 1) === DOLLAR && n <= 4) {
      push(u, text, s, e - 1, pos);
      push(u, text, e - 1, e, 'SYM');
      return;
    }
    if (lastInSentence && form.charCodeAt(n - 1) === DOT && form.charCodeAt(n - 2) !== DOT) {
      push(u, text, s, e - 1, pos);
      push(u, text, e - 1, e, 'PUNCT');
      return;
    }
  }
  push(u, text, s, e, pos, form, lex);
}

/** Units of every sentence of the doc, in order. */
export function unitsOf(doc: Doc): Units {
  const u = emptyUnits();
  const tokens = doc.get('tokens');
  const text = doc.text;
  for (const s of doc.get('sentences')) {
    u.sentStart.push(u.start.length);
    for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      const tok = tokens[t];
      addToken(u, text, tok.start, tok.end, tok.pos, t === s.tokenEnd - 1, tok.text, tok.lex);
    }
    u.sentEnd.push(u.start.length);
  }
  return u;
}
