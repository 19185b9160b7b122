// Several processes setting up one new SQLite store at once (two `dyad ingest` started together, or
// `serve` opening while `ingest` creates the file): each must wait for the other, then go on, and
// every migration must be applied exactly once.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMigrations } from './migrate.ts';

const dir = mkdtempSync(join(tmpdir(), 'dyad-race-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const child = join(import.meta.dirname, 'open-child.ts');

function open(path: string): Promise<{ code: number | null; out: string }> {
  return new Promise((done) => {
    const p = spawn(process.execPath, ['--import', 'tsx', child, path], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (out += d));
    p.on('close', (code) => done({ code, out }));
  });
}

describe('SQLite store set up by several processes at once', () => {
  it('every process opens the store and each migration is applied once', async () => {
    const migrations = loadMigrations();
    for (let trial = 0; trial < 4; trial++) {
      const path = join(dir, `store-${trial}.db`);
      const runs = await Promise.all([open(path), open(path), open(path), open(path)]);
      for (const r of runs) expect(r, r.out).toMatchObject({ code: 0 });
      const db = new Database(path, { readonly: true });
      const rows = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
      db.close();
      expect(rows).toEqual(migrations.map((m) => m.version));
    }
  }, 120_000);
});
