// A noun that names an act (data/verbs/event-nouns.txt, from WordNet) takes its verb's patterns when it
// has a party of its own and is a clause's argument: sentences written for dyad.
import { describe, expect, it } from 'vitest';
import { buildConfig } from '../config/config.ts';
import { createPipeline } from '../pipeline/pipeline.ts';
import { loadVerbs } from './load.ts';

const pipeline = createPipeline(buildConfig({}));
const coded = (text: string) =>
  pipeline.analyze({ id: 't', text, date: '2024-06-20' }).get('events').filter((e) => !e.negated).map((e) => `${e.plover} ${text.slice(e.trigger.start, e.trigger.end)}`);

describe('eventive nouns coded through their verb', () => {
  it('loads the derived list: act and message nouns, not units or burning', () => {
    const nouns = loadVerbs().eventNouns!;
    for (const w of ['attack', 'riot', 'visit', 'demand', 'protest']) expect(nouns.has(w)).toBe(true);
    for (const w of ['force', 'fire']) expect(nouns.has(w)).toBe(false);
  });

  it('a riot against a government is a protest', () => {
    expect(coded('Student riots against the Serbian government continued on Monday.')).toEqual(['PROTEST riots']);
  });

  it('a noun with only a possessor, a buried modifier or a date does not fire', () => {
    expect(coded('The rebel group’s finances are in order.')).toEqual([]);
    expect(coded('Reports documented atrocities during the fight against Serb forces.')).toEqual([]);
    expect(coded('Germany placed its order on Monday for forty Airbus jets.')).toEqual([]);
  });
});
