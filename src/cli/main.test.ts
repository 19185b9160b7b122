// The command line as a user meets it: every bad option value is refused with a line naming the
// option and exit code 2, a wrong --db or --out is one line (never a stack), a runtime failure is 1,
// ingest --strict exits 1 on any failed record, --version names the data and model versions, DYAD_DB
// picks the default store, and a closed pipe ends `dyad demo` quietly.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite/sqlite-store.ts';
import { makeArticle, wireSpec } from '../store/test-articles.ts';
import { dyad } from './test-run.ts';

const dir = mkdtempSync(join(tmpdir(), 'dyad-cli-'));
const store = join(dir, 'good.db');
const notStore = join(dir, 'notes.txt');
const folder = join(dir, 'folder');

beforeAll(async () => {
  const s = openSqliteStore(store);
  await s.write([makeArticle(wireSpec('w1', 'https://wire.example/a'))]);
  await s.close();
  writeFileSync(notStore, 'shopping list\n');
  mkdirSync(folder);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('option values are checked as the API checks them', () => {
  const cases: [string[], RegExp][] = [
    [['events', '--since', '2024-13-45'], /--since.*YYYY-MM-DD/],
    [['events', '--until', 'yesterday'], /--until.*YYYY-MM-DD/],
    [['dyads', '--since', '2024-1'], /--since.*YYYY-MM/],
    [['events', '--quad-class', '7'], /--quad-class.*at most 4/],
    [['events', '--quad-class', 'two'], /--quad-class.*whole number/],
    [['events', '--type', 'HUG'], /--type.*PLOVER type/],
    [['quotes', '--kind', 'shouted'], /--kind.*direct, indirect, mixed/],
    [['search', 'grain', '--in', 'nowhere'], /--in.*article, quote, all/],
    [['actors', '--country', 'russia'], /--country.*three-letter/],
    [['events', '--limit', '-5'], /--limit/],
    [['events', '--limit', '10x'], /--limit.*whole number/],
    [['events', '--json', '--csv'], /--json.*--csv|--csv.*--json/],
    [['export', '--format', 'xlsx'], /--format.*gdelt/],
    [['export'], /--format/],
    [['analyze', '--date', '2024-02-30', '-'], /--date.*YYYY-MM-DD/],
    [['events', '--since', '2024-05-01', '--until', '2024-01-01', '--db', store], /--until 2024-01-01 is before --since/],
    [['frobnicate'], /unknown command/],
    [['events', '--colour'], /unknown option '--colour'/],
  ];
  it.each(cases)('dyad %j: exit 2, one message naming it', async (args, said) => {
    const r = await dyad(...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(said);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});

describe('a --db or --out that cannot be used is one line, exit 2', () => {
  const cases: [string[], RegExp][] = [
    [['events', '--db', join(dir, 'missing', 'x.db')], /no such store/],
    [['events', '--db', notStore], /--db .*notes\.txt: not a dyad store/],
    [['events', '--db', folder], /--db .*folder: a folder, not a store file/],
    [['ingest', notStore, '--db', join(dir, 'missing', 'x.db')], /--db .*: the folder .*missing does not exist/],
    [['ingest', notStore, '--db', folder], /a folder, not a store file/],
    [['export', '--format', 'csv', '--db', store, '--out', join(dir, 'missing', 'x.csv')], /--out .*x\.csv: cannot write \(no such folder\)/],
    [['export', '--format', 'csv', '--db', store, '--out', folder], /--out .*folder: cannot write \(it is a folder\)/],
  ];
  it.each(cases)('dyad %j', async (args, said) => {
    const r = await dyad(...args);
    expect(r.err).toMatch(said);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.code).toBe(2);
  });

  it('DYAD_DB is the default store, and is named when it is wrong', async () => {
    process.env.DYAD_DB = store;
    try {
      const r = await dyad('export', '--format', 'jsonl', '--out', join(dir, 'from-env.jsonl'));
      expect(r.code).toBe(0);
      expect(readFileSync(join(dir, 'from-env.jsonl'), 'utf8')).toContain('"id":"w1"');
      process.env.DYAD_DB = join(dir, 'nope.db');
      expect((await dyad('events')).err).toMatch(/^dyad: DYAD_DB=.*nope\.db: no such store/);
    } finally {
      delete process.env.DYAD_DB;
    }
  });
});

describe('exit codes and versions', () => {
  it('0 for a query and for --help; 1 for a runtime failure', async () => {
    expect((await dyad('events', '--db', store)).code).toBe(0);
    expect((await dyad('--help')).code).toBe(0);
    const missing = await dyad('show', '999', '--db', store);
    expect(missing.code).toBe(1);
  });

  it('ingest with a bad file beside a good one: 0, and 1 under --strict', async () => {
    const src = join(dir, 'strict');
    mkdirSync(src);
    writeFileSync(join(src, 'good.txt'), 'MOSCOW, June 20, 2024 - Vladimir Putin pledged support to the Taliban on Thursday, the Kremlin said.\n');
    writeFileSync(join(src, 'empty.txt'), '');
    const bin = fileURLToPath(new URL('../../bin/dyad.js', import.meta.url));
    const ingest = (db: string, ...more: string[]) =>
      new Promise<{ code: number | null; err: string }>((resolve) => {
        const child = spawn(process.execPath, [bin, 'ingest', src, '--db', join(dir, db), '--workers', '0', '--no-progress', ...more], { stdio: ['ignore', 'ignore', 'pipe'] });
        let err = '';
        child.stderr.on('data', (d) => (err += d));
        child.on('close', (code) => resolve({ code, err }));
      });
    const [plain, strict] = await Promise.all([ingest('strict-a.db'), ingest('strict-b.db', '--strict')]);
    for (const r of [plain, strict]) {
      expect(r.err).toMatch(/empty\.txt/);
      expect(r.err).toMatch(/1 new, .*1 failed/);
    }
    expect(plain.code).toBe(0);
    expect(strict.code).toBe(1);
  }, 60_000);

  it('--version gives the package, dictionary and model versions', async () => {
    const r = await dyad('--version');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^dyad \d+\.\d+\.\d+\n/);
    expect(r.out).toMatch(/actors \d{4}\.\d+\.\d+, quote cues [\d.]+, verb patterns \d+, CAMEO\/PLOVER ontology \d+, parser model \d+, entity model \d+/);
  });
});

describe('a closed pipe', () => {
  it('dyad demo | head: exit 0, nothing on standard error', async () => {
    const bin = fileURLToPath(new URL('../../bin/dyad.js', import.meta.url));
    const child = spawn(process.execPath, [bin, 'demo', '--db', join(dir, 'demo.db')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    // read one chunk, then go away as head does
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((r) => child.on('close', (c) => r(c)));
    expect(err).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).toBe(0);
  }, 60_000);
});
