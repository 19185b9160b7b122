import { describe, expect, it } from 'vitest';
import { analyse } from './test-helpers.ts';

const DATE = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

describe('dates are not actors', () => {
  it('does not take a dictionary form made of a date ("21 June") for an actor', () => {
    const doc = analyse('Music in the streets\n\nOn 21 June, bands played across Cairo. The festival returns on 21 June next year.');
    const texts = doc.get('entities').map((e) => doc.slice(e));
    expect(texts).toContain('Cairo');
    expect(texts.filter((t) => /June/.test(t))).toEqual([]);
  });

  it('finds no weekday or month among the entities of a dated report', () => {
    const doc = analyse('Talks in Accra\n\nGhana said on Friday that talks with Togo would resume in June. President Kofi Mensah spoke Thursday.');
    const texts = doc.get('entities').map((e) => doc.slice(e));
    expect(texts).toEqual(expect.arrayContaining(['Ghana', 'Togo', 'Kofi Mensah']));
    expect(texts.filter((t) => DATE.test(t))).toEqual([]);
  });
});
