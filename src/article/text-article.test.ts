import { describe, expect, it } from 'vitest';
import { buildConfig } from '../config/config.ts';
import { readArticle } from './read-article.ts';
import { readTextArticle } from './text-article.ts';

const read = (text: string) => readTextArticle({ id: 't', text });
const roles = (text: string) => read(text).get('blocks').map((b) => b.role);
const body = (text: string) => { const d = read(text); return d.bodyBlocks().map((b) => d.slice(b)); };

// Fixture articles are written for these tests, in the shape of scraped wire reports.
const WIRE = [
  'Minister pledges new river treaty talks',
  'The foreign minister of Freedonia said on Monday that talks on the river treaty would resume next month.',
  'Officials from both capitals met in Geneva last week to prepare the ground.',
  'Read more: Why the river matters to both nations',
  'Water rights',
  'The treaty, signed in 1961, sets out how much water each side may draw during the dry season.',
  'The foreign minister of Freedonia said on Monday that talks on the river treaty would resume next month.',
  'Related: Drought hits southern farms',
].join('\n');

describe('text article shapes', () => {
  it('takes the first short line as the headline', () => {
    expect(read(WIRE).meta.title).toBe('Minister pledges new river treaty talks');
  });
  it('keeps a repeated paragraph once and marks the copy as dropped', () => {
    const d = read(WIRE);
    expect(body(WIRE).filter((p) => p.startsWith('The foreign minister'))).toHaveLength(1);
    expect(d.get('dropped').some((x) => x.reason === 'duplicate')).toBe(true);
  });
  it('keeps near-exact repeats once (white space, punctuation, a trailing ellipsis)', () => {
    const text = 'Talks resume\nThe two sides will meet again in March to settle the border question for good.\nOther news follows here in a second paragraph of the report.\nThe two sides will meet again in March to settle the border question …';
    expect(roles(text)).toEqual(['title', 'body', 'body', 'duplicate']);
  });
  it('drops a repeat of the lead paragraph that lacks its dateline', () => {
    const text = 'Border reopens\nKABUL, May 2 (Wirecast) - The border crossing reopened on Friday after three weeks of closure.\nTraders queued for hours.\nThe border crossing reopened on Friday after three weeks of closure.';
    expect(roles(text)).toEqual(['title', 'body', 'body', 'duplicate']);
  });
  it('moves promotion lines into related', () => {
    const d = read(WIRE);
    expect(d.meta.related.map((r) => r.title)).toEqual(['Why the river matters to both nations', 'Drought hits southern farms']);
    expect(body(WIRE).join(' ')).not.toMatch(/Read more|Drought hits/);
  });
  it('opens a section at a sub-heading', () => {
    const d = read(WIRE);
    expect(d.get('sections').map((s) => s.headingText)).toEqual([null, 'Water rights']);
  });
  it('detects blank-line paragraphs with wrapped lines', () => {
    const text = 'Harbour reopens after storm\n\nThe harbour of the northern port reopened\non Tuesday after a week of repairs, the port\nauthority said.\n\nShips had been diverted to the south while\ncranes were checked.';
    expect(body(text)).toHaveLength(2);
    expect(body(text)[0]).toContain('port\nauthority');
  });
  it('reads one paragraph per line when lines end sentences', () => {
    const text = 'First line of a report ends here.\nSecond line is another paragraph.\n\nThird after a blank line.';
    expect(body(text)).toHaveLength(3);
  });
  it('separates a dateline and a byline', () => {
    const text = 'Storm hits coast\nBy Jane Roe\nHAVANA, June 20 (Reuters) - A storm hit the coast on Friday, officials said.\nMore rain is expected.';
    const d = read(text);
    expect(d.meta.byline).toBe('Jane Roe');
    expect(d.meta.dateline).toBe('HAVANA, June 20 (Reuters)');
    expect(body(text)[0]).toBe('A storm hit the coast on Friday, officials said.');
    expect(d.meta.date).toBeNull(); // the reader leaves the date to article-date.ts
  });
  it('takes the article date from a dateline with a year', () => {
    const date = (text: string) => readArticle({ id: 't', text }, buildConfig({ today: '2026-01-01' })).meta.date;
    expect(date('Storm hits coast\nHAVANA, June 20, 2024 (Reuters) - A storm hit the coast.\nMore rain is due.')).toBe('2024-06-20');
    expect(date('Talks end\nBEIJING, 3 March 2025 - The talks ended.\nBoth sides left.')).toBe('2025-03-03');
  });
  it('keeps offsets into the text exactly as given', () => {
    const d = read(WIRE);
    for (const b of d.get('blocks')) expect(WIRE.slice(b.start, b.end)).toBe(d.slice(b));
  });
});
