// Syndicated copies cost the same to write however many copies of the story are stored already:
// each copy is compared with candidates only and its events' counts are moved on by one, instead of
// comparing it with every stored copy and recounting every mention (168 copies/s at 1,000, 33 at 4,000).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { makeArticle, wireSpec } from '../test-articles.ts';
import { openSqliteStore } from './sqlite-store.ts';

it('writes the 2,000th copy of a story as fast as the 200th (within 3x; the quadratic write was 10x)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-copies-'));
  const store = openSqliteStore(join(dir, 'copies.db'));
  try {
    const copy = (i: number) => makeArticle(wireSpec(`c${i}`, `https://outlet${i}.example/news/${i}`, i % 3 ? `\nFirst published by agency ${i % 7}.` : ''));
    const batches = Array.from({ length: 12 }, (_, b) => Array.from({ length: 200 }, (_, k) => copy(b * 200 + k)));
    const times: number[] = [];
    for (const batch of batches) {
      const t = performance.now();
      await store.write(batch);
      times.push(performance.now() - t);
    }
    const early = Math.min(times[1], times[2]);
    const late = Math.min(times[10], times[11]);
    expect(late / early).toBeLessThan(3);
    const [event] = await store.events({});
    expect(event).toMatchObject({ numMentions: 2400, numSources: 2400, numArticles: 2400 });
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
