// A second process for the concurrency test: opens (and so sets up) the store named on the command
// line, prints its schema version, and closes it. Exit code 1 with the error when opening fails.
import { openSqliteStore } from './sqlite-store.ts';

try {
  const store = openSqliteStore(process.argv[2]);
  const stats = await store.stats();
  await store.close();
  console.log(JSON.stringify({ ok: true, articles: stats.articles }));
} catch (e) {
  console.log(JSON.stringify({ ok: false, error: (e as Error).message }));
  process.exit(1);
}
