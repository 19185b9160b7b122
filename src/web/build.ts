// Builds the web page into assets the server ships: one bundled script (cytoscape included, nothing
// from a CDN), one stylesheet and index.html. `dyad serve` builds them in memory at start (esbuild
// takes a fraction of a second), so a fresh clone needs no build step and can never serve stale
// assets. `npm run build:web [DIR]` writes the same files to a folder for static hosting.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Assets } from '../server/app.ts';

const DIR = fileURLToPath(new URL('.', import.meta.url));

export async function buildWeb(): Promise<Assets> {
  const r = await build({
    entryPoints: [join(DIR, 'main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2020',
    legalComments: 'none',
    outfile: 'app.js',
    logLevel: 'silent',
  });
  const js = r.outputFiles[0].text;
  return new Map([
    ['/', { type: 'text/html; charset=utf-8', body: readFileSync(join(DIR, 'index.html'), 'utf8') }],
    ['/app.js', { type: 'text/javascript; charset=utf-8', body: js }],
    ['/app.css', { type: 'text/css; charset=utf-8', body: readFileSync(join(DIR, 'app.css'), 'utf8') }],
    ['/favicon.svg', { type: 'image/svg+xml', body: readFileSync(join(DIR, 'favicon.svg'), 'utf8') }],
  ]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = process.argv[2] ?? 'web-dist';
  mkdirSync(out, { recursive: true });
  for (const [path, a] of await buildWeb()) writeFileSync(join(out, path === '/' ? 'index.html' : path.slice(1)), a.body);
  process.stdout.write(`web page written to ${out}/\n`);
}
