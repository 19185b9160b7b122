import { describe, expect, it } from 'vitest';
import { analyse, quoteWith } from './test-helpers.ts';

describe('speakers', () => {
  it('skips an apposition to the name', () => {
    const doc = analyse('“We will appeal,” Jonas Berg, a lawyer for the families, said.');
    expect(quoteWith(doc, 'appeal')).toMatchObject({ speaker: 'Jonas Berg', actor: 'Jonas Berg' });
  });
  it('skips an apposition in reported speech', () => {
    const doc = analyse('Jonas Berg, a lawyer for the families, said that the ruling would be appealed.');
    expect(quoteWith(doc, 'ruling')).toMatchObject({ speaker: 'Jonas Berg' });
  });
  it('reads inverted order: "said X"', () => {
    const doc = analyse('“We will appeal,” said Jonas Berg, a lawyer for the families.');
    expect(quoteWith(doc, 'appeal')).toMatchObject({ speaker: 'Jonas Berg', cue: 'said' });
  });
  it('takes the subject of "told", not its object', () => {
    const doc = analyse('“The plant stays open,” the chief executive told the workers.');
    expect(quoteWith(doc, 'plant')).toMatchObject({ speaker: 'the chief executive', addressee: 'the workers' });
  });
  it('resolves a known actor through the actor layer', () => {
    const doc = analyse('“Our doors remain open,” Vladimir Putin said.');
    const q = doc.get('quotes')[0];
    expect(q.speakerActor).toMatchObject({ id: 'vladimir-putin', country: 'RUS' });
  });
  it('resolves "he" to the speaker of the quote before', () => {
    const doc = analyse('“Our doors remain open,” Vladimir Putin said.\nHe said that talks could start within a month.');
    const q = doc.get('quotes').find((x) => doc.slice(x).includes('talks'))!;
    expect(doc.slice(q.speaker!)).toBe('He');
    expect(q.speakerActor).toMatchObject({ id: 'vladimir-putin' });
  });
  it('gives a speaker who is no known actor a name and no id', () => {
    const doc = analyse('“The river has never been this low,” farmer Tove Lien said.');
    expect(doc.get('quotes')[0].speakerActor).toEqual({ id: null, name: 'Tove Lien', country: null, sector: null });
  });
});

describe('a time phrase between subject and cue', () => {
  it('takes the subject before "on Thursday", and a coordinated cue takes the same speaker', () => {
    const doc = analyse('Kenyan President William Ruto on Thursday pledged new funds for the clinics, and said the government would hire more nurses.');
    expect(quoteWith(doc, 'hire more nurses').speaker).toBe('Kenyan President William Ruto');
  });
  it('never takes a bare object noun as an inverted speaker', () => {
    const doc = analyse('The council on Monday pledged support to the farmers, and said prices would be reviewed.');
    expect(quoteWith(doc, 'prices would be reviewed').speaker).not.toBe('support');
  });
});
