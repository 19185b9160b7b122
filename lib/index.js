// The package's entry for scripts (`import { createAnalyzer, openStore } from 'dyad'`). Sources are
// TypeScript, run through tsx's loader as bin/dyad.js runs the command; types: dist/types (npm run build:types).
import { register } from 'tsx/esm/api';
register();
const dyad = await import('../src/index.ts');
export const { createAnalyzer, openStore, DyadError, isDyadError } = dyad;
