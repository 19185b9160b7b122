import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  encoding: string;
}

/**
 * Decodes bytes to text. The order: a byte-order mark wins; then bytes that are valid UTF-8 are
 * UTF-8 (a legacy page with valid multi-byte UTF-8 sequences by chance is very rare); then a charset
 * declared in the first 4 KB (HTML meta or XML prolog); then windows-1252, the usual superset of
 * latin-1 on the web.
 */
export function decodeBytes(buf: Uint8Array): Decoded {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: utf8(buf.subarray(3)), encoding: 'utf-8' };
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(Buffer.from(buf.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(Buffer.from(buf.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' };
  } catch {
    // not UTF-8: fall through
  }
  const declared = declaredCharset(buf);
  if (declared && iconv.encodingExists(declared) && !/^utf-?8$/i.test(declared)) {
    return { text: iconv.decode(Buffer.from(buf), declared), encoding: declared.toLowerCase() };
  }
  return { text: iconv.decode(Buffer.from(buf), 'windows-1252'), encoding: 'windows-1252' };
}

const utf8 = (b: Uint8Array) => new TextDecoder('utf-8').decode(b);

/** The charset a page declares in its first 4 KB: <meta charset>, http-equiv content, or XML prolog. */
export function declaredCharset(buf: Uint8Array): string | null {
  const head = Buffer.from(buf.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w:.-]+)/i.exec(head);
  return m ? m[1] : null;
}
