// End-to-end ingest on temporary SQLite files: idempotence, syndicated copies, bad records, feeds,
// worker threads, and a SIGKILL in the middle of a run.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticArticles } from '../bench/synthetic.ts';
import { EXAMPLES } from '../src/cli/commands/demo.ts';
import { exitCode } from '../src/cli/commands/ingest.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'dyad-ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sink = () => {
  const s = new PassThrough();
  const lines: string[] = [];
  s.on('data', (d) => lines.push(...String(d).split('\n').filter(Boolean)));
  return { s, lines };
};

describe('dyad ingest', () => {
  it('ingests the examples once: a second run adds nothing, and the syndicated copy adds no events', async () => {
    const db = join(dir, 'examples.db');
    const first = await ingest([EXAMPLES], { db, workers: 0, progress: false, err: sink().s });
    expect(first).toMatchObject({ records: 11, failed: 0, merged: 1 });
    expect(first.added).toBe(10);
    const again = await ingest([EXAMPLES], { db, workers: 0, progress: false, err: sink().s });
    expect(again).toMatchObject({ added: 0, merged: 0, skipped: 11, events: 0, mentions: 0 });

    const store = openSqliteStore(db);
    const s = await store.stats();
    expect(s).toMatchObject({ articles: 11, copies: 1 });
    const copy = (await store.articles({ limit: 100 })).find((a) => a.copyOf !== null)!;
    expect(copy.url).toContain('harbourherald.example');
    const detail = await store.article(copy.id);
    // every event of the copy is a mention of an event first reported by the wire story
    const original = await store.article(copy.copyOf!);
    for (const id of detail!.eventIds) expect(original!.eventIds).toContain(id);
    for (const e of await store.events({ articleId: copy.id, includeNegated: true })) {
      expect(e.numSources).toBe(2);
      expect(e.article.id).toBe(copy.copyOf);
    }
    expect(s.events).toBe((await store.events({ includeNegated: true, includeHistory: true, limit: 1000 })).length);
    await store.close();
  });

  it('reads feed items as articles with their links and dates', async () => {
    const db = join(dir, 'feed.db');
    await ingest([join(EXAMPLES, 'feeds')], { db, workers: 0, progress: false, err: sink().s });
    const store = openSqliteStore(db);
    const rows = await store.articles({ limit: 10 });
    expect(rows.map((r) => r.date).sort()).toEqual(['2024-04-22', '2024-10-21', '2024-12-28']);
    expect(rows.every((r) => r.source === 'meridianbriefs.example' && r.url?.startsWith('https://meridianbriefs.example/'))).toBe(true);
    await store.close();
  });

  it('reports bad records in one line each, writes them to --errors, and goes on', async () => {
    const src = join(dir, 'mixed');
    mkdirSync(src);
    const good = [...syntheticArticles(3, 3, 0)];
    writeFileSync(join(src, 'batch.jsonl'), [JSON.stringify(good[0]), '{not json', JSON.stringify({ id: 'no-text' }), JSON.stringify(good[1]), ''].join('\n'));
    writeFileSync(join(src, 'empty.txt'), '');
    writeFileSync(join(src, 'binary.txt'), Buffer.from([0x41, 0x00, 0x42, 0x00, 0x43]));
    writeFileSync(join(src, 'ok.txt'), good[2].text);
    const errors = join(dir, 'errors.jsonl');
    const err = sink();
    const rep = await ingest([src], { db: join(dir, 'mixed.db'), workers: 0, errors, progress: false, err: err.s });
    expect(rep).toMatchObject({ added: 3, failed: 4 });
    expect(err.lines).toHaveLength(4);
    expect(err.lines.every((l) => l.startsWith('dyad: '))).toBe(true);
    const written = readFileSync(errors, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(written.map((w) => w.code).sort()).toEqual(['BAD_RECORD', 'BAD_RECORD', 'BINARY', 'EMPTY']);
    // bad input alone exits 0 once others were stored; --strict makes any failed record exit 1
    expect(exitCode(rep)).toBe(0);
    expect(exitCode(rep, true)).toBe(1);
    expect(exitCode({ ...rep, failed: 0 }, true)).toBe(0);
  });

  it('analyses in worker threads with the same result as in this thread', async () => {
    const src = join(dir, 'workers');
    mkdirSync(src);
    writeFileSync(join(src, 'a.jsonl'), [...syntheticArticles(12, 5, 0)].map((a) => JSON.stringify(a)).join('\n') + '\n');
    const a = await ingest([src], { db: join(dir, 'w0.db'), workers: 0, progress: false, err: sink().s });
    const b = await ingest([src], { db: join(dir, 'w2.db'), workers: 2, progress: false, err: sink().s });
    expect(b).toMatchObject({ added: a.added, events: a.events, failed: 0 });
    const sa = await (async () => { const s = openSqliteStore(join(dir, 'w0.db')); const r = await s.events({ limit: 500 }); await s.close(); return r; })();
    const sb = await (async () => { const s = openSqliteStore(join(dir, 'w2.db')); const r = await s.events({ limit: 500 }); await s.close(); return r; })();
    expect(sb.map((e) => [e.id, e.plover, e.sentence])).toEqual(sa.map((e) => [e.id, e.plover, e.sentence]));
  }, 60_000);

  it('a worker that dies on a record fails that record alone, the rest are stored, and the exit code is 1', async () => {
    const src = join(dir, 'dying');
    mkdirSync(src);
    const arts = [...syntheticArticles(4, 11, 0)];
    const lines = [arts[0], { ...arts[1], id: 'die-exit' }, arts[2], arts[3]].map((a) => JSON.stringify(a));
    writeFileSync(join(src, 'a.jsonl'), lines.join('\n') + '\n');
    const err = sink();
    const rep = await ingest([src], { db: join(dir, 'dying.db'), workers: 1, progress: false, err: err.s, workerScript: new URL('./fixtures/dying-worker.js', import.meta.url) });
    expect(rep).toMatchObject({ records: 4, added: 3, failed: 1, internal: 1 });
    expect(err.lines).toEqual(['dyad: record die-exit: the analysis worker died on it (exit code 3); a new worker goes on with the other records']);
    expect(exitCode(rep)).toBe(1);
    // bad input alone, with good records stored, still exits 0
    expect(exitCode({ ...rep, internal: 0 })).toBe(0);
  }, 120_000);

  it('a JSONL line far over the size limit is one error naming file:line, not read whole, and the next record is stored', async () => {
    const src = join(dir, 'oversized');
    mkdirSync(src);
    const arts = [...syntheticArticles(2, 13, 0)];
    const giant = JSON.stringify({ id: 'giant', text: 'word '.repeat(60_000) });
    writeFileSync(join(src, 'a.jsonl'), [JSON.stringify(arts[0]), giant, JSON.stringify(arts[1])].join('\n') + '\n');
    const err = sink();
    const rep = await ingest([src], { db: join(dir, 'oversized.db'), workers: 0, progress: false, err: err.s, config: { maxBytes: 20_000 } });
    expect(rep).toMatchObject({ records: 3, added: 2, failed: 1, internal: 0 });
    expect(err.lines).toEqual([`dyad: ${join(src, 'a.jsonl')}:2: record giant: a 0.3 MB line is over the 0.0 MB limit (raise it with --max-bytes)`]);
  }, 60_000);

  it('survives SIGKILL mid-ingest: the file is intact and a re-run finishes with no duplicates', async () => {
    const src = join(dir, 'kill');
    mkdirSync(src);
    const arts = [...syntheticArticles(150, 9, 0)];
    writeFileSync(join(src, 'a.jsonl'), arts.map((a) => JSON.stringify(a)).join('\n') + '\n');
    const db = join(dir, 'kill.db');
    const child = spawn(process.execPath, ['bin/dyad.js', 'ingest', src, '--db', db, '--workers', '1', '--batch', '5', '--no-progress'], { stdio: 'ignore' });
    const exited = new Promise((r) => child.on('exit', r));
    let before = 0;
    for (let i = 0; i < 600 && before < 10; i++) {
      await new Promise((r) => setTimeout(r, 100));
      if (!existsSync(db)) continue;
      try {
        const ro = new Database(db, { readonly: true });
        before = (ro.prepare('SELECT COUNT(*) FROM articles').pluck().get() as number) ?? 0;
        ro.close();
      } catch {
        // the schema may not be there yet
      }
    }
    child.kill('SIGKILL');
    await exited;
    expect(before).toBeGreaterThan(0);
    const check = new Database(db);
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    const partial = check.prepare('SELECT COUNT(*) FROM articles').pluck().get() as number;
    check.close();
    expect(partial).toBeLessThan(arts.length);

    const rep = await ingest([src], { db, workers: 0, progress: false, err: sink().s });
    expect(rep.skipped).toBe(partial);
    expect(rep.added).toBe(arts.length - partial);
    const after = new Database(db, { readonly: true });
    expect(after.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(after.prepare('SELECT COUNT(*) FROM articles').pluck().get()).toBe(arts.length);
    expect(after.prepare('SELECT COUNT(DISTINCT record_id) FROM articles').pluck().get()).toBe(arts.length);
    // every event belongs to a stored article, and every stored article's events are stored once
    expect(after.prepare('SELECT COUNT(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles)').pluck().get()).toBe(0);
    expect(after.prepare('SELECT COUNT(*) FROM (SELECT article_id, idx FROM event_mentions GROUP BY article_id, idx HAVING COUNT(*) > 1)').pluck().get()).toBe(0);
    after.close();
  }, 120_000);
});
