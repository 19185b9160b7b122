// Ingest speed: N articles (default 10,000) = synthetic wire texts + the dev pages of the article gold
// set (HTML, read from ../shared at bench time, never copied), ingested with worker threads into a
// fresh SQLite store. Reports text and HTML articles/s, the whole run, a no-op re-run, and peak RSS
// (worker threads included). Targets: >= 200 text articles/s on 2 cores, <= 1 GB.
// Run: npx tsx bench/ingest.ts [N] [--workers W]
import { readdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { ingest, type IngestReport } from '../src/ingest/ingest.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { syntheticArticles } from './synthetic.ts';

const args = process.argv.slice(2);
const N = Number(args.find((a) => /^\d+$/.test(a)) ?? 10_000);
const workers = args.includes('--workers') ? Number(args[args.indexOf('--workers') + 1]) : availableParallelism();
const DEV = new URL('../../shared/gold/article/dev/', import.meta.url);

const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-ingest-'));
const db = join(dir, 'bench.db');

function devPages(): string[] {
  let truth: Record<string, { url?: string }> = {};
  try {
    truth = JSON.parse(readFileSync(new URL('ground-truth.json', DEV), 'utf8'));
  } catch {
    console.log('(no dev pages found at ../shared/gold/article/dev: text articles only)');
    return [];
  }
  const html = new URL('html/', DEV);
  return readdirSync(html)
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => {
      const id = f.replace(/\.html\.gz$/, '');
      return JSON.stringify({ id, html: gunzipSync(readFileSync(new URL(f, html))).toString('utf8'), url: truth[id]?.url ?? null });
    });
}

const pages = devPages();
const textN = N - pages.length;
const texts: string[] = [];
for (const a of syntheticArticles(textN)) texts.push(JSON.stringify(a));
writeFileSync(join(dir, 'text.jsonl'), texts.join('\n') + '\n');
writeFileSync(join(dir, 'html.jsonl'), pages.join('\n') + '\n');
const bytes = (f: string) => (readFileSync(join(dir, f)).length / 1e6).toFixed(1);
console.log(`corpus: ${textN} synthetic text articles (${bytes('text.jsonl')} MB) + ${pages.length} dev HTML pages (${bytes('html.jsonl')} MB); ${workers} workers`);

const errors = new PassThrough();
let errorLines = 0;
errors.on('data', (d) => (errorLines += String(d).split('\n').filter(Boolean).length));
const line = (label: string, r: IngestReport, n: number) =>
  console.log(`${label.padEnd(14)} ${String(n).padStart(6)} records  ${r.seconds.toFixed(1).padStart(6)} s  ${(n / r.seconds).toFixed(1).padStart(7)} articles/s  ` +
    `(new ${r.added}, copies ${r.merged}, skipped ${r.skipped}, failed ${r.failed}, events ${r.events})`);

const t0 = Date.now();
const text = await ingest([join(dir, 'text.jsonl')], { db, workers, progress: Boolean(process.stderr.isTTY), err: errors });
line('text', text, textN);
if (pages.length) {
  const html = await ingest([join(dir, 'html.jsonl')], { db, workers, progress: false, err: errors });
  line('html', html, pages.length);
}
const total = (Date.now() - t0) / 1000;
console.log(`${'all'.padEnd(14)} ${String(N).padStart(6)} records  ${total.toFixed(1).padStart(6)} s  ${(N / total).toFixed(1).padStart(7)} articles/s (worker start-up included)`);
const again = await ingest([dir], { db, workers, progress: false, err: errors });
line('re-run', again, N);

const store = openSqliteStore(db, { readonly: true });
const s = await store.stats();
await store.close();
const rss = process.resourceUsage().maxRSS / 1024;
console.log(`store: ${s.articles} articles (${s.copies} syndicated copies), ${s.actors} actors, ${s.quotes} quotes, ${s.events} events, ${s.mentions} event mentions; ${errorLines} error lines`);
console.log(`peak RSS: ${rss.toFixed(0)} MB (target <= 1024 MB): ${rss <= 1024 ? 'PASS' : 'FAIL'}`);
console.log(`text articles/s: ${(textN / text.seconds).toFixed(1)} (target >= 200): ${textN / text.seconds >= 200 ? 'PASS' : 'FAIL'}`);
rmSync(dir, { recursive: true, force: true });
