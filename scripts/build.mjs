// Builds what the npm package ships in dist/: the compiled JavaScript and its .d.ts types (tsc, with
// the sources' .ts import paths rewritten to .js), the SQL migrations the stores read beside their
// code, and the web page built once (esbuild) for the compiled server. dist/ mirrors src/, so a
// module's paths to data/, examples/ and package.json are the same compiled as from the sources.
// Run by `npm run build` and by prepack (npm pack, npm publish, an install from git).
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const bin = (name) => join(root, 'node_modules', '.bin', name);

rmSync(dist, { recursive: true, force: true });
execFileSync(bin('tsc'), ['-p', join(root, 'tsconfig.build.json')], { cwd: root, stdio: ['ignore', process.stderr, process.stderr] });

let sql = 0;
const src = join(root, 'src');
for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.sql')) continue;
  const from = join(entry.parentPath, entry.name);
  cpSync(from, join(dist, relative(src, from)));
  sql++;
}

execFileSync(bin('tsx'), [join(src, 'web', 'build.ts'), join(dist, 'web', 'page')], { cwd: root, stdio: ['ignore', process.stderr, process.stderr] });
process.stderr.write(`build: dist/ written (${sql} migrations copied)\n`);
