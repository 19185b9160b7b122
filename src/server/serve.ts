// Binds the app to a port: loopback by default, the page's assets built at start or read built (web/page.ts), the
// pipeline in a worker thread started on the first POST /api/analyze (analyze-pool.ts), and the actor
// dictionary's roles for the actor panel.
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { isStoreUrl, openStore, showTarget } from '../store/open.ts';
import type { Store } from '../store/store.ts';
import { webAssets } from '../web/page.ts';
import { createAnalyzePool, type AnalyzePoolOptions } from './analyze-pool.ts';
import { createApp } from './app.ts';
import { watchEventLoop } from './shed.ts';
import type { Deps, RoleInfo } from './route.ts';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 7300;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

async function dictionaryRoles(): Promise<Deps['roles']> {
  try {
    const { loadDictionary } = await import('../actors/dictionary.ts');
    return (key: string): RoleInfo[] | null => loadDictionary().entries.get(key)?.roles ?? null;
  } catch {
    return undefined;
  }
}

export interface Running {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Serves a store; port 0 picks a free one. Requests must name this address (no DNS rebinding on loopback). */
export async function startServer(
  store: Store,
  opts: { host?: string; port?: number; analyze?: Deps['analyze']; analyzePool?: AnalyzePoolOptions; cacheMs?: number } = {},
): Promise<Running> {
  const host = opts.host ?? DEFAULT_HOST;
  const assets = await webAssets();
  const roles = await dictionaryRoles();
  let allowed: string[] | undefined;
  const pool = opts.analyze ? null : createAnalyzePool(opts.analyzePool);
  const pressure = watchEventLoop();
  const app = createApp(store, { assets, roles, analyze: opts.analyze ?? pool!.analyze, cacheMs: opts.cacheMs, pressure, get allowedHosts() { return allowed; } });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: host, port: opts.port ?? DEFAULT_PORT }, () => resolve(s));
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const shown = host.includes(':') ? `[${host}]` : host;
  if (LOOPBACK.has(host)) allowed = [`${shown}:${port}`, `localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`];
  return {
    url: `http://${shown}:${port}/`,
    port,
    close: async () => {
      pressure.stop();
      await pool?.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export async function runServer(opts: { db?: string; host?: string; port?: number }): Promise<number> {
  const path = opts.db ?? './dyad.db';
  if (!isStoreUrl(path) && !existsSync(path)) {
    process.stderr.write(`dyad: ${path}: no such store (run dyad ingest first, or give --db FILE or postgres:// URL)\n`);
    return 2;
  }
  if (opts.port !== undefined && opts.port > 65535) {
    process.stderr.write(`dyad: --port must be 0 to 65535, not ${opts.port}\n`);
    return 2;
  }
  const store = await openStore(path, { readonly: true });
  let running: Running;
  try {
    running = await startServer(store, { host: opts.host, port: opts.port });
  } catch (e) {
    await store.close();
    const code = (e as NodeJS.ErrnoException).code;
    const where = `${opts.host ?? DEFAULT_HOST}:${opts.port ?? DEFAULT_PORT}`;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      process.stderr.write(`dyad: cannot listen on ${where} (${code}); try another --port or --host\n`);
      return 1;
    }
    throw e;
  }
  if (!LOOPBACK.has(opts.host ?? DEFAULT_HOST)) process.stderr.write('dyad: warning: serving beyond this machine; the API has no authentication\n');
  process.stdout.write(`dyad: serving ${showTarget(path)} at ${running.url} (Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await running.close();
  await store.close();
  return 0;
}
