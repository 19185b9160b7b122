import { describe, expect, it } from 'vitest';
import { analyse, quoteWith, seen } from './test-helpers.ts';

describe('reported speech', () => {
  it('takes the clause after "said that" and after verbs of saying in the lexicon', () => {
    for (const verb of ['said', 'remarked', 'asserted', 'acknowledged', 'stressed', 'warned']) {
      const doc = analyse(`The harbour master ${verb} that the new pier would open in spring.`);
      expect(quoteWith(doc, 'pier')).toMatchObject({ kind: 'indirect', text: 'that the new pier would open in spring'.replace(/^that /, ''), cue: verb, speaker: 'The harbour master' });
    }
  });
  it('reads "told reporters that", with reporters as the addressee', () => {
    const doc = analyse('Mayor Ilse Brandt told reporters that the tunnel would stay closed.');
    expect(quoteWith(doc, 'tunnel')).toMatchObject({ text: 'the tunnel would stay closed', cue: 'told', speaker: 'Mayor Ilse Brandt', addressee: 'reporters' });
  });
  it('reads content before the frame: "…, X said." and "…, said X."', () => {
    const doc = analyse('The talks will resume in March, the foreign minister said.');
    expect(quoteWith(doc, 'talks')).toMatchObject({ text: 'The talks will resume in March', speaker: 'the foreign minister', cue: 'said' });
    const inv = analyse('The vote was delayed by a week, said Senator Paulo Reis.');
    expect(quoteWith(inv, 'vote')).toMatchObject({ text: 'The vote was delayed by a week', speaker: 'Senator Paulo Reis' });
  });
  it('reads "according to X" on either side', () => {
    const a = analyse('According to the port authority, the cranes were idle for two days.');
    expect(quoteWith(a, 'cranes')).toMatchObject({ text: 'the cranes were idle for two days', speaker: 'the port authority', cue: 'According to' });
    const b = analyse('The cranes were idle for two days, according to the port authority.');
    expect(quoteWith(b, 'cranes')).toMatchObject({ text: 'The cranes were idle for two days', speaker: 'the port authority' });
  });
  it('reads "X described it as …"', () => {
    const doc = analyse('Governor Ana Lund described it as a turning point for the region.');
    expect(quoteWith(doc, 'turning point')).toMatchObject({ kind: 'indirect', cue: 'described', speaker: 'Governor Ana Lund' });
  });
  it('reads "in a statement, X said" and "was quoted as saying"', () => {
    const doc = analyse('In a statement, the ministry said that the border would reopen on Monday.');
    expect(quoteWith(doc, 'border')).toMatchObject({ text: 'the border would reopen on Monday', speaker: 'the ministry' });
    const q = analyse('The envoy was quoted as saying the ceasefire would hold.');
    expect(quoteWith(q, 'ceasefire')).toMatchObject({ speaker: 'The envoy', cue: 'quoted as saying' });
  });
  it('reads a communication noun with its owner: "X\'s remarks that …"', () => {
    const doc = analyse('Governor Ana Lund’s remarks that the budget would be cut angered the unions.');
    expect(quoteWith(doc, 'budget')).toMatchObject({ cue: 'remarks', speaker: 'Governor Ana Lund' });
  });
  it('splits two cues of one speaker: "…, adding that …" and "… and stressed …"', () => {
    const doc = analyse('The mayor said the budget was tight, adding that no jobs would be cut.');
    expect(quoteWith(doc, 'budget')).toMatchObject({ text: 'the budget was tight', speaker: 'The mayor' });
    expect(quoteWith(doc, 'no jobs')).toMatchObject({ cue: 'adding', speaker: 'The mayor' });
  });
  it('leaves a gerund or an infinitive of a cue verb alone', () => {
    expect(seen(analyse('The council stressed the necessity of maintaining the old bridge.'))).toHaveLength(1);
    expect(seen(analyse('The spokesman declined to say whether the plant would close.'))).toEqual([]);
  });
  it('makes reported speech with a quoted fragment mixed', () => {
    const doc = analyse('The minister said that the deal was “a good start” for both sides.');
    expect(quoteWith(doc, 'good start')).toMatchObject({ kind: 'mixed', speaker: 'The minister' });
  });
});
