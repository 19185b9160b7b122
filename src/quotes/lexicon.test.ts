import { describe, expect, it } from 'vitest';
import { buildLexicon, inflect, loadLexicon } from './lexicon.ts';

describe('cue lexicon', () => {
  it('inflects regular verbs of saying', () => {
    expect(inflect('say').sort()).toEqual(['say', 'sayed', 'saying', 'says'].sort());
    expect(inflect('note')).toEqual(expect.arrayContaining(['notes', 'noted', 'noting']));
    expect(inflect('deny')).toEqual(expect.arrayContaining(['denies', 'denied', 'denying']));
    expect(inflect('stress')).toEqual(expect.arrayContaining(['stresses', 'stressed']));
  });
  it('maps irregular forms and describe verbs to their lemma', () => {
    const lex = loadLexicon();
    expect(lex.speech.get('said')).toBe('say');
    expect(lex.speech.get('told')).toBe('tell');
    expect(lex.speech.get('described')).toBe('describe');
    expect(lex.addressee.has('tell')).toBe(true);
    expect(lex.nearQuote.has('continued')).toBe(true);
  });
  it('rejects a lexicon that breaks the schema', () => {
    expect(() => buildLexicon({ version: '1', speech: 'say' })).toThrow(/speech/);
    expect(() => buildLexicon({ ...JSON.parse(JSON.stringify(rawOk())), phrases: [{ words: ['x'], kind: 'odd' }] })).toThrow(/phrases/);
  });
});

function rawOk() {
  return { version: '1', speech: ['say'], nearQuoteOnly: [], addressee: [], addresseeOnlyWhenNamed: [], describe: [], evaluative: [], irregular: {}, particles: {}, nouns: [], phrases: [], reporters: [], commissive: [], agentNouns: [], prepositional: {} };
}
