import { describe, expect, it } from 'vitest';
import { findQuotes } from './marks.ts';

const quotes = (text: string) => findQuotes(text, 0, text.length).map((q) => ({ text: text.slice(q.start, q.end), closed: q.closed }));

describe('quotation marks', () => {
  it('pairs curly, straight, guillemet and low-high marks', () => {
    expect(quotes('She said “we will go” and left.')).toEqual([{ text: '“we will go”', closed: true }]);
    expect(quotes('He said "no deal" twice.')).toEqual([{ text: '"no deal"', closed: true }]);
    expect(quotes('Le ministre a dit «non» hier.')).toEqual([{ text: '«non»', closed: true }]);
    expect(quotes('Er sagte „nein“ dazu.')).toEqual([{ text: '„nein“', closed: true }]);
  });
  it('reads two apostrophes as a double mark, and a triple one as a nested close', () => {
    expect(quotes("''We are ready,'' the mayor said.")).toEqual([{ text: "''We are ready,''", closed: true }]);
    expect(quotes("''They keep telling us, 'wait,''' she said.")).toEqual([{ text: "''They keep telling us, 'wait,'''", closed: true }]);
  });
  it('keeps nested single marks and apostrophes inside the quotation', () => {
    const text = '“The mayor’s line was ‘we tried’ and nothing more,” the clerk said.';
    expect(quotes(text)).toEqual([{ text: '“The mayor’s line was ‘we tried’ and nothing more,”', closed: true }]);
    expect(quotes("It's the council's plan, isn't it?")).toEqual([]);
  });
  it('skips a stray closing mark and an inch mark', () => {
    expect(quotes('The screen is 15" wide” and bright.')).toEqual([]);
  });
  it('ends an unclosed quotation at the paragraph end, never beyond', () => {
    const text = 'Intro line.\n“We will not stop until the job is done.\nNext paragraph.';
    const start = text.indexOf('“');
    const end = text.indexOf('\nNext');
    const qs = findQuotes(text, start, end);
    expect(qs).toHaveLength(1);
    expect(text.slice(qs[0].start, qs[0].end)).toBe('“We will not stop until the job is done.');
    expect(qs[0].closed).toBe(false);
  });
  it('closes an unclosed quotation where a new one opens, at its last sentence end', () => {
    expect(quotes('“We are done. The rest is narrative “Second quote,” she said.')).toEqual([
      { text: '“We are done.', closed: false },
      { text: '“Second quote,”', closed: true },
    ]);
  });
  it('takes a wrongly turned closing mark as a close', () => {
    expect(quotes('“We won,“ he said.')).toEqual([{ text: '“We won,“', closed: true }]);
  });
});
