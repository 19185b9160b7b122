// One JSONL line -> a record, or an error naming it.
import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { parseJsonlLine, readJsonl } from './jsonl.ts';

describe('parseJsonlLine', () => {
  it('reads the first record of a file that starts with a UTF-8 byte-order mark', () => {
    const item = parseJsonlLine('\uFEFF{"id":"a1","text":"The council met."}', 1, 'news.jsonl');
    expect(item).toMatchObject({ record: { id: 'a1', text: 'The council met.' } });
  });

  it('names the line of a record that is not JSON', () => {
    const item = parseJsonlLine('{"id": "a2", "text": ', 3, 'news.jsonl');
    expect('error' in item && item.error.message).toMatch(/^news\.jsonl:3: not JSON/);
  });
});

describe('readJsonl', () => {
  it('reads the first record of a stream that starts with a UTF-8 byte-order mark, and every one after', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"id":"a1","text":"The council met."}\r\n\n{"id":"a2","text":"It voted."}')]);
    const got = [];
    for await (const { n, item } of readJsonl(Readable.from([bytes.subarray(0, 2), bytes.subarray(2)]), 'news.jsonl', 1000)) got.push([n, 'record' in item && item.record.id]);
    expect(got).toEqual([[1, 'a1'], [3, 'a2']]);
  });
});
