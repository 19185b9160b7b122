// Over-long body paragraphs cut into bounded pieces, at a sentence end when there is one.
import { describe, expect, it } from 'vitest';
import { readTextArticle } from './text-article.ts';
import { pieces, splitLongBlocks } from './long-blocks.ts';

describe('pieces', () => {
  it('cuts after the last sentence end before the limit, leaves the spaces between pieces out, and keeps short text whole', () => {
    const text = 'The council met on Monday. It voted to close the bridge. Repairs begin in May.';
    const got = pieces(text, 0, text.length, 60).map(([a, b]) => text.slice(a, b));
    expect(got).toEqual(['The council met on Monday. It voted to close the bridge.', 'Repairs begin in May.']);
    expect(pieces(text, 0, text.length, 500)).toEqual([[0, text.length]]);
  });

  it('cuts at a space with no sentence end, and at the limit with no space, never inside a surrogate pair', () => {
    const words = 'one two three four five six seven eight nine ten';
    expect(pieces(words, 0, words.length, 20).map(([a, b]) => words.slice(a, b))).toEqual(['one two three four', 'five six seven eight', 'nine ten']);
    const emoji = 'a'.repeat(9) + '\u{1F600}' + 'b'.repeat(9);
    const cut = pieces(emoji, 0, emoji.length, 10).map(([a, b]) => emoji.slice(a, b));
    expect(cut.join('')).toBe(emoji);
    expect(cut.every((p) => p.length <= 10 && !/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(p))).toBe(true);
  });
});

describe('splitLongBlocks', () => {
  it('splits only body paragraphs over the limit, renumbers repeats, and rebuilds the sections', () => {
    const long = Array.from({ length: 40 }, (_, i) => `Sentence number ${i} of a very long paragraph.`).join(' ');
    const doc = readTextArticle({ id: 'x', text: `Short lead paragraph here.\n\n${long}\n\nShort lead paragraph here.` });
    splitLongBlocks(doc, 500);
    const blocks = doc.get('blocks');
    expect(blocks.every((b) => b.end - b.start <= 500)).toBe(true);
    expect(blocks.filter((b) => b.role === 'body').map((b) => doc.slice(b)).join(' ')).toBe(`Short lead paragraph here. ${long}`);
    const dup = blocks.find((b) => b.role === 'duplicate')!;
    expect(dup.dupOf).toBe(0);
    expect(doc.get('sections').flatMap((s) => s.paragraphs)).toEqual(blocks.map((b, i) => (b.role === 'body' ? i : -1)).filter((i) => i >= 0));
  });
});
