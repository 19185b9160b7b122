// The page's assets for `dyad serve`. From the sources they are built at start by build.ts (esbuild,
// a fraction of a second), so a checkout can never serve stale assets. Compiled (the npm package),
// scripts/build.mjs built them once into dist/web/page/ and they are read from there, so esbuild is
// not needed at run time.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { COMPILED } from '../doc/compiled.ts';
import type { Assets } from '../server/app.ts';

/** Each asset the server ships: its path, its file name in a built folder, its content type. */
export const PAGE_FILES: ReadonlyArray<{ path: string; file: string; type: string }> = [
  { path: '/', file: 'index.html', type: 'text/html; charset=utf-8' },
  { path: '/app.js', file: 'app.js', type: 'text/javascript; charset=utf-8' },
  { path: '/app.css', file: 'app.css', type: 'text/css; charset=utf-8' },
  { path: '/favicon.svg', file: 'favicon.svg', type: 'image/svg+xml' },
];

/** The folder the build writes the page to, beside this module in dist/web/. */
export const BUILT_PAGE = fileURLToPath(new URL('./page/', import.meta.url));

/** Reads a page built by `build.ts DIR`. */
export function readBuiltPage(dir: string): Assets {
  return new Map(PAGE_FILES.map((f) => [f.path, { type: f.type, body: readFileSync(join(dir, f.file), 'utf8') }]));
}

export async function webAssets(): Promise<Assets> {
  if (COMPILED) return readBuiltPage(BUILT_PAGE);
  const { buildWeb } = await import('./build.ts');
  return buildWeb();
}
