import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode.ts';

const page = (head: string, body: string) => `<html><head>${head}<title>Caf\u00e9</title></head><body><p>${body}</p></body></html>`;
// Words with accents and typographic quotes: the letters that go wrong when a page is misread.
const BODY = 'The caf\u00e9 owner, Ren\u00e9e M\u00fcller, said \u201cna\u00efve\u201d plans cost \u00a3200 \u2013 or \u20ac230.';

describe('decodeBytes', () => {
  it('reads a UTF-8 BOM and drops it', () => {
    const buf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(BODY, 'utf8')]);
    expect(decodeBytes(buf)).toEqual({ text: BODY, encoding: 'utf-8', by: 'bom' });
  });

  it('reads UTF-16 LE and BE by their BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(BODY, 'utf-16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(BODY, 'utf-16be')]);
    expect(decodeBytes(le)).toMatchObject({ text: BODY, encoding: 'utf-16le', by: 'bom' });
    expect(decodeBytes(be)).toMatchObject({ text: BODY, encoding: 'utf-16be', by: 'bom' });
  });

  it('sees UTF-16 without a BOM from its zero bytes', () => {
    expect(decodeBytes(iconv.encode(page('', BODY), 'utf-16le'))).toMatchObject({ text: page('', BODY), encoding: 'utf-16le' });
  });

  it('reads windows-1252 with a charset meta: accents, pound, euro and curly quotes', () => {
    const html = page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', BODY);
    expect(decodeBytes(iconv.encode(html, 'windows-1252'))).toEqual({ text: html, encoding: 'windows-1252', by: 'declared' });
  });

  it('reads a page declared iso-8859-1 as windows-1252, as browsers do', () => {
    const html = page('<meta charset="ISO-8859-1">', BODY);
    const out = decodeBytes(iconv.encode(html, 'windows-1252'));
    expect(out.text).toBe(html);
    expect(out.text).toContain('\u201cna\u00efve\u201d');
  });

  it('reads latin-1 without any declaration by the windows-1252 heuristic', () => {
    const latin = 'Le caf\u00e9 de la gare a rouvert \u00e0 No\u00ebl, dit la propri\u00e9taire.';
    expect(decodeBytes(iconv.encode(latin, 'latin1'))).toEqual({ text: latin, encoding: 'windows-1252', by: 'heuristic' });
  });

  it('trusts valid UTF-8 over a wrong declaration', () => {
    const html = page('<meta charset="windows-1252">', BODY);
    expect(decodeBytes(Buffer.from(html, 'utf8'))).toMatchObject({ text: html, encoding: 'utf-8', by: 'utf8' });
  });

  it('uses another declared legacy charset', () => {
    const html = '<html><head><meta charset="koi8-r"></head><body><p>\u041c\u043e\u0441\u043a\u0432\u0430 - \u0441\u0442\u043e\u043b\u0438\u0446\u0430</p></body></html>';
    expect(decodeBytes(iconv.encode(html, 'koi8-r'))).toMatchObject({ text: html, encoding: 'koi8-r' });
  });
});
