// A verb of speech (WordNet verb.communication) done to a message or an idea is CAMEO 111, criticise
// or denounce; done to people or places it stays an assault. Sentences written for dyad.
import { describe, expect, it } from 'vitest';
import { buildConfig } from '../config/config.ts';
import { createPipeline } from '../pipeline/pipeline.ts';

const pipeline = createPipeline(buildConfig({}));
const codes = (text: string) => pipeline.analyze({ id: 't', text, date: '2024-06-20' }).get('events').map((e) => `${e.plover} ${e.cameo}`);

describe('verbal attacks', () => {
  it('codes an attack on a plan, a proposal or policies as criticism (111)', () => {
    expect(codes('A British senator attacked the plan.')).toEqual(['ACCUSE 111']);
    expect(codes('The French president assailed the German proposal on Monday.')).toEqual(['ACCUSE 111']);
  });

  it('reads the object of the verb under a pattern that names only a preposition (190 @attack * on +)', () => {
    expect(codes("In the debate, the British and French leaders attacked each other's policies on trade.")).toEqual(['ACCUSE 111']);
    expect(codes('Syrian troops attacked the rebel positions on the hill.')).toEqual(['ASSAULT 190']);
  });

  it('keeps an attack on people or places an assault (190)', () => {
    expect(codes('Sudanese rebels attacked the army convoy.')).toEqual(['ASSAULT 190']);
    expect(codes('Russian troops attacked the Ukrainian positions.')).toEqual(['ASSAULT 190']);
  });

  it('codes nothing for a verb with no sense of speech done to a feeling', () => {
    expect(codes('The Kenyan president fought back tears as he spoke.')).toEqual([]);
  });
});
