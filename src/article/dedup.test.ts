import { describe, expect, it } from 'vitest';
import { findRepeats, normalForm, normalWords } from './dedup.ts';

describe('normalForm', () => {
  it('keeps lower case letters and digits, one space between words', () => {
    expect(normalForm('  The Mayor, aged 54, said: "No."  ')).toBe('the mayor aged 54 said no');
    expect(normalForm('Zürich’s ÉCOLE reopened…')).toBe('zürich s école reopened');
    expect(normalForm('...')).toBe('');
  });

  it('reads letters outside the basic plane as letters', () => {
    expect(normalWords('𝐀b c😀d')).toEqual(['𝐀b', 'c', 'd']);
  });
});

describe('findRepeats', () => {
  const lead = 'The council voted on Tuesday to close the old bridge to lorries from next spring.';

  it('finds an exact repeat up to case and punctuation', () => {
    expect(findRepeats([lead, 'Traffic will be sent north.', lead.toUpperCase().replace(/\./g, '!')])).toEqual([-1, -1, 0]);
  });

  it('finds a truncated repeat ending in an ellipsis', () => {
    expect(findRepeats([lead, 'The council voted on Tuesday to close the old bridge to…'])).toEqual([-1, 0]);
    expect(findRepeats([lead, 'The council voted on Tuesday to close the old bridge to'])).toEqual([-1, -1]);
  });

  it('finds a near repeat sharing nearly all word trigrams, not a paragraph sharing a few', () => {
    const long = 'Residents of the east bank said the closure would add half an hour to every trip into town, and shop owners near the bridge feared a quiet summer, while the council promised a shuttle bus and a review after six months of traffic counts.';
    const near = long.replace('half an hour', 'half an hour or more');
    const other = 'Residents of the east bank met on Friday to plan a protest at the town hall, and a petition has gathered four hundred names.';
    expect(findRepeats([long, other, near])).toEqual([-1, -1, 0]);
  });

  it('does not count a repeat of a repeat', () => {
    expect(findRepeats([lead, lead, lead])).toEqual([-1, 0, 0]);
  });
});
