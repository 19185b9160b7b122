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
});
