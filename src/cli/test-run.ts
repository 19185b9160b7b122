// For tests: the dyad command run in-process with its arguments, its exit code and what it wrote.
import { PassThrough } from 'node:stream';
import { run } from './main.ts';

export async function dyad(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  let o = '';
  let e = '';
  out.on('data', (d) => (o += d));
  err.on('data', (d) => (e += d));
  const code = await run(['node', 'dyad', ...args], { out, err });
  return { code, out: o, err: e };
}
