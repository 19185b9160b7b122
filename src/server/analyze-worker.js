// Worker entry: workers load TypeScript through tsx like the dyad bin does, then run analyze-worker-main.ts.
import { register } from 'tsx/esm/api';
register();
await import('./analyze-worker-main.ts');
