import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  encoding: string;
  /** How the encoding was chosen. */
  by: 'bom' | 'utf8' | 'declared' | 'heuristic';
}

/**
 * Decodes bytes to text. The order, most certain first:
 *  1. a byte-order mark (UTF-8, UTF-16 LE/BE);
 *  2. UTF-16 without a mark, seen by the zero bytes of ASCII characters in every other position;
 *  3. bytes that are valid UTF-8 are UTF-8: legacy text that happens to form valid multi-byte UTF-8
 *     sequences is very rare, and pages that declare a legacy charset are often UTF-8 in fact;
 *  4. a charset declared in the first 4 KB (<meta charset>, http-equiv, XML prolog), with the
 *     WHATWG rule that latin-1 and ASCII labels mean windows-1252;
 *  5. windows-1252, the superset of latin-1 that undeclared Western pages use.
 */
export function decodeBytes(buf: Uint8Array): Decoded {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: utf8(buf.subarray(3)), encoding: 'utf-8', by: 'bom' };
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(Buffer.from(buf.subarray(2)), 'utf-16le'), encoding: 'utf-16le', by: 'bom' };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(Buffer.from(buf.subarray(2)), 'utf-16be'), encoding: 'utf-16be', by: 'bom' };
  const sixteen = utf16Guess(buf);
  if (sixteen) return { text: iconv.decode(Buffer.from(buf), sixteen), encoding: sixteen, by: 'heuristic' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8', by: 'utf8' };
  } catch {
    // not UTF-8: fall through
  }
  const declared = normaliseLabel(declaredCharset(buf));
  if (declared && declared !== 'utf-8' && iconv.encodingExists(declared)) {
    return { text: iconv.decode(Buffer.from(buf), declared), encoding: declared, by: 'declared' };
  }
  return { text: iconv.decode(Buffer.from(buf), 'windows-1252'), encoding: 'windows-1252', by: 'heuristic' };
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
