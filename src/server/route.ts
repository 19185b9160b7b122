// A route is a record: method, path, summary, its query parameters as data, and a handler that
// returns JSON. app.ts mounts every route; openapi.ts describes the same records.
import type { Context } from 'hono';
import type { Store } from '../store/store.ts';
import type { Specs, Values } from './params.ts';

/** A role an actor held, as the actor dictionary gives it. */
export interface RoleInfo {
  country: string | null;
  sector: string | null;
  title: string | null;
  from: string | null;
  to: string | null;
}

/** What handlers may use. `analyze` and `roles` are optional so tests can run without the pipeline. */
export interface Deps {
  store: Store;
  /** Analyses one record into contract JSON (POST /api/analyze). */
  analyze?: (record: { id: string; text?: string; html?: string; url?: string | null; date?: string | null }) => Promise<unknown>;
  /** Dictionary roles of an actor key, or null when the dictionary does not know it. */
  roles?: (key: string) => RoleInfo[] | null;
}

export interface Route<S extends Specs = Specs> {
  method: 'get' | 'post';
  /** A hono path, e.g. /api/actors/:key. */
  path: string;
  summary: string;
  params: S;
  /** Path parameters: name -> description. */
  pathParams?: Record<string, string>;
  /** JSON schema of the request body (POST). */
  body?: Record<string, unknown>;
  handle(c: Context, q: Values<S>, deps: Deps): Promise<unknown>;
}

/** A handler's answer already serialised (a worker's JSON), sent as it is. */
export class RawJson {
  constructor(readonly json: string) {}
}

export const route = <S extends Specs>(r: Route<S>): Route<S> => r;
