// Syndicated copies: one wire story stored N times (each copy its own outlet and URL), as an ingest
// of N copies writes them, in batches of 100 into a fresh SQLite store. Each copy must be matched to
// the story through the MinHash band index, so copies/s should hold from N = 1,000 to 4,000 (within
// 2x): a store that compares each copy with all earlier ones slows down as N grows.
//   npx tsx bench/copies.ts [N ...]      (default 1000 4000)
// The story is analysed once; the copies differ in id, URL and outlet. Not part of `npm test`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildConfig } from '../src/config/config.ts';
import { analyseRecord, identify } from '../src/ingest/prepare.ts';
import { createPipeline } from '../src/pipeline/pipeline.ts';
import type { ArticleInput } from '../src/store/store.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { syntheticArticles } from './synthetic.ts';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
if (!sizes.length) sizes.push(1000, 4000);
const pipeline = createPipeline(buildConfig({}));
const [story] = [...syntheticArticles(1, 17, 0)];
const base = analyseRecord(pipeline, { id: 'story', text: story.text, date: story.date }, identify({ id: 'story', text: story.text, url: story.url }, null));
console.log(`one story, ${base.contract.events.length} events, ${base.contract.article.text.length} characters`);

for (const n of sizes) {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-copies-'));
  const store = openSqliteStore(join(dir, 'copies.db'));
  const copy = (i: number): ArticleInput => ({
    ...base,
    contract: { ...base.contract, id: `copy-${i}` },
    url: `https://outlet${i}.example/news/${i}`,
    canonicalUrl: `https://outlet${i}.example/news/${i}`,
    contentHash: `${base.contentHash}-${i}`,
    source: `outlet${i}.example`,
  });
  const t0 = performance.now();
  let merged = 0;
  let lastQuarter = 0;
  for (let i = 0; i < n; i += 100) {
    if (i === Math.floor((n * 3) / 4 / 100) * 100) lastQuarter = performance.now();
    const res = await store.write(Array.from({ length: Math.min(100, n - i) }, (_, k) => copy(i + k)));
    merged += res.merged;
  }
  const s = (performance.now() - t0) / 1000;
  const tail = (performance.now() - lastQuarter) / 1000;
  const stats = await store.stats();
  console.log(`N ${n}: ${s.toFixed(2)} s, ${Math.round(n / s)} copies/s (last quarter ${Math.round(n / 4 / tail)} copies/s); ${merged} merged, ${stats.articles} articles, ${stats.events ?? '?'} events`);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
