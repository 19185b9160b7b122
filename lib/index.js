// The package's entry for scripts (`import { createAnalyzer, openStore } from 'dyad-events'`). As bin/dyad.js
// does for the command: the TypeScript sources through tsx in a git checkout, the compiled dist/ in the
// npm package. Types: dist/index.d.ts (`npm run build`).
import { existsSync } from 'node:fs';

const source = new URL('../src/index.ts', import.meta.url);
let dyad;
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  dyad = await import(source.href);
} else {
  dyad = await import('../dist/index.js');
}
export const { createAnalyzer, openStore, DyadError, isDyadError } = dyad;
