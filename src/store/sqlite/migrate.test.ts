import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from './migrate.ts';
import { openSqliteStore } from './sqlite-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'dyad-migrate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('migrations', () => {
  it('are numbered from 1 without gaps', () => {
    expect(loadMigrations().map((m) => m.version)).toEqual(loadMigrations().map((_, i) => i + 1));
  });

  it('apply once, in order, and are recorded', () => {
    const db = new Database(join(dir, 'a.db'));
    const latest = migrate(db);
    expect(latest).toBe(loadMigrations().length);
    expect(migrate(db)).toBe(latest);
    expect(db.prepare('SELECT COUNT(*) FROM schema_migrations').pluck().get()).toBe(latest);
    db.close();
  });

  it('bring an older store up to date, even one opened read-only', async () => {
    const path = join(dir, 'old.db');
    const db = new Database(path);
    migrate(db, loadMigrations().slice(0, 1));
    db.close();
    const store = openSqliteStore(path, { readonly: true });
    expect((await store.stats()).schema).toBe(loadMigrations().length);
    expect(await store.dyads({})).toEqual([]);
    await store.close();
  });

  it('004 dates an old store: undated articles take their ingest day, events their article\'s, no 0000-00 month', async () => {
    const path = join(dir, 'undated.db');
    const db = new Database(path);
    migrate(db, loadMigrations().slice(0, 3));
    db.exec(`INSERT INTO actors (id, key, name) VALUES (1, 'a', 'A'), (2, 'b', 'B');
      INSERT INTO articles (id, record_id, ident, content_hash, date, body, contract, provenance, created_at)
        VALUES (1, 'r1', 'i1', 'h1', NULL, 'x', '{}', '{}', '2026-11-30T10:00:00.000Z'), (2, 'r2', 'i2', 'h2', '2024-06-20', 'y', '{}', '{}', '2026-11-30T10:00:00.000Z');
      INSERT INTO events (article_id, date, plover, quad_class, goldstein, source_actor_id, target_actor_id, merge_key)
        VALUES (1, NULL, 'ACCUSE', 3, -2, 1, 2, 'k1'), (2, '2024-06-20', 'SUPPORT', 1, 3.4, 1, 2, 'k2');
      INSERT INTO dyad_months VALUES (1, 2, '0000-00', 1, 0, 0, 1, 0, 0, 0, -2, 0, -2, 1), (1, 2, '2024-06', 1, 1, 0, 0, 0, 3.4, 0, 0, 0, 3.4, 1);`);
    migrate(db);
    expect(db.prepare('SELECT date, date_source AS s FROM articles ORDER BY id').all()).toEqual([{ date: '2026-11-30', s: 'ingest' }, { date: '2024-06-20', s: 'record' }]);
    expect(db.prepare('SELECT date, date_source AS s, history FROM events ORDER BY id').all()).toEqual([{ date: '2026-11-30', s: 'article', history: 0 }, { date: '2024-06-20', s: 'article', history: 0 }]);
    expect(db.prepare('SELECT month, n, gsum FROM dyad_months ORDER BY month').all()).toEqual([{ month: '2024-06', n: 1, gsum: 3.4 }, { month: '2026-11', n: 1, gsum: -2 }]);
    expect(db.prepare('SELECT n, q1, q3, gsum, gn FROM dyad_totals').all()).toEqual([{ n: 2, q1: 1, q3: 1, gsum: 1.4, gn: 2 }]);
    db.close();
  });
});
