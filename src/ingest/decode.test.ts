import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode.ts';

const page = (head: string, body: string) => `<html><head>${head}<title>Caf\u00e9</title></head><body><p>${body}</p></body></html>`;
// Words with accents and typographic quotes: the letters that go wrong when a page is misread.
const BODY = 'The caf\u00e9 owner, Ren\u00e9e M\u00fcller, said \u201cna\u00efve\u201d plans cost \u00a3200 \u2013 or \u20ac230.';

describe('decodeBytes', () => {
  it('reads a UTF-8 BOM and drops it', () => {
    const buf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(BODY, 'utf8')]);
    expect(decodeBytes(buf)).toEqual({ text: BODY, encoding: 'utf-8', by: 'bom', replaced: 0 });
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
    expect(decodeBytes(iconv.encode(html, 'windows-1252'))).toEqual({ text: html, encoding: 'windows-1252', by: 'declared', replaced: 0 });
  });

  it('reads a page declared iso-8859-1 as windows-1252, as browsers do', () => {
    const html = page('<meta charset="ISO-8859-1">', BODY);
    const out = decodeBytes(iconv.encode(html, 'windows-1252'));
    expect(out.text).toBe(html);
    expect(out.text).toContain('\u201cna\u00efve\u201d');
  });

  it('reads latin-1 without any declaration as windows-1252', () => {
    const latin = 'Le caf\u00e9 de la gare a rouvert \u00e0 No\u00ebl, dit la propri\u00e9taire.';
    expect(decodeBytes(iconv.encode(latin, 'latin1'))).toEqual({ text: latin, encoding: 'windows-1252', by: 'detected', replaced: 0 });
  });

  it('trusts valid UTF-8 over a wrong declaration', () => {
    const html = page('<meta charset="windows-1252">', BODY);
    expect(decodeBytes(Buffer.from(html, 'utf8'))).toMatchObject({ text: html, encoding: 'utf-8', by: 'utf8' });
  });

  it('uses another declared legacy charset', () => {
    const html = '<html><head><meta charset="koi8-r"></head><body><p>\u041c\u043e\u0441\u043a\u0432\u0430 - \u0441\u0442\u043e\u043b\u0438\u0446\u0430</p></body></html>';
    expect(decodeBytes(iconv.encode(html, 'koi8-r'))).toMatchObject({ text: html, encoding: 'koi8-r' });
  });

  it('reads UTF-8 with one invalid byte as UTF-8, the byte replaced and counted, not the whole text as windows-1252', () => {
    const buf = Buffer.concat([Buffer.from('The mayor said \u201cwe will rebuild\u201d, and the caf\u00e9 ', 'utf8'), Buffer.from([0x96]), Buffer.from(' reopened \u2013 \u201csoon\u201d.', 'utf8')]);
    expect(decodeBytes(buf)).toEqual({ text: 'The mayor said \u201cwe will rebuild\u201d, and the caf\u00e9 \ufffd reopened \u2013 \u201csoon\u201d.', encoding: 'utf-8', by: 'utf8', replaced: 1 });
  });

  it('reads a page declared UTF-8 with bad bytes as UTF-8 with replacement', () => {
    const buf = Buffer.concat([Buffer.from('<html><head><meta charset="utf-8"></head><body><p>Caf', 'utf8'), Buffer.from([0xe9, 0xe9]), Buffer.from('</p></body></html>')]);
    expect(decodeBytes(buf)).toMatchObject({ text: '<html><head><meta charset="utf-8"></head><body><p>Caf\ufffd\ufffd</p></body></html>', encoding: 'utf-8', replaced: 2 });
  });

  it('detects undeclared legacy charsets from the bytes: Cyrillic, Japanese, Chinese, Korean, Greek, Hebrew, Central European', () => {
    const cases: [string, string][] = [
      ['windows-1251', '\u041c\u044d\u0440 \u0433\u043e\u0440\u043e\u0434\u0430 \u0437\u0430\u044f\u0432\u0438\u043b \u0432 \u043f\u044f\u0442\u043d\u0438\u0446\u0443, \u0447\u0442\u043e \u043c\u043e\u0441\u0442 \u043e\u0442\u043a\u0440\u043e\u044e\u0442 \u043a \u043b\u0435\u0442\u0443.'],
      ['koi8-r', '\u041c\u044d\u0440 \u0433\u043e\u0440\u043e\u0434\u0430 \u0437\u0430\u044f\u0432\u0438\u043b \u0432 \u043f\u044f\u0442\u043d\u0438\u0446\u0443, \u0447\u0442\u043e \u043c\u043e\u0441\u0442 \u043e\u0442\u043a\u0440\u043e\u044e\u0442 \u043a \u043b\u0435\u0442\u0443.'],
      ['shift_jis', '\u5e02\u9577\u306f\u91d1\u66dc\u65e5\u3001\u65b0\u3057\u3044\u6a4b\u3092\u590f\u307e\u3067\u306b\u958b\u304f\u3068\u8ff0\u3079\u305f\u3002'],
      ['euc-jp', '\u5e02\u9577\u306f\u91d1\u66dc\u65e5\u3001\u65b0\u3057\u3044\u6a4b\u3092\u590f\u307e\u3067\u306b\u958b\u304f\u3068\u8ff0\u3079\u305f\u3002'],
      ['gbk', '\u5e02\u957f\u5468\u4e94\u8868\u793a\uff0c\u65b0\u6865\u5c06\u5728\u590f\u5929\u4e4b\u524d\u5f00\u901a\u3002'],
      ['euc-kr', '\uc2dc\uc7a5\uc740 \uae08\uc694\uc77c \uc0c8 \ub2e4\ub9ac\uac00 \uc5ec\ub984 \uc804\uc5d0 \uac1c\ud1b5\ub41c\ub2e4\uace0 \ubc1d\ud614\ub2e4.'],
      ['windows-1253', '\u039f \u03b4\u03ae\u03bc\u03b1\u03c1\u03c7\u03bf\u03c2 \u03b4\u03ae\u03bb\u03c9\u03c3\u03b5 \u03c4\u03b7\u03bd \u03a0\u03b1\u03c1\u03b1\u03c3\u03ba\u03b5\u03c5\u03ae \u03cc\u03c4\u03b9 \u03b7 \u03b3\u03ad\u03c6\u03c5\u03c1\u03b1 \u03b8\u03b1 \u03b1\u03bd\u03bf\u03af\u03be\u03b5\u03b9.'],
      ['windows-1255', '\u05e8\u05d0\u05e9 \u05d4\u05e2\u05d9\u05e8 \u05d0\u05de\u05e8 \u05d1\u05d9\u05d5\u05dd \u05e9\u05d9\u05e9\u05d9 \u05db\u05d9 \u05d4\u05d2\u05e9\u05e8 \u05d9\u05d9\u05e4\u05ea\u05d7 \u05d1\u05e7\u05d9\u05e5.'],
      ['windows-1250', 'Burmistrz \u0141odzi powiedzia\u0142 w pi\u0105tek, \u017ce nowy most zostanie otwarty przed latem.'],
    ];
    for (const [enc, text] of cases) {
      const html = `<html><head><title>x</title></head><body><p>${text}</p></body></html>`;
      expect([enc, decodeBytes(iconv.encode(html, enc))]).toEqual([enc, { text: html, encoding: enc, by: 'detected', replaced: 0 }]);
    }
  });
});
