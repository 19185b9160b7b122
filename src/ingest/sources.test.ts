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

describe('readSource: .json files (issue 18, defect 11)', () => {
  const read = async (name: string, body: string) => {
    const p = join(dir, name);
    writeFileSync(p, body);
    const out: string[] = [];
    for await (const it of readSource(p, 1_000_000)) out.push('error' in it ? `error ${it.id} @${it.origin.slice(dir.length + 1)}: ${it.error.message.slice(dir.length + 1)}` : `record ${it.record.id}: ${it.record.text}`);
    return out;
  };

  it('reads a list of records as records, each bad element one error naming file#n', async () => {
    expect(await read('list.json', JSON.stringify([{ id: 'a1', text: 'The harbour reopened on Monday.' }, { id: 'a2', body: 'no text' }, 'x', { id: 7, text: 'Talks resumed.' }]))).toEqual([
      'record a1: The harbour reopened on Monday.',
      'error a2 @list.json#2: list.json#2: record a2 has neither a "text" nor an "html" string',
      'error ' + join(dir, 'list.json#3') + ' @list.json#3: list.json#3: not a JSON object',
      'record 7: Talks resumed.',
    ]);
  });

  it('reads one record object as one record; other JSON is one clear error, not an article of JSON text', async () => {
    expect(await read('one.json', JSON.stringify({ id: 'r1', text: 'Ministers met in Lisbon.' }))).toEqual(['record r1: Ministers met in Lisbon.']);
    const [other] = await read('other.json', JSON.stringify({ name: 'settings', items: 3 }));
    expect(other).toMatch(/^error .*other\.json: an object with no "text", "html" or JSON Feed "version"; a \.json file holds a JSON Feed, a record or a list of records$/);
    expect((await read('broken.json', '[{"id": "b1", "text": "cut'))[0]).toMatch(/broken\.json: not JSON \(/);
  });

  const feed = (items: unknown) => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Lantern Wire', items });

  it('a JSON Feed whose items is one object reads it as one item; items that is text or a number is one error', async () => {
    expect(await read('feed-obj.json', feed({ id: 'f1', content_text: 'Crews cleared the pass.' }))).toEqual(['record f1: Crews cleared the pass.']);
    expect(await read('feed-str.json', feed('none today'))).toEqual([`error ${join(dir, 'feed-str.json')} @feed-str.json: feed-str.json: JSON Feed "items" is a string, not a list of items`]);
  });

  it('a JSON Feed item whose content_text is a number is one error naming it; a numeric id is read as its digits', async () => {
    expect(await read('feed-num.json', feed([{ id: 1, content_text: 42 }, { id: 2, content_text: 'Crews cleared the pass.' }]))).toEqual([
      `error ${join(dir, 'feed-num.json')} @feed-num.json: feed-num.json#1 (item 1): "content_text" is a number, not text`,
      'record 2: Crews cleared the pass.',
    ]);
  });
});
