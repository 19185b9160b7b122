import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite/sqlite-store.ts';
import { ingest } from './ingest.ts';
import { checkDay, fillDate, readManifest } from './manifest.ts';

const dir = mkdtempSync(join(tmpdir(), 'dyad-manifest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('manifest and --date', () => {
  it('reads CSV with a header, CSV without one, and JSON lines; paths from the manifest folder', () => {
    writeFileSync(join(dir, 'a.csv'), 'date,file\n2024-06-20,news/a.txt\n"2024-06-21","news/b, c.txt"\n');
    const csv = readManifest(join(dir, 'a.csv'));
    expect(csv.get(join(dir, 'news/a.txt'))).toBe('2024-06-20');
    expect(csv.get(join(dir, 'news/b, c.txt'))).toBe('2024-06-21');
    writeFileSync(join(dir, 'b.csv'), 'x.txt,2023-01-02\n');
    expect(readManifest(join(dir, 'b.csv')).get(join(dir, 'x.txt'))).toBe('2023-01-02');
    writeFileSync(join(dir, 'c.jsonl'), '{"id": "rec-7", "date": "2022-02-28"}\n\n{"path": "y.html", "date": "2021-03-04"}\n');
    const jl = readManifest(join(dir, 'c.jsonl'));
    expect(jl.get('rec-7')).toBe('2022-02-28');
    expect(jl.get(join(dir, 'y.html'))).toBe('2021-03-04');
  });

  it('rejects a line whose date is not a day', () => {
    writeFileSync(join(dir, 'bad.csv'), 'file,date\na.txt,2024-02-30\n');
    expect(() => readManifest(join(dir, 'bad.csv'))).toThrow(/bad.csv:2/);
    expect(checkDay('2024-02-29')).toBe('2024-02-29');
    expect(checkDay('2023-02-29')).toBeNull();
    expect(checkDay('20 June')).toBeNull();
  });

  it('fills in only where a record has no date: its own date, then the manifest, then --date', () => {
    const m = new Map([[join(dir, 'a.txt'), '2024-06-20']]);
    expect(fillDate({ id: 'x', text: 't', date: '2020-01-01' }, join(dir, 'a.txt'), m, '2019-09-09').date).toBe('2020-01-01');
    expect(fillDate({ id: 'x', text: 't' }, join(dir, 'a.txt'), m, '2019-09-09')).toMatchObject({ date: '2024-06-20', dateSource: 'record' });
    expect(fillDate({ id: 'x', text: 't' }, join(dir, 'other.txt'), m, '2019-09-09').date).toBe('2019-09-09');
    expect(fillDate({ id: 'x', text: 't' }, join(dir, 'other.txt'), m, null).date).toBeUndefined();
  });

  it('ingest: --date and a manifest date undated files; the rest get the ingest day, marked ingest', async () => {
    const news = join(dir, 'news');
    mkdirSync(news, { recursive: true });
    const body = (n: string) => `The ${n} harbour board voted on Tuesday to dredge the eastern channel, its chair said.\n\nWork starts in spring and will cost about four million, the ${n} board said after a long meeting.`;
    writeFileSync(join(news, 'north.txt'), body('northern'));
    writeFileSync(join(news, 'south.txt'), body('southern') + ' The southern quay will close for a month.');
    writeFileSync(join(news, 'west.txt'), 'PORTHAVEN, March 4, 2025 (Coastwire) - ' + body('western') + ' Fishing crews welcomed the plan.');
    writeFileSync(join(dir, 'dates.csv'), 'file,date\nnews/north.txt,2016-05-03\n');
    const db = join(dir, 'test.db');
    const err = new PassThrough().resume();
    await ingest([news], { db, workers: 0, progress: false, err, manifest: join(dir, 'dates.csv'), date: '2016-05-09' });
    const store = openSqliteStore(db);
    const rows = await store.articles({ limit: 10 });
    const by = (f: string) => rows.find((r) => r.recordId.endsWith(f))!;
    expect(by('north.txt')).toMatchObject({ date: '2016-05-03', dateSource: 'record' });
    expect(by('south.txt')).toMatchObject({ date: '2016-05-09', dateSource: 'record' });
    expect(by('west.txt')).toMatchObject({ date: '2016-05-09', dateSource: 'record' });
    const events = await store.events({ includeHistory: true, limit: 100 });
    expect(events.every((e) => e.date && e.dateSource)).toBe(true);
    await store.close();

    const db2 = join(dir, 'test2.db');
    await ingest([news], { db: db2, workers: 0, progress: false, err });
    const store2 = openSqliteStore(db2);
    const today = new Date().toISOString().slice(0, 10);
    const rows2 = await store2.articles({ limit: 10 });
    expect(rows2.find((r) => r.recordId.endsWith('west.txt'))).toMatchObject({ date: '2025-03-04', dateSource: 'dateline' });
    expect(rows2.find((r) => r.recordId.endsWith('north.txt'))).toMatchObject({ date: today, dateSource: 'ingest' });
    await store2.close();
  });
});
