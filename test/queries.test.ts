// Every query command and every export format, on a temporary store written from hand-built articles.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { DOMParser } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCommand } from '../src/cli/commands/export.ts';
import { GDELT_COLUMNS } from '../src/cli/commands/export-formats.ts';
import { spellsOf } from '../src/cli/commands/graph-formats.ts';
import { actorsCommand, dyadsCommand, eventsCommand, quotesCommand, searchCommand } from '../src/cli/commands/queries.ts';
import { showCommand } from '../src/cli/commands/show.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { ERDOGAN, makeArticle, PUTIN, TALIBAN, wireSpec } from '../src/store/test-articles.ts';

const dir = mkdtempSync(join(tmpdir(), 'dyad-queries-'));
const db = join(dir, 'q.db');
const RUSSIA = { id: null, name: 'Russia', country: 'RUS', sector: 'GOV' };

beforeAll(async () => {
  const store = openSqliteStore(db);
  const text = 'Erdogan criticised Moscow over the grain corridor on Friday.\n"Moscow must keep its word," Erdogan told lawmakers in Ankara.'
    + '\nErdogan did not threaten Moscow with sanctions.\nErdogan plans to visit Moscow in August.';
  await store.write([
    makeArticle(wireSpec('w1', 'https://wire.example/putin-taliban')),
    makeArticle(wireSpec('c1', 'https://daily.example/putin-taliban', '\nFirst published by a news agency.')),
    makeArticle({
      id: 'tr', url: 'https://ankara.example/grain', date: '2024-07-05', title: 'Erdogan criticises Moscow', text,
      entities: [['Erdogan', 'PERSON', ERDOGAN], ['Moscow', 'LOC', RUSSIA], ['Moscow', 'LOC', RUSSIA, 1]],
      quotes: [{ text: 'Moscow must keep its word,', speaker: 'Erdogan', actor: ERDOGAN, cue: 'told' }],
      events: [
        { source: ['Erdogan', ERDOGAN], target: ['Moscow', RUSSIA], trigger: 'criticised', plover: 'ACCUSE', cameo: '111', goldstein: -2, quadClass: 3 },
        { source: ['Erdogan', ERDOGAN], target: ['Moscow', RUSSIA], trigger: 'threaten', plover: 'THREATEN', cameo: '138', goldstein: -7, quadClass: 3, negated: true, factuality: 'negated' },
        { source: ['Erdogan', ERDOGAN], target: ['Moscow', RUSSIA], trigger: 'visit', plover: 'CONSULT', cameo: '042', goldstein: 1.9, quadClass: 1, negated: true, factuality: 'future' },
      ],
    }),
  ]);
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** RFC 4180 CSV (quoted cells with commas, quotes and newlines) as one object per row. */
function readCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else cell += c;
  }
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

async function run(cmd: (out: PassThrough) => Promise<number>): Promise<string> {
  const out = new PassThrough();
  let s = '';
  out.on('data', (d) => (s += d));
  expect(await cmd(out)).toBe(0);
  return s;
}

describe('query commands', () => {
  it('dyad actors: a table, JSON and CSV', async () => {
    const table = await run((out) => actorsCommand({ db, out }));
    expect(table.split('\n')[0]).toMatch(/^key\s+name\s+country/);
    expect(table).toContain('vladimir-putin');
    const json = JSON.parse(await run((out) => actorsCommand({ db, out, json: true })));
    expect(json.find((a: any) => a.key === PUTIN.id)).toMatchObject({ mentions: 2, articles: 2, quotes: 2 });
    const csv = (await run((out) => actorsCommand({ db, out, csv: true, country: 'AFG' }))).trim().split('\n');
    expect(csv[0]).toBe('actor_key,code,name,country,sector,mentions,articles,quotes,as_source,as_target');
    expect(csv[1].startsWith('taliban,AFGGOV,Taliban,AFG,GOV,')).toBe(true);
  });

  it('dyad quotes --speaker --about --since', async () => {
    const json = JSON.parse(await run((out) => quotesCommand({ db, out, json: true, speaker: 'Erdogan', about: 'Moscow', since: '2024-07-01' })));
    expect(json.map((q: any) => q.text)).toEqual(['Moscow must keep its word,']);
    expect(JSON.parse(await run((out) => quotesCommand({ db, out, json: true, speaker: 'Putin', since: '2024-07-01' })))).toEqual([]);
  });

  it('dyad events --source --target --type --since, with the merged mentions', async () => {
    const json = JSON.parse(await run((out) => eventsCommand({ db, out, json: true, source: 'RUS', target: 'AFG', type: 'SUPPORT', since: '2024-01-01' })));
    expect(json).toHaveLength(1);
    expect(json[0]).toMatchObject({ source: { key: PUTIN.id }, target: { key: TALIBAN.id }, numMentions: 2, numSources: 2 });
    const csv = await run((out) => eventsCommand({ db, out, csv: true, type: 'ACCUSE' }));
    expect(csv).toContain('Erdogan criticised Moscow over the grain corridor on Friday.');
  });

  it('dyad dyads: counts by quad class, mean Goldstein and months', async () => {
    const json = JSON.parse(await run((out) => dyadsCommand({ db, out, json: true })));
    expect(json).toHaveLength(2);
    expect(json.find((d: any) => d.source.key === ERDOGAN.id)).toMatchObject({ count: 1, quad: [0, 0, 1, 0], meanGoldstein: -2, months: [{ month: '2024-07', count: 1 }] });
    expect(await run((out) => dyadsCommand({ db, out }))).toMatch(/mean goldstein/);
  });

  it('dyad search: snippets with the matches marked', async () => {
    const json = JSON.parse(await run((out) => searchCommand('grain corridor', { db, out, json: true })));
    expect(json[0].snippet).toContain('[grain] [corridor]');
    expect(JSON.parse(await run((out) => searchCommand('"keep its word"', { db, out, json: true, in: 'quote' })))[0].kind).toBe('quote');
  });

  it('dyad show: the article with its layers', async () => {
    const text = await run((out) => showCommand('2', { db, out }));
    expect(text).toContain('copy of:  article 1');
    expect(text).toContain('SUPPORT 051');
    const json = JSON.parse(await run((out) => showCommand('3', { db, out, json: true })));
    expect(json.contract.quotes[0].speakerActor.id).toBe(ERDOGAN.id);
  });
});

describe('dyad export', () => {
  const file = (name: string) => join(dir, name);

  it('gdelt: the 61 GDELT 2.0 columns with counts and SOURCEURL', async () => {
    await exportCommand({ db, format: 'gdelt', out: file('e.tsv') });
    const rows = readFileSync(file('e.tsv'), 'utf8').trim().split('\n').map((l) => l.split('\t'));
    expect(rows).toHaveLength(2);
    const col = (r: string[], name: string) => r[GDELT_COLUMNS.indexOf(name)];
    expect(GDELT_COLUMNS).toHaveLength(61);
    expect(rows.every((r) => r.length === 61)).toBe(true);
    const support = rows.find((r) => col(r, 'EventCode') === '051')!;
    expect([col(support, 'Day'), col(support, 'Actor1Code'), col(support, 'Actor2CountryCode'), col(support, 'EventRootCode'), col(support, 'QuadClass')]).toEqual(['20240620', 'RUSGOV', 'AFG', '05', '1']);
    expect([col(support, 'NumMentions'), col(support, 'NumSources'), col(support, 'NumArticles'), col(support, 'SOURCEURL')]).toEqual(['2', '2', '2', 'https://wire.example/putin-taliban']);

    // The codebook's FractionDate: year + (month * 30 + day) / 365.
    expect([col(support, 'MonthYear'), col(support, 'Year'), col(support, 'FractionDate')]).toEqual(['202406', '2024', '2024.5479']);
    expect(rows.every((r) => /^\d{8}$/.test(col(r, 'Day')))).toBe(true);
  });

  it('jsonl: one contract object per article', async () => {
    await exportCommand({ db, format: 'jsonl', out: file('a.jsonl') });
    const lines = readFileSync(file('a.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['w1', 'c1', 'tr']);
    expect(lines[2].article.text.startsWith('Erdogan criticised')).toBe(true);
  });

  it('csv: one row per event, in the same tidy schema as events --csv', async () => {
    await exportCommand({ db, format: 'csv', out: file('e.csv'), stderr: new PassThrough() });
    const exported = readCsv(readFileSync(file('e.csv'), 'utf8'));
    expect(exported).toHaveLength(2);
    const listed = readCsv(await run((out) => eventsCommand({ db, out, csv: true })));
    expect(Object.keys(listed[0])).toEqual(Object.keys(exported[0]));
    const byId = (rows: Record<string, string>[]) => [...rows].sort((a, b) => Number(a.event_id) - Number(b.event_id));
    expect(byId(listed)).toEqual(byId(exported));
    for (const h of Object.keys(exported[0])) expect(h).toMatch(/^[a-z]+(_[a-z]+)*$/);
    const support = exported.find((r) => r.plover === 'SUPPORT')!;
    expect(support).toMatchObject({ cameo: '051', cameo_root: '5', source_code: 'RUSGOV', source_key: PUTIN.id, source_country: 'RUS', source_sector: 'GOV',
      target_code: 'AFGGOV', record_id: 'w1', url: 'https://wire.example/putin-taliban', factuality: 'asserted', num_sources: '2' });
    expect(Number(support.article_id)).toBeGreaterThan(0);
  });

  it('quotes and actors export as CSV with ids to join on', async () => {
    await exportCommand({ db, format: 'quotes', out: file('q.csv') });
    const quotes = readCsv(readFileSync(file('q.csv'), 'utf8'));
    const erdogan = quotes.find((q) => q.speaker_key === ERDOGAN.id)!;
    expect(erdogan).toMatchObject({ kind: 'direct', text: 'Moscow must keep its word,', record_id: 'tr', cue: 'told' });
    expect(readCsv(await run((out) => quotesCommand({ db, out, csv: true, limit: 100 })))).toEqual(quotes);
    await exportCommand({ db, format: 'actors', out: file('a.csv') });
    const actors = readCsv(readFileSync(file('a.csv'), 'utf8'));
    expect(actors.map((a) => a.actor_key)).toContain(TALIBAN.id);
    expect(actors.find((a) => a.actor_key === PUTIN.id)).toMatchObject({ code: 'RUSGOV', quotes: '2' });
  });

  it('gdelt and csv say how many negated or not-asserted events they left out; --all-modes keeps them', async () => {
    const note = new PassThrough();
    let said = '';
    note.on('data', (d) => (said += d));
    await exportCommand({ db, format: 'csv', out: file('counted.csv'), stderr: note });
    expect(said).toBe('dyad export: 2 events written; 2 negated or not asserted left out (--all-modes keeps them)\n');
    const counted = readFileSync(file('counted.csv'), 'utf8').trim().split('\n');
    expect(counted.some((l) => l.includes('THREATEN'))).toBe(false);

    said = '';
    await exportCommand({ db, format: 'csv', out: file('all.csv'), allModes: true, stderr: note });
    expect(said).toBe('dyad export: 4 events written, every mode\n');
    const all = readCsv(readFileSync(file('all.csv'), 'utf8'));
    expect(all.map((r) => r.factuality).sort()).toEqual(['asserted', 'asserted', 'future', 'negated']);

    await exportCommand({ db, format: 'gdelt', out: file('all.tsv'), allModes: true, stderr: note });
    expect(readFileSync(file('all.tsv'), 'utf8').trim().split('\n')).toHaveLength(4);
    await expect(exportCommand({ db, format: 'graphml', allModes: true })).rejects.toThrow(/^--all-modes: /);
  });

  it('graphml parses as XML with actors as nodes and dyads as weighted edges', async () => {
    await exportCommand({ db, format: 'graphml', out: file('g.graphml') });
    const doc = new DOMParser().parseFromString(readFileSync(file('g.graphml'), 'utf8'), 'text/xml');
    const nodes = [...doc.querySelectorAll('node')].map((n: any) => n.getAttribute('id')).sort();
    expect(nodes).toEqual([ERDOGAN.id, 'RUSGOV', TALIBAN.id, PUTIN.id].sort());
    const edges = [...doc.querySelectorAll('edge')].map((e: any) => ({
      s: e.getAttribute('source'), t: e.getAttribute('target'),
      w: e.querySelector('data[key="weight"]').textContent, q: e.querySelector('data[key="quad_class"]').textContent, g: e.querySelector('data[key="mean_goldstein"]').textContent,
    }));
    expect(edges).toContainEqual({ s: PUTIN.id, t: TALIBAN.id, w: '1', q: '1', g: '3.4' });
    expect(edges).toContainEqual({ s: ERDOGAN.id, t: 'RUSGOV', w: '1', q: '3', g: '-2' });
    // every node has a label and its counts; edges count their events by PLOVER type
    const putin = doc.querySelector(`node[id="${PUTIN.id}"]`)!;
    const data = (el: any, key: string) => el.querySelector(`data[key="${key}"]`)?.textContent;
    expect([data(putin, 'label'), data(putin, 'quotes'), data(putin, 'first_seen'), data(putin, 'last_seen')]).toEqual(['Vladimir Putin', '2', '2024-06-20', '2024-06-20']);
    expect([...doc.querySelectorAll('node')].every((n: any) => data(n, 'label'))).toBe(true);
    const support = [...doc.querySelectorAll('edge')].find((e: any) => e.getAttribute('source') === PUTIN.id)!;
    expect([data(support, 'SUPPORT'), data(support, 'ACCUSE'), data(support, 'verbal_coop')]).toEqual(['1', '0', '1']);
  });

  it('gexf parses as XML; graph filters apply', async () => {
    await exportCommand({ db, format: 'gexf', out: file('g.gexf'), quadClass: 3 });
    const doc = new DOMParser().parseFromString(readFileSync(file('g.gexf'), 'utf8'), 'text/xml');
    // GEXF 1.2: networkx reads no 1.3 file ("No <graph> element"), Gephi reads both
    expect([doc.documentElement.getAttribute('xmlns'), doc.documentElement.getAttribute('version')]).toEqual(['http://www.gexf.net/1.2draft', '1.2']);
    expect(doc.querySelectorAll('node').length).toBe(2);
    expect(doc.querySelectorAll('edge').length).toBe(1);
    expect(doc.querySelector('edge')!.getAttribute('source')).toBe(ERDOGAN.id);

    // A dynamic graph: the edge is active in the months of its events.
    expect(doc.querySelector('graph')!.getAttribute('mode')).toBe('dynamic');
    const spell = doc.querySelector('edge spell')!;
    expect(spell.getAttribute('start')).toMatch(/^\d{4}-\d{2}-01$/);
    expect(spell.getAttribute('end')! > spell.getAttribute('start')!).toBe(true);
    // nodes have spells too, and the edge its events per month as a dynamic attribute
    expect(doc.querySelector(`node[id="${ERDOGAN.id}"] spell`)!.getAttribute('start')).toBe('2024-07-01');
    const monthly = doc.querySelector('edge attvalue[for="events"]')!;
    expect([monthly.getAttribute('value'), monthly.getAttribute('start'), monthly.getAttribute('end')]).toEqual(['1', '2024-07-01', '2024-07-31']);
    expect(doc.querySelector(`node[id="${ERDOGAN.id}"]`)!.getAttribute('label')).toBe('Recep Tayyip Erdogan');
  });

  it('gexf spells join consecutive months, across a year', () => {
    expect(spellsOf(['2024-12', '2024-11', '2025-01', '2025-03', '2024-11'])).toEqual([
      { start: '2024-11-01', end: '2025-01-31' },
      { start: '2025-03-01', end: '2025-03-31' },
    ]);
    expect(spellsOf(['2024-02'])).toEqual([{ start: '2024-02-01', end: '2024-02-29' }]);
  });

  it('rejects an unknown format', async () => {
    await expect(exportCommand({ db, format: 'xlsx' })).rejects.toThrow(/--format must be one of/);
  });
});

describe('claimed_by: who says an event told inside a quote happened', () => {
  const cdb = join(dir, 'claims.db');
  const ZELENSKY = { id: 'volodymyr-zelensky', name: 'Volodymyr Zelensky', country: 'UKR', sector: 'GOV' };
  const UKRAINE = { id: null, name: 'Ukraine', country: 'UKR', sector: null };

  beforeAll(async () => {
    const text = 'Russian forces shelled Kharkiv overnight, regional officials said.\n"Moscow has attacked our grain silos again," Zelensky told reporters in Kyiv.';
    const store = openSqliteStore(cdb);
    await store.write([
      makeArticle({
        id: 'ua', url: 'https://kyiv.example/shelling', date: '2024-09-02', title: 'Shelling in Kharkiv', text,
        entities: [['Russian forces', 'NORP', RUSSIA], ['Kharkiv', 'LOC', UKRAINE], ['Moscow', 'LOC', RUSSIA], ['Zelensky', 'PERSON', ZELENSKY]],
        quotes: [{ text: 'Moscow has attacked our grain silos again,', speaker: 'Zelensky', actor: ZELENSKY, cue: 'told' }],
        events: [
          { source: ['Russian forces', RUSSIA], target: ['Kharkiv', UKRAINE], trigger: 'shelled', plover: 'ASSAULT', cameo: '195', goldstein: -10, quadClass: 4 },
          { source: ['Moscow', RUSSIA], target: ['Zelensky', ZELENSKY], trigger: 'attacked', plover: 'ASSAULT', cameo: '190', goldstein: -10, quadClass: 4, quote: 0 },
        ],
      }),
    ]);
    await store.close();
  });

  it('names the speaker and the quote of a quoted event, in events --csv and export --format csv alike', async () => {
    const exported = readCsv((await exportCommand({ db: cdb, format: 'csv', out: join(dir, 'claims.csv'), stderr: new PassThrough() }), readFileSync(join(dir, 'claims.csv'), 'utf8')));
    const listed = readCsv(await run((out) => eventsCommand({ db: cdb, out, csv: true })));
    const byId = (rows: Record<string, string>[]) => [...rows].sort((a, b) => Number(a.event_id) - Number(b.event_id));
    expect(byId(listed)).toEqual(byId(exported));
    const quoted = exported.find((r) => r.trigger === 'attacked')!;
    const told = exported.find((r) => r.trigger === 'shelled')!;
    expect(quoted).toMatchObject({ claimed_by: ZELENSKY.id, claimed_by_name: 'Volodymyr Zelensky', claimed_by_text: 'Zelensky' });
    expect(told).toMatchObject({ claimed_by: '', claimed_by_name: '', claim_quote_id: '' });
    // the quote id joins the quotes export
    const quotes = readCsv(await run((out) => quotesCommand({ db: cdb, out, csv: true })));
    expect(quotes.find((q) => q.quote_id === quoted.claim_quote_id)).toMatchObject({ speaker_key: ZELENSKY.id, text: 'Moscow has attacked our grain silos again,' });
    // and every row says which stage versions coded it
    expect(exported.every((r) => /^events@\d+; actors@\d+/.test(r.coded_by))).toBe(true);
  });
});
