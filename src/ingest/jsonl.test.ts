// One JSONL line -> a record, or an error naming it.
import { describe, expect, it } from 'vitest';
import { parseJsonlLine } from './jsonl.ts';

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
