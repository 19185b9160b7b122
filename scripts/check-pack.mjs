// Checks the npm package as a user gets it: `npm pack` (which builds dist/), then an install of the
// tarball into an empty folder, then the command and the library from there. Run by .ci/run after the
// tests, and by hand with `npm run check:pack`; it takes a few minutes (the build is most of it), so it
// is not part of `npm test`.
//
// The install is offline: the empty folder gets a package-lock holding the tarball and the runtime
// dependencies at the versions of this checkout's lock (their tarballs are in the npm cache after
// `npm ci`), and `npm ci --ignore-scripts` installs them. The one install script among them,
// better-sqlite3's native build, is not run again: its compiled addon is copied from this checkout
// (same machine, same Node). No dev dependency is installed, so tsx, esbuild and typescript are absent:
// the command and the library must run from the compiled dist/ alone.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'dyad-pack-'));
const app = join(dir, 'app');
const keep = process.argv.includes('--keep');
let failed = 0;

function check(ok, what) {
  process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} ${what}\n`);
  if (!ok) failed++;
}
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts });
const timed = (f) => { const t = process.hrtime.bigint(); const r = f(); return [r, Number(process.hrtime.bigint() - t) / 1e9]; };

try {
  // 1. Pack (prepack builds dist/) and look at what the tarball holds.
  const [packed, packSeconds] = timed(() => packJson(run('npm', ['pack', '--json', '--pack-destination', dir], { cwd: root })));
  const files = packed.files.map((f) => f.path);
  process.stdout.write(`packed ${packed.filename}: ${packed.entryCount} files, ${(packed.size / 1e6).toFixed(1)} MB (${packSeconds.toFixed(0)} s with the build)\n`);
  check(['dist/cli/main.js', 'dist/index.js', 'dist/index.d.ts', 'dist/web/page/app.js', 'bin/dyad.js', 'LICENSE'].every((f) => files.includes(f)), 'the tarball holds the compiled command, the library, its types and the built page');
  check(!files.some((f) => /^(src|test|bench|scripts|\.ci)\//.test(f) || /\.test\.[jt]s$/.test(f)), 'no sources, tests, benchmarks or CI in the tarball');

  // 2. Install it into an empty folder: the tarball plus the runtime dependencies, nothing else.
  const packages = { '': { name: 'dyad-pack-check', dependencies: { [pkg.name]: `file:../${packed.filename}` } } };
  packages[`node_modules/${pkg.name}`] = { version: pkg.version, resolved: `file:../${packed.filename}`, dependencies: pkg.dependencies, bin: pkg.bin };
  for (const [path, entry] of Object.entries(lock.packages)) if (path && !entry.dev && !entry.link) packages[path] = entry;
  execFileSync('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'dyad-pack-check', private: true, type: 'module', dependencies: packages[''].dependencies }));
  writeFileSync(join(app, 'package-lock.json'), JSON.stringify({ name: 'dyad-pack-check', lockfileVersion: 3, requires: true, packages }));
  const [, installSeconds] = timed(() => run('npm', ['ci', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: app }));
  const addon = join('node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  cpSync(join(root, addon), join(app, addon));
  process.stdout.write(`installed into an empty folder in ${installSeconds.toFixed(0)} s\n`);
  check(['tsx', 'esbuild', 'typescript', 'vitest'].every((d) => !existsSync(join(app, 'node_modules', d))), 'no dev dependency installed (tsx, esbuild, typescript, vitest absent)');

  // 3. The command, as npx runs it from the folder.
  const dyad = join(app, 'node_modules', '.bin', 'dyad');
  const [help, helpSeconds] = timed(() => run(dyad, ['--help'], { cwd: app }));
  check(help.includes('Usage: dyad'), `dyad --help (${helpSeconds.toFixed(2)} s)`);
  check(run(dyad, ['--version'], { cwd: app }).includes(`dyad ${pkg.version}`), 'dyad --version');
  const article = join(app, 'harbour.txt');
  writeFileSync(article, 'Harbour talks resume\n\nWELLINGTON, March 3, 2025\n\nNew Zealand Prime Minister Ana Lund met Australian Foreign Minister Tom Reed in Wellington on Monday. "We will sign the ferry agreement next month," Lund told reporters after the meeting.\n');
  check(run(dyad, ['analyze', article], { cwd: app }).includes('Ana Lund'), 'dyad analyze harbour.txt');
  const records = join(app, 'harbour.jsonl');
  writeFileSync(records, JSON.stringify({ id: 'h1', date: '2025-03-03', text: readFileSync(article, 'utf8') }) + '\n');
  const analysis = JSON.parse(run(dyad, ['analyze', '--jsonl', records], { cwd: app }).trim().split('\n')[0]);
  check(analysis.quotes?.length > 0 && analysis.events?.length > 0, `dyad analyze --jsonl: ${analysis.quotes?.length} quote(s), ${analysis.events?.length} event(s)`);
  const db = join(app, 'demo.db');
  check(run(dyad, ['demo', '--db', db], { cwd: app }).length > 0 && existsSync(db), 'dyad demo --db demo.db (the bundled examples)');
  const gdelt = run(dyad, ['export', '--db', db, '--format', 'gdelt'], { cwd: app }).trim().split('\n');
  check(gdelt.length > 0 && gdelt[0].split('\t').length === 61, `dyad export --format gdelt: ${gdelt.length} rows of 61 columns`);
  check(await servesPage(dyad, db), 'dyad serve gives the built page, the API and an analysis in its worker');

  // 4. The library, imported by its name from a script in the folder, and its types.
  writeFileSync(join(app, 'use.mjs'), `import { createAnalyzer, openStore } from '${pkg.name}';
