// Builds the web page into assets the server ships: one bundled script (cytoscape included, nothing
// from a CDN), one stylesheet and index.html. From the sources `dyad serve` builds them in memory at start (page.ts);
// `npm run build:web [DIR]` writes the same files to a folder for static hosting, and the package
// build writes them to dist/web/page/ for the compiled server.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Assets } from '../server/app.ts';
import { PAGE_FILES } from './page.ts';

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
  const read = (file: string) => (file === 'app.js' ? js : readFileSync(join(DIR, file), 'utf8'));
  return new Map(PAGE_FILES.map((f) => [f.path, { type: f.type, body: read(f.file) }]));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = process.argv[2] ?? 'web-dist';
  mkdirSync(out, { recursive: true });
  const assets = await buildWeb();
  for (const f of PAGE_FILES) writeFileSync(join(out, f.file), assets.get(f.path)!.body);
  process.stdout.write(`web page written to ${out}/\n`);
}
