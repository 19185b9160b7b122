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

describe('GDELT export geography', () => {
  it("fills each actor's country and the place the sentence names, and leaves unknown places empty", async () => {
    const byCode = Object.fromEntries((await rows('geo-a.tsv')).map((r) => [r.EventCode + r.Actor1Code, r]));
    const thanked = byCode['051PSEREBHMS'];
    expect([thanked.Actor1Geo_Type, thanked.Actor1Geo_FullName, thanked.Actor1Geo_CountryCode]).toEqual(['1', 'Palestine', 'PS']);
    expect([thanked.Actor2Geo_Type, thanked.Actor2Geo_FullName, thanked.Actor2Geo_CountryCode, thanked.Actor2Geo_FeatureID]).toEqual(['1', 'Egypt', 'EG', 'EG']);
    // the EU is no state, and no sentence names a place after a spatial preposition
    expect(byCode['010IGOEEC'].Actor1Geo_Type).toBe('');
    expect(Object.values(byCode).map((r) => r.ActionGeo_Type)).toEqual(['', '', '']);
  });

  it('takes the action place from a spatial phrase: a capital with its coordinates', async () => {
    const gdb = join(dir, 'geo.db');
    const KENYA = { id: null, name: 'Kenya', country: 'KEN', sector: 'GOV' };
    const ETHIOPIA = { id: null, name: 'Ethiopia', country: 'ETH', sector: 'GOV' };
    const text = 'Kenya signed a water accord with Ethiopia in Addis Ababa on Friday.';
    const store = openSqliteStore(gdb);
    await store.write([makeArticle({
      id: 'geo', url: 'https://paper.example/water', date: '2024-10-04', title: 'Water accord', text,
      entities: [['Kenya', 'GPE', KENYA], ['Ethiopia', 'GPE', ETHIOPIA]],
      events: [{ source: ['Kenya', KENYA], target: ['Ethiopia', ETHIOPIA], trigger: 'signed', plover: 'AGREE', cameo: '057', goldstein: 8, quadClass: 1 }],
    })]);
    await store.close();
    await exportCommand({ db: gdb, format: 'gdelt', out: join(dir, 'geo.tsv'), stderr: new PassThrough() });
    const [row] = readFileSync(join(dir, 'geo.tsv'), 'utf8').trim().split('\n').map((l) => Object.fromEntries(l.split('\t').map((v, i) => [GDELT_COLUMNS[i], v])));
    expect([row.ActionGeo_Type, row.ActionGeo_FullName, row.ActionGeo_CountryCode, row.ActionGeo_ADM1Code]).toEqual(['4', 'Addis Ababa, Ethiopia', 'ET', 'ET']);
    expect(Number(row.ActionGeo_Lat)).toBeCloseTo(9.03, 1);
    expect(Number(row.ActionGeo_Long)).toBeCloseTo(38.7, 1);
    expect([row.Actor1Geo_CountryCode, row.Actor2Geo_CountryCode]).toEqual(['KE', 'ET']);
  });
});
