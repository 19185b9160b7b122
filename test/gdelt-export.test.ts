// The GDELT export as GDELT users read it: actor codes with known groups (the EU and the IMF are not
// both plain IGO), formal names, IsRootEvent from the lead, and a DATEADDED that is when the event was
// stored, the same in every export. Articles written for the test.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCommand } from '../src/cli/commands/export.ts';
import { GDELT_COLUMNS } from '../src/cli/commands/export-formats.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { makeArticle } from '../src/store/test-articles.ts';

const dir = mkdtempSync(join(tmpdir(), 'dyad-gdelt-'));
const db = join(dir, 'g.db');
const EU = { id: 'eu', name: 'European Union', country: 'IGO', sector: null };
const IMF = { id: 'imf', name: 'International Monetary Fund', country: 'IGO', sector: null };
const HAMAS = { id: 'hamas', name: 'Hamas', country: 'PSE', sector: 'REB' };
const EGYPT = { id: null, name: 'Egypt', country: 'EGY', sector: 'GOV' };
const WHO = { id: 'who', name: 'World Health Organization', country: 'UNO', sector: null };
let before = '';
let after = '';

beforeAll(async () => {
  const text = 'Brussels officials said the bloc urged the fund to ease its terms for Ghana.\nIn a later statement, Hamas thanked Egypt for its mediation, and the agency praised Cairo.';
  const article = makeArticle({
    id: 'lead', url: 'https://paper.example/fund', date: '2024-10-02', title: 'The bloc and the fund', text,
    entities: [['the bloc', 'ORG', EU], ['the fund', 'ORG', IMF], ['Hamas', 'ORG', HAMAS], ['Egypt', 'GPE', EGYPT], ['the agency', 'ORG', WHO]],
    events: [
      { source: ['the bloc', EU], target: ['the fund', IMF], trigger: 'urged', plover: 'REQUEST', cameo: '010', goldstein: -0.1, quadClass: 1 },
      { source: ['Hamas', HAMAS], target: ['Egypt', EGYPT], trigger: 'thanked', plover: 'SUPPORT', cameo: '051', goldstein: 3.4, quadClass: 1 },
      { source: ['the agency', WHO], target: ['Egypt', EGYPT], trigger: 'praised', plover: 'SUPPORT', cameo: '051', goldstein: 3.4, quadClass: 1 },
    ],
  });
  // two paragraphs: the first is the lead
  const nl = text.indexOf('\n');
  article.contract.article.sections = [{ heading: null, paragraphs: [{ start: 0, end: nl }, { start: nl + 1, end: text.length }] }];
  const store = openSqliteStore(db);
  before = new Date().toISOString();
  await store.write([article]);
  after = new Date().toISOString();
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function rows(name: string): Promise<Record<string, string>[]> {
  await exportCommand({ db, format: 'gdelt', out: join(dir, name), stderr: new PassThrough() });
  return readFileSync(join(dir, name), 'utf8').trim().split('\n').map((l) => Object.fromEntries(l.split('\t').map((v, i) => [GDELT_COLUMNS[i], v])));
}

describe('GDELT export', () => {
  it('codes IGOs and known groups apart, with their formal names', async () => {
    const byCode = Object.fromEntries((await rows('a.tsv')).map((r) => [r.EventCode + r.Actor1Code, r]));
    const request = byCode['010IGOEEC'];
    expect([request.Actor1Code, request.Actor1KnownGroupCode, request.Actor1Name, request.Actor1CountryCode]).toEqual(['IGOEEC', 'EEC', 'EUROPEAN UNION', 'IGO']);
    expect([request.Actor2Code, request.Actor2KnownGroupCode, request.Actor2Name]).toEqual(['IGOIMF', 'IMF', 'INTERNATIONAL MONETARY FUND']);
    expect([byCode['051PSEREBHMS'].Actor1KnownGroupCode, byCode['051PSEREBHMS'].Actor1Type1Code, byCode['051PSEREBHMS'].Actor2Code]).toEqual(['HMS', 'REB', 'EGYGOV']);
    expect([byCode['051IGOUNOWHO'].Actor1KnownGroupCode, byCode['051IGOUNOWHO'].Actor2KnownGroupCode]).toEqual(['WHO', '']);
  });

  it('IsRootEvent is 1 for the event told in the first paragraph only', async () => {
    const root = Object.fromEntries((await rows('b.tsv')).map((r) => [r.EventCode + r.Actor1Code, r.IsRootEvent]));
    expect(root).toEqual({ '010IGOEEC': '1', '051PSEREBHMS': '0', '051IGOUNOWHO': '0' });
  });

  it("AvgTone is the article's positive minus negative words in percent (VADER lexicon)", async () => {
    // 29 words, three positive (ease, thanked, praised), none negative
    expect((await rows('t.tsv')).map((r) => r.AvgTone)).toEqual(['10.34', '10.34', '10.34']);
  });

  it('DATEADDED is when the event was stored, the same in every export', async () => {
    const first = (await rows('c.tsv')).map((r) => r.DATEADDED);
    await new Promise((r) => setTimeout(r, 1100));
    const second = (await rows('d.tsv')).map((r) => r.DATEADDED);
    expect(second).toEqual(first);
    const stamp = (iso: string) => iso.replace(/\D/g, '').slice(0, 14);
    for (const d of first) {
      expect(d).toMatch(/^\d{14}$/);
      expect(d >= stamp(before) && d <= stamp(after)).toBe(true);
    }
  });
});
