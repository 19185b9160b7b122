// Every export honours --since/--until/--country/--type/--quad-class/--source/--target and says on
// standard error what it wrote and what it was filtered by; run on a store of hand-built articles.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { DOMParser } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCommand, type ExportOptions } from '../src/cli/commands/export.ts';
import { GDELT_COLUMNS } from '../src/cli/commands/export-formats.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { makeArticle } from '../src/store/test-articles.ts';

const dir = mkdtempSync(join(tmpdir(), 'dyad-export-filters-'));
const db = join(dir, 'f.db');
const RUSSIA = { id: null, name: 'Russia', country: 'RUS', sector: 'GOV' };
const UKRAINE = { id: null, name: 'Ukraine', country: 'UKR', sector: 'GOV' };
const POLAND = { id: null, name: 'Poland', country: 'POL', sector: 'GOV' };
const SHOIGU = { id: 'test-minister', name: 'Test Minister', country: 'RUS', sector: 'MIL' };

beforeAll(async () => {
  const store = openSqliteStore(db);
  await store.write([
    makeArticle({
      id: 'june', url: 'https://a.example/1', date: '2024-06-10', title: 'Shelling', text: 'Russia shelled Ukraine near the border.\n"We will answer," the Test Minister said.',
      entities: [['Russia', 'GPE', RUSSIA], ['Ukraine', 'GPE', UKRAINE], ['Test Minister', 'PERSON', SHOIGU]],
      quotes: [{ text: 'We will answer,', speaker: 'Test Minister', actor: SHOIGU, cue: 'said' }],
      events: [{ source: ['Russia', RUSSIA], target: ['Ukraine', UKRAINE], trigger: 'shelled', plover: 'ASSAULT', cameo: '195', goldstein: -10, quadClass: 4 }],
    }),
    makeArticle({
      id: 'july', url: 'https://a.example/2', date: '2024-07-20', title: 'Aid', text: 'Poland sent aid to Ukraine on Saturday.',
      entities: [['Poland', 'GPE', POLAND], ['Ukraine', 'GPE', UKRAINE]],
      events: [{ source: ['Poland', POLAND], target: ['Ukraine', UKRAINE], trigger: 'sent aid', plover: 'AID', cameo: '070', goldstein: 7, quadClass: 2 }],
    }),
    makeArticle({
      id: 'august', url: 'https://a.example/3', date: '2024-08-05', title: 'Talks', text: 'Ukraine met Poland in Warsaw.\nThe Test Minister accused Poland of meddling.',
      entities: [['Ukraine', 'GPE', UKRAINE], ['Poland', 'GPE', POLAND], ['Test Minister', 'PERSON', SHOIGU]],
      events: [
        { source: ['Ukraine', UKRAINE], target: ['Poland', POLAND], trigger: 'met', plover: 'CONSULT', cameo: '040', goldstein: 1, quadClass: 1 },
        { source: ['Test Minister', SHOIGU], target: ['Poland', POLAND], trigger: 'accused', plover: 'ACCUSE', cameo: '112', goldstein: -2, quadClass: 3 },
      ],
    }),
  ]);
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs an export to a file; gives its text and what it said on standard error. */
async function exported(opts: Omit<ExportOptions, 'db' | 'out' | 'stderr'>): Promise<{ text: string; said: string }> {
  const out = join(dir, `out-${Math.random().toString(36).slice(2)}`);
  const stderr = new PassThrough();
  let said = '';
  stderr.on('data', (d) => (said += d));
  expect(await exportCommand({ db, out, stderr, ...opts })).toBe(0);
  return { text: readFileSync(out, 'utf8'), said };
}

const gdeltCodes = (text: string) => text.trim().split('\n').filter(Boolean).map((l) => l.split('\t')[GDELT_COLUMNS.indexOf('EventCode')]).sort();

describe('export filters', () => {
  it('gdelt: by month, day, country, type, quad class, source and target', async () => {
    expect(gdeltCodes((await exported({ format: 'gdelt' })).text)).toEqual(['040', '070', '112', '195']);
    expect(gdeltCodes((await exported({ format: 'gdelt', since: '2024-07' })).text)).toEqual(['040', '070', '112']);
    expect(gdeltCodes((await exported({ format: 'gdelt', until: '2024-07-19' })).text)).toEqual(['195']);
    expect(gdeltCodes((await exported({ format: 'gdelt', country: 'POL' })).text)).toEqual(['040', '070', '112']);
    expect(gdeltCodes((await exported({ format: 'gdelt', type: 'ASSAULT' })).text)).toEqual(['195']);
    expect(gdeltCodes((await exported({ format: 'gdelt', type: '04' })).text)).toEqual(['040']);
    expect(gdeltCodes((await exported({ format: 'gdelt', quadClass: 2 })).text)).toEqual(['070']);
    expect(gdeltCodes((await exported({ format: 'gdelt', source: 'RUS' })).text)).toEqual(['112', '195']);
    expect(gdeltCodes((await exported({ format: 'gdelt', source: SHOIGU.id })).text)).toEqual(['112']);
    expect(gdeltCodes((await exported({ format: 'gdelt', source: 'minister', target: 'POL' })).text)).toEqual(['112']);
  });

  it('says what it wrote and what it was filtered by', async () => {
    const { said } = await exported({ format: 'csv', since: '2024-07', target: 'UKR' });
    expect(said).toBe('dyad export: 1 event written (since 2024-07, target UKR)\n');
    expect((await exported({ format: 'quotes', source: 'minister' })).said).toBe('dyad export: 1 quote written; filtered by source minister\n');
    expect((await exported({ format: 'actors', country: 'RUS' })).said).toMatch(/^dyad export: \d+ actors written; filtered by country RUS\n$/);
  });

  it('quotes: by speaker and by month', async () => {
    const lines = (r: { text: string }) => r.text.trim().split('\n').length - 1;
    expect(lines(await exported({ format: 'quotes' }))).toBe(1);
    expect(lines(await exported({ format: 'quotes', since: '2024-07' }))).toBe(0);
    expect(lines(await exported({ format: 'quotes', until: '2024-06' }))).toBe(1);
    expect(lines(await exported({ format: 'quotes', source: 'Poland' }))).toBe(0);
  });

  it('graphs: an edge is kept when its ends pass --source and --target; bounds count by month', async () => {
    const edges = (text: string) => [...new DOMParser().parseFromString(text, 'text/xml').querySelectorAll('edge')].map((e: any) => `${e.getAttribute('source')}>${e.getAttribute('target')}`).sort();
    const all = edges((await exported({ format: 'graphml' })).text);
    expect(all).toHaveLength(4);
    const fromUkr = edges((await exported({ format: 'graphml', source: 'UKR' })).text);
    expect(fromUkr).toEqual(['UKRGOV>POLGOV']);
    const toPoland = await exported({ format: 'gexf', target: 'POL', since: '2024-08-03' });
    expect(edges(toPoland.text)).toHaveLength(2);
    expect(toPoland.said).toBe('dyad export: 3 actors and 2 dyads written (self-loops left out); filtered by since 2024-08, target POL\n');
  });

  it('refuses a filter a format cannot apply, before writing anything', async () => {
    await expect(exportCommand({ db, format: 'actors', since: '2024-01' })).rejects.toThrow(/^--since: --format actors takes --country/);
    await expect(exportCommand({ db, format: 'graphml', type: 'AID' })).rejects.toThrow(/^--type: /);
  });
});
