// Server speed on a big store: the API under load on loopback (closed loop, C connections for D
// seconds per endpoint; p50/p99 latency), and the page's first render in headless Chromium (from
// navigation start until the network is drawn). Targets: /api/graph and /api/events?source=… p99 <= 100 ms,
// first render <= 2 s. Build the 1M-event store first with: npx tsx bench/query.ts 1000000 --keep /tmp/q1m.db
// Run: npx tsx bench/serve.ts /tmp/q1m.db [--connections 8] [--seconds 5] [--no-cache]
// --no-cache turns off the server's 5 s answer cache, so every request reaches the store.
import { existsSync } from 'node:fs';
import { startServer } from '../src/server/serve.ts';
import { openStore } from '../src/store/open.ts';
import { hasChromium, openBrowser } from '../test/browser/harness.ts';

const path = process.argv[2];
if (!path || !existsSync(path)) {
  process.stderr.write('usage: npx tsx bench/serve.ts STORE.db [--connections N] [--seconds S]\n(build one with: npx tsx bench/query.ts 1000000 --keep /tmp/q1m.db)\n');
  process.exit(2);
}
const arg = (name: string, def: number) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : def);
const C = arg('--connections', 8);
const SECONDS = arg('--seconds', 5);

const store = await openStore(path, { readonly: true });
const stats = await store.stats();
const noCache = process.argv.includes('--no-cache');
const server = await startServer(store, { port: 0, cacheMs: noCache ? 0 : undefined });
process.stdout.write(`store: ${stats.events} events, ${stats.actors} actors, ${stats.articles} articles; ${C} connections, ${SECONDS} s per endpoint, answer cache ${noCache ? 'off' : 'on (5 s)'}\n`);

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function load(path: string): Promise<{ n: number; p50: number; p99: number; max: number; errors: number }> {
  const url = server.url + path.replace(/^\//, '');
  const times: number[] = [];
  let errors = 0;
  const end = performance.now() + SECONDS * 1000;
  await fetch(url).then((r) => r.arrayBuffer()); // warm the statement cache once
  await Promise.all(
    Array.from({ length: C }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        const r = await fetch(url);
        await r.arrayBuffer();
        if (!r.ok) errors++;
        times.push(performance.now() - t);
      }
    }),
  );
  times.sort((a, b) => a - b);
  return { n: times.length, p50: pct(times, 50), p99: pct(times, 99), max: times[times.length - 1], errors };
}

const ENDPOINTS = [
  '/api/graph',
  '/api/graph?quadClass=4&since=2023-01',
  '/api/events?source=RUS',
  '/api/events?source=RUS&target=UKR&type=ASSAULT&since=2024-01-01',
  '/api/dyads?source=RUS',
  '/api/actors',
  '/api/dyad?source=RUSGOV&target=UKRGOV',
];
const rows: string[] = [];
for (const e of ENDPOINTS) {
  const r = await load(e);
  rows.push(`${e.padEnd(66)} ${String(r.n).padStart(6)} req  ${(r.n / SECONDS).toFixed(0).padStart(5)}/s  p50 ${r.p50.toFixed(1).padStart(6)} ms  p99 ${r.p99.toFixed(1).padStart(6)} ms  max ${r.max.toFixed(1).padStart(6)} ms${r.errors ? `  ${r.errors} errors` : ''}`);
  process.stdout.write(rows[rows.length - 1] + '\n');
}

if (hasChromium) {
  const browser = await openBrowser();
  const renders: number[] = [];
  for (let i = 0; i < 3; i++) {
    await browser.page.goto('about:blank');
    await browser.page.goto(server.url);
    await browser.page.waitForSelector('#view[data-view="graph"]', { timeout: 30_000 });
    renders.push(await browser.page.evaluate(() => performance.now()));
  }
  const edges = await browser.page.evaluate(() => (window as any).dyadGraph?.edges().length ?? 0);
  process.stdout.write(`page first render (navigation start to network drawn, ${edges} edges): ${renders.map((t) => `${Math.round(t)} ms`).join(', ')}\n`);
  await browser.close();
} else process.stdout.write('page first render: skipped, no chromium\n');

await server.close();
await store.close();
