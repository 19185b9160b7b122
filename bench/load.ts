// The API under load on loopback: `dyad serve` (a child process, as a user runs it) on a 10,000-article
// store, driven by autocannon at C connections for D seconds per endpoint, once on its own and once while
// POST /api/analyze keeps a large article in the analysis worker. Target: p99 <= 100 ms and no errors.
// The search is run twice: one query (the answer cache serves it after the first), and a new query or
// page on every request (every one reaches the store; 503s are the server shedding load, counted apart).
// Run: npx tsx bench/load.ts [STORE.db] [--articles 10000] [--connections 50] [--seconds 30] [--only TEXT]
// (--only: the endpoints whose label contains TEXT)
// The store is built once with the real ingest (bench/load-store.ts) and reused while it exists.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadStore } from './load-store.ts';
import { syntheticArticles } from './synthetic.ts';

interface Result {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
}
type Request = { method?: string; path?: string };
const autocannon = createRequire(import.meta.url)('autocannon') as (o: Record<string, unknown>) => Promise<Result>;

const args = process.argv.slice(2);
const arg = (name: string, def: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : def);
const path = args[0] && !args[0].startsWith('--') ? args[0] : join(tmpdir(), 'dyad-load-10k.db');
const N = arg('--articles', 10_000);
const C = arg('--connections', 50);
const SECONDS = arg('--seconds', 30);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;

const articles = await loadStore(path, N);

// `dyad serve` on a free loopback port; its first line names the address.
const child = spawn(process.execPath, [new URL('../bin/dyad.js', import.meta.url).pathname, 'serve', '--db', path, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise<string>((resolve, reject) => {
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
    const m = out.match(/at (http:\/\/\S+\/)/);
    if (m) resolve(m[1]);
  });
  child.once('exit', (code) => reject(new Error(`dyad serve exited (${code}) before it listened`)));
});
const stop = () => child.kill('SIGTERM');
process.once('exit', stop);

const WORDS = ['talks', 'grain', 'ceasefire', 'sanctions', 'officials', 'Putin', 'Ankara', 'energy prices', 'refugee', 'border security',
  'nuclear', 'defend our interests', 'Beijing', 'trade', 'shipping', 'water', 'debt', 'aid', 'visa', 'fishing'];
let n = 0;
const uncachedSearch = (req: Request): Request => ({ ...req, path: `/api/search?q=${encodeURIComponent(WORDS[n % WORDS.length])}&offset=${(Math.floor(n++ / WORDS.length) % 50) * 10}` });

const ALL: [label: string, path: string, setup?: (r: Request) => Request][] = [
  ['/api/graph', '/api/graph'],
  ['/api/events?source=RUS', '/api/events?source=RUS'],
  ['/api/dyads', '/api/dyads'],
  ['/api/search?q=talks', '/api/search?q=talks'],
  ['/api/search (a new query each time)', '/api/search?q=talks', uncachedSearch],
];
const ENDPOINTS = ALL.filter(([label]) => !only || label.includes(only));

// A large article (about 400 KB of wire text) posted again and again while the load runs.
const big = JSON.stringify({ text: [...syntheticArticles(350, 99, 0)].map((a) => a.text).join('\n') });
async function analyzeLoop(until: () => boolean): Promise<{ done: number; refused: number; ms: number[] }> {
  const r = { done: 0, refused: 0, ms: [] as number[] };
  while (!until()) {
    const t = performance.now();
    const res = await fetch(base + 'api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    await res.arrayBuffer();
    if (res.status === 200) r.done++, r.ms.push(performance.now() - t);
    else if (res.status === 503) r.refused++, await new Promise((w) => setTimeout(w, 1000 * Number(res.headers.get('retry-after') ?? 1)));
    else throw new Error(`POST /api/analyze answered ${res.status}: ${await res.text()}`);
  }
  return r;
}

const fmt = (x: number, w = 6) => x.toFixed(0).padStart(w);
let failed = false;
async function run(label: string, p: string, setup?: (r: Request) => Request): Promise<void> {
  await fetch(base + p.slice(1)).then((r) => r.arrayBuffer()); // one request to warm the statements
  const load0 = loadavg()[0];
  const r = await autocannon({ url: base + p.slice(1), connections: C, duration: SECONDS, timeout: 10, ...(setup ? { requests: [{ setupRequest: setup }] } : {}) });
  const errors = r.errors + r.timeouts;
  const ok = r.latency.p99 <= 100 && errors === 0;
  if (!ok) failed = true;
  process.stdout.write(`${label.padEnd(40)} ${fmt(r.requests.average)}/s  p50 ${fmt(r.latency.p50, 4)} ms  p99 ${fmt(r.latency.p99, 5)} ms  max ${fmt(r.latency.max, 5)} ms  ` +
    `2xx ${r['2xx']}  non-2xx ${r.non2xx}  errors ${errors}  load ${load0.toFixed(1)}->${loadavg()[0].toFixed(1)}  ${ok ? 'PASS' : 'FAIL'}\n`);
}

process.stdout.write(`store ${path}: ${articles} articles; ${C} connections, ${SECONDS} s per endpoint; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} (2 cores shared)\n`);
process.stdout.write('-- alone\n');
for (const [label, p, setup] of ENDPOINTS) await run(label, p, setup);
process.stdout.write('-- while POST /api/analyze runs (a 400 KB article, again and again)\n');
let over = false;
const analysis = analyzeLoop(() => over);
await new Promise((w) => setTimeout(w, 2000)); // the worker has started and is analysing
for (const [label, p, setup] of ENDPOINTS) await run(label, p, setup);
over = true;
const a = await analysis;
const mean = a.ms.reduce((x, y) => x + y, 0) / Math.max(1, a.ms.length);
process.stdout.write(`analyses finished meanwhile: ${a.done} (mean ${(mean / 1000).toFixed(1)} s each), refused with 503: ${a.refused}\n`);
process.stdout.write(failed ? 'FAIL: some endpoint missed p99 <= 100 ms or had errors\n' : 'PASS: every endpoint p99 <= 100 ms, no errors\n');
stop();
process.exit(failed ? 1 : 0);
