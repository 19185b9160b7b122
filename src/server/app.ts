// The HTTP app: security headers and caps first, then the JSON API (one file per resource), then the
// web page's static assets. `createApp(store)` opens no port: tests call `app.request()`; serve.ts binds it.
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { isDyadError } from '../doc/errors.ts';
import type { Store } from '../store/store.ts';
import { actorRoutes } from './actors.ts';
import { analyzeRoutes, MAX_BODY } from './analyze.ts';
import { articleRoutes } from './articles.ts';
import { createCache } from './cache.ts';
import { dyadRoutes } from './dyads.ts';
import { eventRoutes } from './events.ts';
import { graphRoutes } from './graph.ts';
import { openApi } from './openapi.ts';
import { BadRequest, parseQuery } from './params.ts';
import { quoteRoutes } from './quotes.ts';
import { RawJson, type Deps, type Route } from './route.ts';
import { searchRoutes } from './search.ts';
import { Unavailable, type Pressure } from './shed.ts';

export const ROUTES: readonly Route[] = [...graphRoutes, ...actorRoutes, ...dyadRoutes, ...eventRoutes, ...quoteRoutes, ...articleRoutes, ...searchRoutes, ...analyzeRoutes] as Route[];

/** Longest URL (path and query) accepted. */
export const MAX_URL = 4096;

/** The page's assets by path ('/' is index.html), built by web/build.ts. */
export type Assets = Map<string, { type: string; body: string | Uint8Array }>;

export interface AppOptions extends Omit<Deps, 'store'> {
  assets?: Assets;
  /** Host header values accepted (e.g. 127.0.0.1:7300), against DNS rebinding; all when unset. */
  allowedHosts?: string[];
  maxBody?: number;
  /** How long a GET answer is reused, in ms (default 5000; 0: never). */
  cacheMs?: number;
  /** When given, a GET that would reach the store while the server thread is saturated is a 503 (see shed.ts). */
  pressure?: Pressure;
}

// No inline script or style, nothing from elsewhere: article text that slips into markup still runs nothing.
export const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const fail = (c: Context, status: number, error: string, param: string) => c.json({ error, param }, status as 400);

export function createApp(store: Store, opts: AppOptions = {}): Hono {
  const deps: Deps = { store, analyze: opts.analyze, roles: opts.roles };
  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('Cross-Origin-Resource-Policy', 'same-origin');
  });

  app.use('*', async (c, next) => {
    // The node adapter builds the URL from the Host header, so its host is the name the client used.
    const url = new URL(c.req.url);
    if (opts.allowedHosts && !opts.allowedHosts.includes(url.host)) return fail(c, 421, 'this server answers only to its own address', 'host');
    if (c.req.url.length - url.origin.length > MAX_URL) return fail(c, 414, `the URL is longer than ${MAX_URL} characters`, 'query');
    const api = c.req.path.startsWith('/api/');
    const post = c.req.method === 'POST' && c.req.path === '/api/analyze';
    if (!post && c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      c.header('Allow', 'GET, HEAD');
      return fail(c, 405, api ? 'the API is read-only, apart from POST /api/analyze' : 'read-only', 'method');
    }
    return next();
  });

  const maxBody = opts.maxBody ?? MAX_BODY;
  app.post('/api/analyze', bodyLimit({ maxSize: maxBody, onError: (c) => fail(c, 413, `the body is larger than ${maxBody} bytes`, 'body') }));

  const cacheMs = opts.cacheMs ?? 5000;
  const cache = cacheMs > 0 ? createCache(cacheMs) : null;
  for (const r of ROUTES) {
    app[r.method](r.path, async (c) => {
      const q = parseQuery(c, r.params);
      const answer = () => {
        // Refused before any work: a queue of slow queries is what made every request slow.
        if (r.method === 'get' && opts.pressure?.saturated()) return Promise.reject(new Unavailable('server', 'the server is busy; try again in a second', 1));
        return r.handle(c, q, deps).then((v) => (v instanceof RawJson ? v.json : JSON.stringify(v)));
      };
      const url = new URL(c.req.url);
      const body = cache && r.method === 'get' ? await cache(url.pathname + url.search, answer) : await answer();
      return c.body(body, 200, { 'Content-Type': 'application/json' });
    });
  }
  const doc = openApi(ROUTES);
  app.get('/api/openapi.json', (c) => c.json(doc));
  app.all('/api/*', (c) => fail(c, 404, `no endpoint ${c.req.method} ${c.req.path} (see /api/openapi.json)`, 'path'));

  app.get('*', (c) => {
    const a = opts.assets?.get(c.req.path === '/index.html' ? '/' : c.req.path);
    if (!a) return c.text('not found', 404);
    c.header('Content-Type', a.type);
    c.header('Cache-Control', 'no-cache');
    return c.body(a.body as string);
  });

  app.onError((e, c) => {
    if (e instanceof BadRequest) return fail(c, e.status, e.message, e.param);
    if (e instanceof Unavailable) {
      c.header('Retry-After', String(e.retryAfter));
      return fail(c, 503, e.message, e.param);
    }
    if (isDyadError(e)) return c.json({ error: e.message, code: e.code }, 422);
    process.stderr.write(`dyad serve: ${(e as Error).stack ?? e}\n`);
    return fail(c, 500, 'internal error', 'server');
  });
  return app;
}
