import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';

const DIR = fileURLToPath(new URL('../migrations/', import.meta.url));

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The numbered migrations (NNN-name.sql), in order. */
export function loadMigrations(dir = DIR): Migration[] {
  return readdirSync(dir)
    .map((f) => /^(\d+)-(.+)\.sql$/.exec(f))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ version: Number(m[1]), name: m[2], sql: readFileSync(dir + m[0], 'utf8') }))
    .sort((a, b) => a.version - b.version);
}

/**
 * Applies every migration newer than the store's, each in its own transaction. Each one takes the write
 * lock first (BEGIN IMMEDIATE, waiting out the busy timeout) and reads the version under it, so two
 * processes setting up one store at once apply each migration once: the second waits, then finds it
 * done. Returns the version.
 */
export function migrate(db: Database.Database, migrations = loadMigrations()): number {
  const versionNow = () => (db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
  db.transaction(() => {
    db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  }).immediate();
  let version = versionNow();
  for (const m of migrations) {
    if (m.version <= version) continue;
    version = db.transaction(() => {
      const current = versionNow();
      if (m.version <= current) return current;
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
      return m.version;
    }).immediate();
  }
  return version;
}
