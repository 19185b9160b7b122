#!/usr/bin/env node
// The dyad command. In a git checkout (src/ present) it runs the TypeScript sources through tsx, so an
// edit shows at once with no build step; the npm package ships no sources and runs the compiled
// dist/ (`npm run build`, run by npm pack), which needs no tsx and starts faster.
import { existsSync } from 'node:fs';

const source = new URL('../src/cli/main.ts', import.meta.url);
let main;
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import(source.href));
} else {
  ({ main } = await import('../dist/cli/main.js'));
}
await main(process.argv);
