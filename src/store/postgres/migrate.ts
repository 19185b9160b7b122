// Numbered migrations for the PostgreSQL backend (migrations/NNN-name.sql, numbered as SQLite's so the
// two schemas move together). All pending ones are applied in one transaction that first takes an
// advisory lock: two ingesters opening a fresh store at once queue on the lock, and the second finds
// the work done. PostgreSQL's DDL is transactional, so a failed migration leaves the schema as it was.
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { loadMigrations, type Migration } from '../sqlite/migrate.ts';

const DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

/** The lock key: an arbitrary constant, the same for every dyad process ("dyad" in ASCII). */
export const MIGRATION_LOCK = 0x64796164;

export const loadPgMigrations = (): Migration[] => loadMigrations(DIR);

/** The last migration recorded in the store, or 0 for a database dyad has never opened. */
export async function currentVersion(db: pg.ClientBase): Promise<number> {
  const exists = await db.query("SELECT to_regclass('schema_migrations') IS NOT NULL AS t");
  if (!exists.rows[0].t) return 0;
  return (await db.query('SELECT COALESCE(MAX(version), 0)::int AS v FROM schema_migrations')).rows[0].v;
}

/** Applies every migration newer than the store's, under the lock, in one transaction. Returns the version. */
export async function migrate(db: pg.ClientBase, migrations = loadPgMigrations()): Promise<number> {
  await db.query('BEGIN');
  try {
    await db.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await db.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    let version = await currentVersion(db);
    for (const m of migrations) {
      if (m.version <= version) continue;
      await db.query(m.sql);
      await db.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
      version = m.version;
    }
    await db.query('COMMIT');
    return version;
  } catch (e) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}
