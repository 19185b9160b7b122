// The 10,000-article store the load bench serves: synthetic wire articles (bench/synthetic.ts) run
// through the real ingest (pipeline in worker threads, SQLite writer), built once and reused when the
// file already holds that many articles.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { ingest } from '../src/ingest/ingest.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { syntheticArticles } from './synthetic.ts';

/** Builds `path` from n synthetic articles unless it already holds at least n; returns the article count. */
export async function loadStore(path: string, n: number): Promise<number> {
  if (existsSync(path)) {
    const store = openSqliteStore(path, { readonly: true });
    const have = (await store.stats()).articles;
    await store.close();
    if (have >= n * 0.9) return have;
    rmSync(path, { force: true });
  }
  const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-load-'));
  try {
    const file = join(dir, 'articles.jsonl');
    const lines: string[] = [];
    for (const a of syntheticArticles(n)) lines.push(JSON.stringify(a));
    writeFileSync(file, lines.join('\n') + '\n');
    const err = new PassThrough();
    err.resume();
    const t = Date.now();
    const r = await ingest([file], { db: path, workers: availableParallelism(), progress: false, err });
    process.stdout.write(`built ${path}: ${r.added} articles, ${r.merged} copies, ${r.failed} failed, in ${((Date.now() - t) / 1000).toFixed(0)} s\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const store = openSqliteStore(path, { readonly: true });
  const have = (await store.stats()).articles;
  await store.close();
  return have;
}
