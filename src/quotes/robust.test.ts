import { describe, expect, it } from 'vitest';
import { analyse, seen } from './test-helpers.ts';

describe('stray and unbalanced marks', () => {
  it('never lets an unclosed quotation swallow the next paragraphs', () => {
    const doc = analyse('“We will not stop, the chairman said at the rally.\nThe crowd left the square after an hour.\nPolice reported no arrests.');
    for (const q of doc.get('quotes')) expect(doc.slice(q)).not.toContain('\n');
  });
  it('survives stray closing marks, lone marks and marks at the edges', () => {
    for (const body of ['” The meeting ended early.', 'The meeting ended “', '"', '“”', '« »', 'He said ” she said “ they said.', "''"]) {
      expect(() => analyse(body)).not.toThrow();
    }
  });
  it('keeps exact text and offsets of every quote', () => {
    const doc = analyse('“The first part,” the clerk said, “and the second.”\nThe clerk said that the third part, “oddly,” was missing.');
    for (const q of doc.get('quotes')) {
      expect(q.start).toBeLessThan(q.end);
      expect(doc.text.slice(q.start, q.end)).toBe(doc.slice(q));
      for (const p of q.parts ?? []) expect(p.start >= q.start && p.end <= q.end).toBe(true);
    }
  });
  it('keeps a nested single quotation inside its double quotation', () => {
    const doc = analyse('“They kept saying ‘not yet’ to every request we made,” the tenant said.');
    expect(seen(doc)).toHaveLength(1);
    expect(seen(doc)[0].text).toBe('“They kept saying ‘not yet’ to every request we made,”');
  });
});
