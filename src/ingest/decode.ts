import iconv from 'iconv-lite';
import { detectCharset } from './detect-charset.ts';

export interface Decoded {
  text: string;
  encoding: string;
  /** How the encoding was chosen. */
  by: 'bom' | 'utf8' | 'declared' | 'detected' | 'heuristic';
  /** Bytes that were not valid in the encoding and became U+FFFD (only UTF-8 is read with replacement). */
  replaced: number;
}

/**
 * Decodes bytes to text. The order, most certain first:
 *  1. a byte-order mark (UTF-8, UTF-16 LE/BE);
 *  2. UTF-16 without a mark, seen by the zero bytes of ASCII characters in every other position;
 *  3. bytes that are valid UTF-8 are UTF-8: legacy text that happens to form valid multi-byte UTF-8
 *     sequences is very rare, and pages that declare a legacy charset are often UTF-8 in fact;
 *  4. bytes that are overwhelmingly UTF-8 (at least twice as many valid multi-byte sequences as
 *     invalid bytes) are UTF-8 with the invalid bytes replaced and counted: one stray byte in a
 *     UTF-8 file must not turn all its curly quotes and accents into mojibake. Legacy text gives
 *     almost no valid sequences, so it does not pass;
 *  5. a declared charset: the transport's (an HTTP Content-Type charset, `transport`), else one
 *     declared in the first 4 KB (<meta charset>, http-equiv, XML prolog), as the WHATWG encoding
 *     sniffing order puts the header before the page; latin-1 and ASCII labels mean windows-1252;
 *  6. with no declaration, the legacy charset whose decoding reads most like text (detect-charset.ts);
 *  7. windows-1252, the superset of latin-1 that undeclared Western pages use.
 */
export function decodeBytes(buf: Uint8Array, transport: string | null = null): Decoded {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    const { invalid } = utf8Validity(buf.subarray(3));
    return { text: utf8(buf.subarray(3)), encoding: 'utf-8', by: 'bom', replaced: invalid };
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(Buffer.from(buf.subarray(2)), 'utf-16le'), encoding: 'utf-16le', by: 'bom', replaced: 0 };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(Buffer.from(buf.subarray(2)), 'utf-16be'), encoding: 'utf-16be', by: 'bom', replaced: 0 };
  const sixteen = utf16Guess(buf);
  if (sixteen) return { text: iconv.decode(Buffer.from(buf), sixteen), encoding: sixteen, by: 'heuristic', replaced: 0 };
  const { valid, invalid } = utf8Validity(buf);
  if (invalid === 0) return { text: utf8(buf), encoding: 'utf-8', by: 'utf8', replaced: 0 };
  if (valid >= 2 * invalid) return { text: utf8(buf), encoding: 'utf-8', by: 'utf8', replaced: invalid };
  const fromTransport = normaliseLabel(transport);
  const declared = fromTransport && (fromTransport === 'utf-8' || iconv.encodingExists(fromTransport)) ? fromTransport : normaliseLabel(declaredCharset(buf));
  if (declared === 'utf-8') return { text: utf8(buf), encoding: 'utf-8', by: 'declared', replaced: invalid };
  if (declared && iconv.encodingExists(declared)) {
    return { text: iconv.decode(Buffer.from(buf), declared), encoding: declared, by: 'declared', replaced: 0 };
  }
  const detected = detectCharset(buf);
  if (detected) return { text: iconv.decode(Buffer.from(buf), detected), encoding: detected, by: 'detected', replaced: 0 };
  return { text: iconv.decode(Buffer.from(buf), 'windows-1252'), encoding: 'windows-1252', by: 'heuristic', replaced: 0 };
}

/**
 * Counts the well-formed multi-byte UTF-8 sequences and the bytes that belong to none (as the
 * WHATWG decoder replaces them: a bad lead byte, a sequence cut short, an overlong or surrogate form).
 */
export function utf8Validity(b: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    }
    if (!need) {
      invalid++;
      i++;
      continue;
    }
    let j = 1;
    for (; j <= need; j++) {
      const t = b[i + j];
      if (t === undefined || t < (j === 1 ? lo : 0x80) || t > (j === 1 ? hi : 0xbf)) break;
    }
    if (j > need) {
      valid++;
      i += need + 1;
    } else {
      // the lead and the good continuation bytes so far are one replaced character
      invalid++;
      i += j;
    }
  }
  return { valid, invalid };
}

const utf8 = (b: Uint8Array) => new TextDecoder('utf-8').decode(b);

/** The WHATWG Encoding Standard reads these labels as windows-1252. */
const AS_1252 = new Set(['iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'l1', 'ascii', 'us-ascii', 'iso_8859-1', 'cp1252', 'windows-1252', 'x-cp1252', 'cp819', 'ibm819']);

function normaliseLabel(label: string | null): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase();
  if (AS_1252.has(l)) return 'windows-1252';
  if (l === 'utf8' || l === 'utf-8' || l === 'unicode-1-1-utf-8') return 'utf-8';
  return l;
}

/** UTF-16 without a BOM: in the first 512 bytes, most odd (LE) or even (BE) bytes are zero, the others not. */
function utf16Guess(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length, 512) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZero++;
    if (buf[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > 0.7 * pairs && evenZero < 0.1 * pairs) return 'utf-16le';
  if (evenZero > 0.7 * pairs && oddZero < 0.1 * pairs) return 'utf-16be';
  return null;
}

/** The charset a page declares in its first 4 KB: <meta charset>, http-equiv content, or XML prolog. */
export function declaredCharset(buf: Uint8Array): string | null {
  const head = Buffer.from(buf.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w:.-]+)/i.exec(head);
  return m ? m[1] : null;
}
