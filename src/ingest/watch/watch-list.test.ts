import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readWatchList, sourceKey, watchList } from './watch-list.ts';

const dir = mkdtempSync(join(tmpdir(), 'dyad-watch-list-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('watch list', () => {
  it('reads one source a line, skipping blanks and comments, paths from the list file\'s folder', () => {
    const file = join(dir, 'feeds.txt');
    writeFileSync(file, '# world news\nhttps://paper.example/world.rss\n\n  inbox/  \r\n# https://old.example/feed\n/var/spool/news\n');
    expect(readWatchList(file)).toEqual(['https://paper.example/world.rss', join(dir, 'inbox'), '/var/spool/news']);
  });

  it('puts arguments first and keeps each source once', () => {
    const file = join(dir, 'more.txt');
    writeFileSync(file, 'https://paper.example/world.rss\nhttps://wire.example/rss\n');
    expect(watchList(['https://paper.example/world.rss', 'drop'], file)).toEqual(['https://paper.example/world.rss', sourceKey('drop'), 'https://wire.example/rss']);
  });

  it('names a list file that cannot be read', () => {
    expect(() => readWatchList(join(dir, 'none.txt'))).toThrow(`${join(dir, 'none.txt')}: cannot be read (ENOENT)`);
  });
});
