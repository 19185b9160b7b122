// Walking the folders given to `dyad ingest`.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles, readSource } from './sources.ts';

const dir = mkdtempSync(join(tmpdir(), 'dyad-walk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('listFiles', () => {
  it('reads a folder with links back to itself once, says what it skipped, and ends', () => {
    const top = join(dir, 'news');
    mkdirSync(join(top, 'sub'), { recursive: true });
    writeFileSync(join(top, 'a.txt'), 'One article.');
    writeFileSync(join(top, 'sub', 'b.txt'), 'Another article.');
    symlinkSync(top, join(top, 'loop1'));
    symlinkSync(top, join(top, 'sub', 'loop2'));
    const skipped: string[] = [];
    const files = listFiles([top], (p, reason) => skipped.push(`${p}: ${reason}`));
    expect(files).toEqual([join(top, 'a.txt'), join(top, 'sub', 'b.txt')]);
    expect(skipped).toEqual([
      `${join(top, 'loop1')}: a link back to a folder already read`,
      `${join(top, 'sub', 'loop2')}: a link back to a folder already read`,
    ]);
  });

  it('follows a link to a folder outside the walk', () => {
    const other = join(dir, 'elsewhere');
    mkdirSync(other);
    writeFileSync(join(other, 'c.txt'), 'A third article.');
    const top = join(dir, 'linked');
    mkdirSync(top);
    symlinkSync(other, join(top, 'more'));
    expect(listFiles([top])).toEqual([join(top, 'more', 'c.txt')]);
  });

  it('a path given that does not exist is an error naming it', () => {
    expect(() => listFiles([join(dir, 'missing')])).toThrow(/missing: cannot be read \(ENOENT\)/);
  });
});

describe('readSource', () => {
  it('a JSONL file that cannot be read is one error naming it, not a crash', async () => {
    const path = join(dir, 'not-a-file.jsonl');
    mkdirSync(path);
    const items = [];
    for await (const item of readSource(path, 1e6)) items.push(item);
    expect(items).toHaveLength(1);
    expect('error' in items[0] && items[0].error.message).toBe(`${path}: cannot be read (EISDIR)`);
  });
});
