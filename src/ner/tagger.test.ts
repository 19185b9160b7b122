import { describe, expect, it } from 'vitest';
import { docOfText } from './examples.ts';
import { createNameTagger, type NameSpan } from './tagger.ts';

const tag = createNameTagger();
const names = (text: string) => {
  const doc = docOfText('t', text);
  return tag(doc).map((s: NameSpan) => `${doc.text.slice(s.start, s.end)}/${s.type}`);
};

describe('name tagger', () => {
  it('finds and types unseen names in clear contexts', () => {
    const found = names(
      'Opposition leader Baraka Ndikumana told reporters in Gitega on Monday that the vote was unfair.\n\n' +
        'Ndikumana said the Electoral Commission of Burundi had ignored complaints from voters in Rumonge Province.\n',
    );
    expect(found).toContain('Baraka Ndikumana/PERSON');
    expect(found).toContain('Ndikumana/PERSON');
    expect(found).toContain('Gitega/LOC');
    expect(found.some((f) => f.startsWith('Electoral Commission') && f.endsWith('/ORG'))).toBe(true);
  });

  it('types demonyms as NORP and countries as LOC', () => {
    const found = names('Malawian farmers protested outside the parliament in Lilongwe, the capital of Malawi.\n');
    expect(found).toContain('Malawian/NORP');
    expect(found).toContain('Lilongwe/LOC');
    expect(found).toContain('Malawi/LOC');
  });

  it('returns offsets into the text, with a score between 0 and 1', () => {
    const text = 'Ms Tehani Fonua of the Tonga Broadcasting Commission spoke in Nuku’alofa.\n';
    const doc = docOfText('t', text);
    const spans = tag(doc);
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(text.length);
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(1);
      expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
    }
    expect(spans.map((s) => text.slice(s.start, s.end))).toContain('Tehani Fonua');
  });

  it('finds nothing in a sentence without names', () => {
    expect(names('the farmers said the rains came late this year and the harvest was poor.\n')).toEqual([]);
  });

  it('still reads a sentence whose only capitalised word is its first, when that word is a proper noun', () => {
    const found = names('Opposition leader Baraka Ndikumana spoke in Gitega.\n\nNdikumana resigned on the same day after the vote.\n');
    expect(found.filter((n) => n === 'Ndikumana/PERSON')).toHaveLength(1);
  });
});
