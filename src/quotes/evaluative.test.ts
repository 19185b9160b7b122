import { describe, expect, it } from 'vitest';
import { loadLexicon } from './lexicon.ts';
import { analyse, quoteWith, seen } from './test-helpers.ts';

// Verbs of praise and blame (data/cues/cues.json `evaluative`, derived from WordNet 3.1): their object
// is what the speaker says something about. Sentences written for these tests.

describe('evaluative speech verbs', () => {
  it('come from WordNet\'s praise and criticize trees, without the physical "attack" and "slam"', () => {
    const lex = loadLexicon();
    for (const w of ['praise', 'criticize', 'condemn', 'denounce', 'commend', 'castigate']) expect(lex.evaluative.has(w)).toBe(true);
    for (const w of ['attack', 'slam', 'hit', 'say']) expect(lex.evaluative.has(w)).toBe(false);
    expect(lex.speech.get('condemned')).toBe('condemn');
  });
  it('report their object, with the subject as speaker', () => {
    const a = analyse('The dockers union praised the new safety rules for crane drivers.');
    expect(quoteWith(a, 'safety rules')).toMatchObject({ kind: 'indirect', cue: 'praised', speaker: 'The dockers union', text: 'the new safety rules for crane drivers' });
    const b = analyse('Senator Ola Lind has criticized the budget office for its late forecasts.');
    expect(quoteWith(b, 'budget office')).toMatchObject({ cue: 'criticized', speaker: 'Senator Ola Lind' });
    const c = analyse('Mayor Lena Brandt condemned the arson at the ferry terminal.');
    expect(quoteWith(c, 'arson')).toMatchObject({ cue: 'condemned', speaker: 'Mayor Lena Brandt' });
  });
  it('a physical attack reports nothing', () => {
    const doc = analyse('Rebels attacked the ferry terminal on Sunday and burned two trucks.');
    expect(seen(doc)).toEqual([]);
  });
});
