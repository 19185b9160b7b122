#!/usr/bin/env node
// The dyad command. Sources are TypeScript, run through tsx's loader so there is no build step.
import { register } from 'tsx/esm/api';
register();
const { main } = await import('../src/cli/main.ts');
await main(process.argv);