const analyzer = createAnalyzer();
const store = await openStore(process.argv[2]);
const w = await analyzer.write(store, [{ id: 'h1', date: '2025-03-03', text: ${JSON.stringify(readFileSync(article, 'utf8'))} }]);
const events = await store.events({});
await store.close();
console.log(JSON.stringify({ added: w.added, events: events.length }));
`);
  const used = JSON.parse(run(process.execPath, ['use.mjs', join(app, 'lib.db')], { cwd: app }).trim());
  check(used.added === 1 && used.events > 0, `import { createAnalyzer, openStore } from '${pkg.name}': ${used.added} article, ${used.events} event(s) stored`);
  writeFileSync(join(app, 'use.ts'), `import { createAnalyzer, type Analysis, type Store } from '${pkg.name}';
const a: Analysis = createAnalyzer().analyze({ id: 'h1', text: 'Lund met Reed.' });
const n: number = a.events.length;
export type S = Store;
export { n };
`);
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: true, types: [] }, files: ['use.ts'] }));
  let typed = true;
  try { run(join(root, 'node_modules', '.bin', 'tsc'), ['-p', app]); } catch (e) { typed = false; process.stdout.write(String(e.stdout)); }
  check(typed, 'a TypeScript script type-checks against the package\'s types');
} catch (e) {
  check(false, `${e.message.split('\n')[0]}${e.stderr ? `\n${String(e.stderr).trim()}` : ''}`);
} finally {
  if (keep) process.stdout.write(`kept ${dir}\n`);
  else rmSync(dir, { recursive: true, force: true });
}
process.stdout.write(failed ? `check-pack: ${failed} check(s) failed\n` : 'check-pack: the packed tarball installs and works\n');
process.exit(failed ? 1 : 0);

/** Starts `dyad serve` on a free port, fetches the page, the API description and an analysis, and stops it. */
async function servesPage(dyad, db) {
  const child = spawn(dyad, ['serve', '--db', db, '--port', '0'], { cwd: app, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const url = await new Promise((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error('dyad serve said nothing in 60 s')), 60_000);
      child.stdout.on('data', (b) => {
        out += b;
        const m = /at (http:\/\/\S+)/.exec(out);
        if (m) { clearTimeout(timer); resolve(m[1]); }
      });
      child.once('exit', (code) => reject(new Error(`dyad serve exited ${code}`)));
    });
    const page = await (await fetch(url)).text();
    const script = await fetch(new URL('app.js', url));
    const stats = await fetch(new URL('api/openapi.json', url));
    // a pasted article is analysed in a worker thread, which runs the compiled worker entry
    const pasted = await fetch(new URL('api/analyze', url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Kenyan President William Ruto thanked Ethiopia on Monday.' }) });
    const analysed = pasted.ok ? await pasted.json() : {};
    return page.includes('<html') && script.ok && (await script.text()).length > 1000 && stats.ok && analysed.events?.length > 0;
  } finally {
    child.kill('SIGTERM');
  }
}

/** npm pack's JSON report: what it printed from the last line that opens a JSON array. */
function packJson(out) {
  const lines = out.split('\n');
  const at = lines.findLastIndex((l) => l === '[');
  return JSON.parse(lines.slice(at).join('\n'))[0];
}
