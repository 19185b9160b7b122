import { describe, expect, it } from 'vitest';
import { analyse, quoteWith, seen } from './test-helpers.ts';

// Reports whose frame only the parse finds (sentences written for these tests).

describe('quotes from the parse: subject and complement of a verb of saying', () => {
  it('an aside after the speaker is not the content: "X, wearing …, said he …"', () => {
    const doc = analyse('Delegate Jan Ortis, wearing a red scarf covered in badges, said he was proud of the plan.');
    expect(quoteWith(doc, 'proud')).toMatchObject({ kind: 'indirect', cue: 'said', speaker: 'Delegate Jan Ortis', text: 'he was proud of the plan' });
    expect(seen(doc).some((q) => q.text.includes('scarf'))).toBe(false);
  });
  it('a dashed aside between speaker and verb: "Many speakers — …, … — said"', () => {
    const doc = analyse('Many speakers at the rally — including farmers, teachers and nurses — said the tax was unfair.');
    expect(quoteWith(doc, 'tax')).toMatchObject({ cue: 'said', speaker: 'Many speakers at the rally', text: 'the tax was unfair' });
  });
  it('a second conjunct after an infinitive: "refused to answer questions but said …"', () => {
    const doc = analyse('The spokesman refused to answer questions but said there was no meeting planned with the premier.');
    expect(quoteWith(doc, 'meeting')).toMatchObject({ cue: 'said', speaker: 'The spokesman', text: 'there was no meeting planned with the premier' });
  });
  it('a quotation inside the aside does not make the aside the content: "X, citing “…,” said …"', () => {
    const doc = analyse('Mr. Ivo Brandt, citing "the old spirit of the port," said the harbour could be busy again by spring.');
    expect(quoteWith(doc, 'busy')).toMatchObject({ kind: 'indirect', cue: 'said', speaker: 'Mr. Ivo Brandt', text: 'the harbour could be busy again by spring' });
  });
  it('a share or a pronominal determiner is a subject: "47% say …", "Some say …", and a semicolon ends the content', () => {
    const a = analyse('About 47% say the city should build the new bridge; 37% disagree.');
    expect(quoteWith(a, 'bridge')).toMatchObject({ speaker: '47%', text: 'the city should build the new bridge' });
    const b = analyse('Some say they hear echoes of an old quarrel in the mayor\'s words.');
    expect(quoteWith(b, 'echoes')).toMatchObject({ speaker: 'Some', cue: 'say' });
  });
  it('a long subject speaks whole, not the noun at its end: "Farmers in the valley who watched the hearing said"', () => {
    const doc = analyse('Farmers in the valley who watched the hearing said they were unmoved by the plan.');
    expect(quoteWith(doc, 'unmoved')).toMatchObject({ speaker: 'Farmers in the valley' });
  });
  it('a dateline is no subject: "BERGEN, Norway (AP) — Minister Ola Berg said …" keeps the minister', () => {
    const doc = analyse('BERGEN, Norway (AP) — Fisheries Minister Ola Berg said the quota would be cut by a tenth.');
    expect(quoteWith(doc, 'quota').speaker).toBe('Fisheries Minister Ola Berg');
  });
  it('an infinitive of saying reports nothing: "declined to say whether …"', () => {
    const doc = analyse('The harbour master declined to say whether the pier would reopen.');
    expect(seen(doc)).toEqual([]);
  });
  it('an expletive "it" is no speaker: "It is said …" keeps speaker null', () => {
    const doc = analyse('It is said the mine will close next year.');
    expect(seen(doc).every((q) => q.speaker === null)).toBe(true);
  });
});
