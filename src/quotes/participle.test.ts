import { describe, expect, it } from 'vitest';
import { analyse, quoteWith, seen } from './test-helpers.ts';

describe('statements in a participle clause', () => {
  it('reads ", citing …" after a direct quote, spoken by its speaker', () => {
    const doc = analyse('"The port is failing," Lund said, citing the closure of two docks.');
    expect(quoteWith(doc, 'closure')).toMatchObject({ kind: 'indirect', text: 'the closure of two docks', cue: 'citing', speaker: 'Lund' });
  });
  it('reads ", referring to …" with the object of its preposition as content', () => {
    const doc = analyse('"We need a vote," Berg said, referring to the stalled budget.');
    expect(quoteWith(doc, 'budget')).toMatchObject({ text: 'the stalled budget', cue: 'referring', speaker: 'Berg' });
  });
  it('reads ", promising to …" after a reported statement', () => {
    const doc = analyse('Governor Tom Reed said the bridge would open in May, promising to cut tolls.');
    expect(quoteWith(doc, 'bridge')).toMatchObject({ text: 'the bridge would open in May', cue: 'said' });
    expect(quoteWith(doc, 'tolls')).toMatchObject({ text: 'to cut tolls', cue: 'promising', speaker: 'Governor Tom Reed' });
  });
  it('takes the subject of the predicate it hangs on when no frame comes before', () => {
    const doc = analyse('Ana Lund praised the port workers, citing their long shifts in the storm.');
    expect(quoteWith(doc, 'shifts')).toMatchObject({ cue: 'citing', speaker: 'Ana Lund' });
    const talk = analyse('Mayor Ilse Brandt opened the fair on Sunday, speaking of the long war.');
    expect(quoteWith(talk, 'war')).toMatchObject({ text: 'the long war', cue: 'speaking', speaker: 'Mayor Ilse Brandt' });
  });
  it('reads a topic verb in any form with its prepositional object, spoken by its subject', () => {
    const doc = analyse('The mayor spoke of a new era for the harbour.');
    expect(quoteWith(doc, 'era')).toMatchObject({ cue: 'spoke', speaker: 'The mayor' });
    expect(seen(analyse('The crowd talked to the guards.'))).toEqual([]);
  });
  it('reports nothing for a participle that is no speech or hands something over', () => {
    expect(seen(analyse('The minister visited the camp, pledging support to the rebels.'))).toEqual([]);
    expect(seen(analyse('Lund left the hall, laughing at the crowd.'))).toEqual([]);
    expect(seen(analyse('The convoy crossed the river, carrying food to the villages.'))).toEqual([]);
  });
});
