// `dyad serve`: the store behind the JSON API and the web page (see src/server/).
import { checkStorePath } from '../store-path.ts';

export async function serveCommand(opts: { db?: string; host?: string; port?: number }): Promise<number> {
  const { runServer } = await import('../../server/serve.ts');
  return runServer({ ...opts, db: checkStorePath(opts.db) });
}
