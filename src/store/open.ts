import type { Store } from './store.ts';

/** Opens the store at a path: SQLite for a file path (the default); postgres:// URLs come later. */
export async function openStore(path: string, opts: { readonly?: boolean } = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(path)) throw new Error('the PostgreSQL backend is not built yet: use a SQLite file path');
  const { openSqliteStore } = await import('./sqlite/sqlite-store.ts');
  return openSqliteStore(path, opts);
}
