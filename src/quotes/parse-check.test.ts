import { describe, expect, it } from 'vitest';
import { analyse, quoteWith, seen } from './test-helpers.ts';

// Constructions the parse decides (sentences written for these tests).

describe('quotes on the parse: who speaks', () => {
  it('a participle clause ", saying …" is spoken by the subject of the clause it hangs on', () => {
    const doc = analyse('The harbour master closed the north pier on Friday, saying the storm had cracked its deck.');
    expect(quoteWith(doc, 'storm')).toMatchObject({ kind: 'indirect', cue: 'saying', speaker: 'The harbour master', text: 'the storm had cracked its deck' });
  });
  it('a second conjunct takes the first one\'s subject, not the object between', () => {
    const doc = analyse('Governor Ana Lund met farmers and the families of the flood victims and said the levees would be rebuilt.');
    expect(quoteWith(doc, 'levees')).toMatchObject({ cue: 'said', speaker: 'Governor Ana Lund' });
  });
  it('an apposition between speaker and verb is skipped', () => {
    const doc = analyse('Karl Weber, a spokesman for the transport ministry, said the tunnel would reopen in June.');
    expect(quoteWith(doc, 'tunnel')).toMatchObject({ speaker: 'Karl Weber', cue: 'said', text: 'the tunnel would reopen in June' });
  });
  it('inverted order: "…, said X"', () => {
    const doc = analyse('The ferry fares will rise in autumn, said Councillor Mira Sood.');
    expect(quoteWith(doc, 'ferry')).toMatchObject({ speaker: 'Councillor Mira Sood', text: 'The ferry fares will rise in autumn' });
  });
  it('a pronoun takes the agent of its gender in subject position, not the last man named', () => {
    const doc = analyse('Premier Jonas Vikstrom met Chancellor Peter Strandberg in Oslo on Monday. He said the fishing treaty was fair to both sides.');
    expect(quoteWith(doc, 'treaty')).toMatchObject({ speaker: 'He', actor: 'Jonas Vikstrom' });
  });
  it('a count of people is a speaker: "six in 10 say", "roughly 4,000 said"', () => {
    const n = analyse('Roughly 4,000 said the flooding would end by the weekend.');
    expect(quoteWith(n, 'flooding').speaker).toContain('4,000');
    const m = analyse('In the survey, six in 10 say the ferry should stay public.');
    expect(quoteWith(m, 'ferry').speaker).not.toBeNull();
  });
  it('officials, aides and experts are agents', () => {
    for (const who of ['Port officials', 'His aides', 'Independent experts']) {
      const doc = analyse(`${who} said the cranes would be replaced next year.`);
      expect(quoteWith(doc, 'cranes')).toMatchObject({ speaker: who });
    }
  });
});

describe('quotes on the parse: what is reported', () => {
  it('a noun phrase is the content of a statement verb', () => {
    const a = analyse('Prime Minister Anna Berg announced her resignation on Tuesday.');
    expect(quoteWith(a, 'resignation')).toMatchObject({ kind: 'indirect', cue: 'announced', speaker: 'Prime Minister Anna Berg' });
    const b = analyse('The European Union expressed concern over the arrests of two reporters.');
    expect(quoteWith(b, 'concern over the arrests')).toMatchObject({ cue: 'expressed', speaker: 'The European Union' });
  });
  it('two statements in two sentences stay two quotes', () => {
    const doc = analyse('The mayor said the bridge would open in May. The governor said the bridge would not open before autumn.');
    const qs = seen(doc).filter((q) => q.text.includes('bridge'));
    expect(qs.map((q) => q.speaker)).toEqual(['The mayor', 'The governor']);
  });
  it('a quotation split by its frame and continued in the next sentence is one quote', () => {
    const doc = analyse('“The pier is safe,” the harbour master said, “and it will stay open. We checked every beam.”');
    const qs = seen(doc).filter((q) => q.kind === 'direct');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ speaker: 'the harbour master', cue: 'said' });
    expect(qs[0].text).toContain('every beam');
  });
});

describe('quotes on the parse: spurious cues stay silent', () => {
  it('"pledged support to X" is an act, not a statement', () => {
    const doc = analyse('Moscow pledged support to the government in its fight against the rebels.');
    expect(seen(doc)).toEqual([]);
  });
  it('"was accused of supplying" reports nothing, and its subject is no speaker', () => {
    const doc = analyse('The trading firm was accused of supplying rifles to the rebel groups.');
    expect(seen(doc)).toEqual([]);
  });
  it('a promise with its content still reports: "vowed to fight"', () => {
    const doc = analyse('Senator Paulo Reis vowed to fight the closure of the shipyard.');
    expect(quoteWith(doc, 'closure')).toMatchObject({ cue: 'vowed', speaker: 'Senator Paulo Reis' });
  });
});
