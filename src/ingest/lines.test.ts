// Lines of a stream with a cap on what one line may hold.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readLines, type Line } from './lines.ts';

const all = async (chunks: (Buffer | string)[], cap: number) => {
  const out: Line[] = [];
  for await (const l of readLines(Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))), cap)) out.push(l);
  return out;
};

describe('readLines', () => {
  it('numbers lines, ends them at \\n or \\r\\n, keeps a last line with no newline, and keeps a character split between chunks', async () => {
    const e = Buffer.from('é');
    const got = await all(['one\r\ntw', 'o\n\nth', e.subarray(0, 1), Buffer.concat([e.subarray(1), Buffer.from('ree')])], 100);
    expect(got).toEqual([
      { n: 1, line: 'one' },
      { n: 2, line: 'two' },
      { n: 3, line: '' },
      { n: 4, line: 'théree' },
    ]);
  });

  it('gives a line over the cap as its size and first bytes, and reads the next line as usual', async () => {
    const long = '{"id":"long-one","text":"' + 'x'.repeat(20_000) + '"}';
    const pieces = ['{"id":"a"}\n', ...long.match(/.{1,999}/g)!, '\n{"id":"b"}'];
    const got = await all(pieces, 5000);
    expect(got[0]).toEqual({ n: 1, line: '{"id":"a"}' });
    expect(got[1]).toMatchObject({ n: 2, over: long.length });
    expect('head' in got[1] && got[1].head).toBe(long.slice(0, 4096));
    expect(got[2]).toEqual({ n: 3, line: '{"id":"b"}' });
  });
});
