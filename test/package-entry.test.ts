// A script outside the sources imports the package by its name (package.json "exports"), as an
// installed copy would be imported, and gets the library: analyze a text, open a store, write, read.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'dyad-entry-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SCRIPT = `
const { createAnalyzer, openStore, isDyadError } = await import('dyad-events');
const analyzer = createAnalyzer();
const a = analyzer.analyze({ id: 'x1', date: '2024-02-01', text: 'Kenyan President William Ruto thanked Ethiopia on Monday.' });
const store = await openStore(process.argv[1]);
const w = await analyzer.write(store, [{ id: 'x1', date: '2024-02-01', text: 'Kenyan President William Ruto thanked Ethiopia on Monday.' }]);
const events = await store.events({});
await store.close();
let refused = '';
try { analyzer.analyze({ id: 'bad' }); } catch (e) { refused = isDyadError(e) ? e.code : 'not a DyadError'; }
console.log(JSON.stringify({ id: a.id, plover: a.events.map((e) => e.plover), added: w.added, stored: events.length, refused }));
`;

it("import('dyad-events') from a script gives the typed library", async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', SCRIPT, join(dir, 's.db')], { cwd: root, timeout: 60_000 });
  const got = JSON.parse(stdout.trim().split('\n').at(-1)!);
  expect(got).toMatchObject({ id: 'x1', added: 1, refused: 'BAD_RECORD' });
  expect(got.plover.length).toBeGreaterThan(0);
  expect(got.stored).toBe(got.plover.length);
}, 90_000);

it('package.json names the entry, its compiled types and what a tarball holds', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  expect(pkg.exports['.']).toEqual({ types: './dist/index.d.ts', default: './lib/index.js' });
  expect(pkg.files).toEqual(expect.arrayContaining(['bin/', 'lib/', 'dist/', 'data/', 'examples/']));
  expect(pkg.files.some((f: string) => /^(src|test|bench|scripts)\b/.test(f))).toBe(false);
  expect(pkg.bin.dyad).toBe('bin/dyad.js');
  expect(pkg.scripts.prepack).toBe('npm run build');
});

it('runs nothing at run time from a dev tool: tsx, esbuild and the browser bundle are build dependencies', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  for (const dev of ['tsx', 'esbuild', 'cytoscape', 'typescript']) {
    expect(pkg.dependencies[dev], dev).toBeUndefined();
    expect(pkg.devDependencies[dev], dev).toBeDefined();
  }
});
