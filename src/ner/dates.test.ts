import { describe, expect, it } from 'vitest';
import type { UnitSpan } from './engine.ts';
import { docOfText } from './examples.ts';
import { isDateWord, withoutDateWords } from './dates.ts';
import { createNameTagger } from './tagger.ts';
import { NAME_TYPES } from './tags.ts';
import { unitsOf, type Units } from './units.ts';

const PERSON = NAME_TYPES.indexOf('PERSON');
const ORG = NAME_TYPES.indexOf('ORG');
const LOC = NAME_TYPES.indexOf('LOC');

/** Units of one sentence, and a span over the words from `first` to `last` (inclusive). */
function setup(sentence: string): { u: Units; span: (first: string, last: string, type: number) => UnitSpan; text: (s: UnitSpan) => string } {
  const u = unitsOf(docOfText('t', `${sentence}\n`));
  const at = (w: string) => {
    const k = u.form.indexOf(w);
    if (k < 0) throw new Error(`no unit "${w}" in ${u.form.join(' ')}`);
    return k;
  };
  return { u, span: (first, last, type) => [at(first), at(last) + 1, type, 1], text: ([a, b]) => u.form.slice(a, b).join(' ') };
}

describe('date words in tagged names', () => {
  it('knows weekdays and months, and May only beside a number', () => {
    const { u } = setup('Theresa May met them on Friday, 3 May, in June.');
    const dates = u.form.filter((_, k) => isDateWord(u, k));
    expect(dates).toEqual(['Friday', 'May', 'June']);
    expect(u.form.indexOf('May')).toBeLessThan(u.form.lastIndexOf('May'));
  });

  it('drops a span made only of date words and numbers', () => {
    const { u, span } = setup('The festival opens on 21 June and closes on Friday.');
    expect(withoutDateWords(u, [span('21', 'June', ORG), span('Friday', 'Friday', PERSON)])).toEqual([]);
  });

  it('cuts a weekday off the end of a person or place, and a time phrase off any name', () => {
    const { u, span, text } = setup('Crowds cheered in Lower Volta Saturday as the Harvest Union Congress on Thursday voted.');
    const out = withoutDateWords(u, [span('Lower', 'Saturday', LOC), span('Harvest', 'Thursday', ORG)]);
    expect(out.map(text)).toEqual(['Lower Volta', 'Harvest Union Congress']);
  });

  it('cuts date words off the front only after a time word', () => {
    const { u, span, text } = setup('On Monday Okafor said the Sunday Courier was wrong.');
    const out = withoutDateWords(u, [span('Monday', 'Okafor', PERSON), span('Sunday', 'Courier', ORG)]);
    expect(out.map(text)).toEqual(['Okafor', 'Sunday Courier']);
  });

  it('leaves names that merely contain a date word', () => {
    const { u, span } = setup('Shoppers queued for Black Friday while Theresa May spoke.');
    const spans = [span('Black', 'Friday', ORG), span('Theresa', 'May', PERSON)];
    expect(withoutDateWords(u, spans)).toEqual(spans);
  });

  it('never returns a weekday or month name from the tagger', () => {
    const tag = createNameTagger();
    // Without the date pass the tagger reads "Adjei Monday" as one person here.
    const text =
      'Vote count begins\n\nRuth Adjei Monday said the count in Northern Region Saturday was fair. ' +
      'Kofi Boateng said on Tuesday Boateng Party would win.\n\nSpeaking on CityFM Friday, Adjei said the results would come by 21 June.\n';
    const doc = docOfText('t', text);
    const names = tag(doc).map((s) => doc.text.slice(s.start, s.end));
    expect(names).toContain('Adjei');
    expect(names).toContain('Northern Region');
    for (const n of names) expect(n).not.toMatch(/\b(Monday|Tuesday|Friday|Saturday|June)\b/);
  });
});
