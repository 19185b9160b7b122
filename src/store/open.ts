import type { Store } from './store.ts';

/** True for a PostgreSQL connection URL (postgres:// or postgresql://), the one kind of store target that is not a file. */
export const isStoreUrl = (target: string): boolean => /^postgres(ql)?:\/\//i.test(target);

/** The target as it may be shown: a URL's password replaced by "***"; a file path as given. */
export function showTarget(target: string): string {
  if (!isStoreUrl(target)) return target;
  try {
    const u = new URL(target);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return target.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@');
  }
}

/** Opens a store: PostgreSQL for a postgres:// or postgresql:// URL, else a SQLite file (the default). */
export interface OpenOptions {
  readonly?: boolean;
  /** Near-identical texts count as copies of one story only within this many days (default 7). */
  copyWindowDays?: number;
}

export async function openStore(target: string, opts: OpenOptions = {}): Promise<Store> {
  if (isStoreUrl(target)) {
    const { openPostgresStore } = await import('./postgres/pg-store.ts');
    return openPostgresStore(target, opts);
  }
  const { openSqliteStore } = await import('./sqlite/sqlite-store.ts');
  return openSqliteStore(target, opts);
}
