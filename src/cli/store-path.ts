// Which store a command uses, and the checks that turn a wrong --db into one line naming it, before
// SQLite is asked: a folder, a missing folder, a file that is not a store. The default store is
// $DYAD_DB when set, else ./dyad.db.
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isStoreUrl } from '../store/open.ts';
import { UsageError } from './usage-error.ts';

export const DEFAULT_DB = './dyad.db';

export const storePath = (db: string | undefined): string => db ?? (process.env.DYAD_DB || DEFAULT_DB);

const SQLITE_MAGIC = 'SQLite format 3\0';

/**
 * Checks a store path: `create` for a command that may make the store (ingest), else it must exist.
 * Returns the path to open. A URL is left to the PostgreSQL driver.
 */
export function checkStorePath(db: string | undefined, create = false): string {
  const path = storePath(db);
  if (isStoreUrl(path)) return path;
  const named = db === undefined && process.env.DYAD_DB ? `DYAD_DB=${path}` : `--db ${path}`;
  if (!existsSync(path)) {
    if (!create) throw new UsageError(`${named}: no such store (run dyad ingest first, or give --db FILE or a postgres:// URL)`);
    const dir = dirname(path);
    if (!existsSync(dir)) throw new UsageError(`${named}: the folder ${dir} does not exist`);
    if (!statSync(dir).isDirectory()) throw new UsageError(`${named}: ${dir} is not a folder`);
    return path;
  }
  if (statSync(path).isDirectory()) throw new UsageError(`${named}: a folder, not a store file (give a file such as ${join(path, 'dyad.db')})`);
  const head = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  let n: number;
  try {
    n = readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  // An empty file is one SQLite may start a store in; anything else must be a SQLite file.
  if (n === 0 && create) return path;
  if (n < 16 || head.toString('latin1') !== SQLITE_MAGIC) throw new UsageError(`${named}: not a dyad store (not a SQLite file)`);
  return path;
}
