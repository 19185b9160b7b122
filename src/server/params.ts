// Query parameters: each endpoint declares its parameters once, as data. The same table parses and
// checks a request (a bad value is a 400 naming the parameter and why) and writes the OpenAPI document.
import type { Context } from 'hono';

export type ParamType = 'string' | 'day' | 'month' | 'int' | 'bool' | 'enum' | 'country';

export interface ParamSpec {
  type: ParamType;
  description: string;
  required?: boolean;
  min?: number;
  max?: number;
  values?: readonly string[];
  default?: number | string | boolean;
}

export type Specs = Record<string, ParamSpec>;

type TypeOf<P extends ParamSpec> = P['type'] extends 'int' ? number : P['type'] extends 'bool' ? boolean : string;
export type Values<S extends Specs> = { [K in keyof S]: TypeOf<S[K]> | undefined };

/** A request the API refuses: answered with 400 and `{error, param}`. */
export class BadRequest extends Error {
  constructor(
    readonly param: string,
    why: string,
    readonly status: 400 | 404 | 413 | 415 | 422 = 400,
  ) {
    super(`${param}: ${why}`);
  }
}

/** Longest value a string parameter may have. */
export const MAX_VALUE = 200;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}(-\d{2})?$/;

export function isRealDay(s: string): boolean {
  if (!DAY.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function parseOne(name: string, spec: ParamSpec, raw: string): string | number | boolean {
  const shown = JSON.stringify(raw.length > 40 ? raw.slice(0, 40) + '…' : raw);
  if (raw.length > MAX_VALUE) throw new BadRequest(name, `longer than ${MAX_VALUE} characters`);
  switch (spec.type) {
    case 'string':
      if (!raw.trim()) throw new BadRequest(name, 'empty');
      return raw.trim();
    case 'day':
      if (!isRealDay(raw)) throw new BadRequest(name, `expected a day as YYYY-MM-DD, got ${shown}`);
      return raw;
    case 'month':
      if (!MONTH.test(raw) || !isRealDay(raw.length === 7 ? `${raw}-01` : raw)) throw new BadRequest(name, `expected YYYY-MM or YYYY-MM-DD, got ${shown}`);
      return raw;
    case 'country':
      if (!/^[A-Z]{3}$/.test(raw)) throw new BadRequest(name, `expected a three-letter code in capitals (RUS, IGO), got ${shown}`);
      return raw;
    case 'enum':
      if (!spec.values!.includes(raw)) throw new BadRequest(name, `expected one of ${spec.values!.join(', ')}, got ${shown}`);
      return raw;
    case 'bool':
      if (raw === 'true' || raw === '1' || raw === '') return true;
      if (raw === 'false' || raw === '0') return false;
      throw new BadRequest(name, `expected true or false, got ${shown}`);
    case 'int': {
      if (!/^-?\d+$/.test(raw)) throw new BadRequest(name, `expected a whole number, got ${shown}`);
      const n = Number(raw);
      if (spec.min !== undefined && n < spec.min) throw new BadRequest(name, `must be at least ${spec.min}, got ${n}`);
      if (spec.max !== undefined && n > spec.max) throw new BadRequest(name, `must be at most ${spec.max}, got ${n}`);
      return n;
    }
  }
}

/** Parses the query string against a table; unknown, repeated, missing or malformed parameters are 400s. */
export function parseQuery<S extends Specs>(c: Context, specs: S): Values<S> {
  const all = c.req.queries();
  const out: Record<string, unknown> = {};
  for (const [name, list] of Object.entries(all)) {
    const spec = specs[name];
    if (!spec) {
      const known = Object.keys(specs);
      throw new BadRequest(name, `unknown parameter; ${known.length ? `this endpoint takes ${known.join(', ')}` : 'this endpoint takes none'}`);
    }
    if (list.length > 1) throw new BadRequest(name, 'given more than once');
    out[name] = parseOne(name, spec, list[0]);
  }
  for (const [name, spec] of Object.entries(specs)) {
    if (out[name] === undefined && spec.required) throw new BadRequest(name, 'required');
    if (out[name] === undefined && spec.default !== undefined) out[name] = spec.default;
  }
  const since = out.since as string | undefined;
  const until = out.until as string | undefined;
  if (since && until && since > until) throw new BadRequest('until', `is before since (${since})`);
  return out as Values<S>;
}

/** Parameters every list endpoint takes. */
export const PAGE = {
  limit: { type: 'int', description: 'at most this many items', min: 1, max: 500, default: 50 },
  offset: { type: 'int', description: 'skip this many items', min: 0, max: 100_000, default: 0 },
} as const satisfies Specs;

/** A page of a list: fetch one more than asked for, so `more` says whether another page exists. */
export function pageOf<T>(rows: T[], limit: number, offset: number) {
  return { items: rows.slice(0, limit), limit, offset, more: rows.length > limit };
}
