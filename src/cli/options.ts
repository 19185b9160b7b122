// Option values checked as the API checks its parameters (server/params.ts parseOne), so a bad
// --since or --quad-class is refused by commander with a line naming the option, before any work.
import { InvalidArgumentError } from 'commander';
import { parseDuration } from '../ingest/watch/schedule.ts';
import { PLOVER } from '../server/events.ts';
import { parseOne, type ParamSpec } from '../server/params.ts';

/** A commander argument parser from an API parameter spec; the API's reason becomes commander's. */
function spec<T>(s: Omit<ParamSpec, 'description'>): (v: string) => T {
  return (v) => {
    try {
      return parseOne('value', { ...s, description: '' }, v) as T;
    } catch (e) {
      throw new InvalidArgumentError((e as Error).message.replace(/^value: /, ''));
    }
  };
}

export const day = spec<string>({ type: 'day' });
export const month = spec<string>({ type: 'month' });
export const country = spec<string>({ type: 'country' });
export const quadClass = spec<number>({ type: 'int', min: 1, max: 4 });
export const oneOf = (...values: string[]) => spec<string>({ type: 'enum', values });

/** A PLOVER type (any case) or CAMEO digits, as GET /api/events takes it. */
export function eventType(v: string): string {
  if (/^\d{2,4}$/.test(v)) return v;
  if (PLOVER.includes(v.toUpperCase())) return v.toUpperCase();
  throw new InvalidArgumentError(`expected a PLOVER type (${PLOVER.slice(0, 3).join(', ')}, ...) or CAMEO digits (05), got ${JSON.stringify(v)}`);
}

export const positive = (v: string) => {
  if (!/^\d+$/.test(v.trim()) || Number(v) <= 0) throw new InvalidArgumentError(`expected a whole number above 0, got ${JSON.stringify(v)}`);
  return Number(v);
};
export const nonNegative = (v: string) => {
  if (!/^\d+$/.test(v.trim())) throw new InvalidArgumentError(`expected a whole number, 0 or more, got ${JSON.stringify(v)}`);
  return Number(v);
};

/** A duration: 90 (seconds), 90s, 15m, 1h, 2d -> milliseconds. */
export const duration = (v: string) => {
  const ms = parseDuration(v);
  if (ms === null) throw new InvalidArgumentError(`expected a duration such as 90s, 15m, 1h or 2d, got ${JSON.stringify(v)}`);
  return ms;
};
