// A verb pattern's later words must hang on its trigger in the parse: sentences written for dyad.
import { describe, expect, it } from 'vitest';
import { buildConfig } from '../config/config.ts';
import { createPipeline } from '../pipeline/pipeline.ts';
import type { Dep } from '../doc/types.ts';
import { linksTo, objectOf } from './pattern-link.ts';

const pipeline = createPipeline(buildConfig({}));
const triggers = (text: string) => {
  const doc = pipeline.analyze({ id: 't', text, date: '2024-06-20' });
  return doc.get('events').map((e) => `${e.cameo} ${text.slice(e.trigger.start, e.trigger.end)}`);
};

describe('pattern words linked to their trigger', () => {
  it('a word after a preposition must be that preposition’s object', () => {
    // "call for &fight" (138) is a call to arms; an end to the fighting is not one
    const t = triggers('Germany called on Friday for an end to the fighting.');
    expect(t.some((x) => x.startsWith('138'))).toBe(false);
    expect(triggers('Hamas called for fighting in the streets.')).toEqual(['138 called for fighting']);
  });

  it('a pattern word in another clause does not join the trigger', () => {
    // "welcome to" (043): "to" belongs to the main verb "took", not to the relative clause's "welcome"
    const t = triggers('The delegation that Paris wanted to welcome took a bus to the airport.');
    expect(t.filter((x) => x.includes('welcome took'))).toEqual([]);
  });

  it('a preposition inside a proper name is the name’s, not the pattern’s', () => {
    // "head for" (042) is travel; the "for" of a body's name is not it
    expect(triggers('Ana Ruiz heads the Council for Mexican Exports.')).toEqual([]);
    expect(triggers('The Iraqi prime minister headed for Tehran on Sunday.')).toEqual(['042 headed for']);
  });

  it('the trigger’s own object and oblique still match', () => {
    expect(triggers('The United Nations called for sanctions against North Korea.')).toEqual(['100 called for sanctions']);
  });
});

describe('linksTo and objectOf on a hand-made tree', () => {
  // 0 returned 1 the 2 territory 3 to 4 China ; 5 and 6 left
  const deps: Dep[] = [
    { head: -1, rel: 'root', upos: 'VERB' },
    { head: 2, rel: 'det', upos: 'DET' },
    { head: 0, rel: 'obj', upos: 'NOUN' },
    { head: 4, rel: 'case', upos: 'ADP' },
    { head: 0, rel: 'obl', upos: 'PROPN' },
    { head: 6, rel: 'cc', upos: 'CCONJ' },
    { head: 0, rel: 'conj', upos: 'VERB' },
  ];
  it('follows arguments and obliques, stops at a conjunct', () => {
    expect(linksTo(deps, 0, 1, 3, 4)).toBe(true);
    expect(linksTo(deps, 0, 1, 2, 3)).toBe(true);
    expect(linksTo(deps, 0, 1, 6, 7)).toBe(false);
    expect(linksTo(deps, 0, 1, 5, 6)).toBe(false);
  });
  it('knows a preposition’s object', () => {
    expect(objectOf(deps, 3, 4, 5)).toBe(true);
    expect(objectOf(deps, 3, 2, 3)).toBe(false);
  });
});
