// A material act whose object is a message or an idea (WordNet noun.communication, noun.cognition) is no such act. Sentences written for dyad.
import { describe, expect, it } from 'vitest';
import { buildConfig } from '../config/config.ts';
import { createPipeline } from '../pipeline/pipeline.ts';

const pipeline = createPipeline(buildConfig({}));
const types = (text: string) => pipeline.analyze({ id: 't', text, date: '2024-06-20' }).get('events').map((e) => e.plover);

describe('material acts on messages', () => {
  it('codes no release when what is released is a message', () => {
    expect(types('The White House released the transcript of the call with the Ukrainian president.')).toEqual([]);
    expect(types("NASA's inspector general released two reports on the Mars mission.")).toEqual([]);
    expect(types('Israel released the video of the raid.')).toEqual([]);
    expect(types('The transcript was released by the White House on Friday.')).not.toContain('RETREAT');
  });

  it('codes no assault or release when the object is an idea: a plan, a policy', () => {
    expect(types("The Kenyan opposition attacked the government's plan.")).not.toContain('ASSAULT');
    expect(types('Israel released its plan for Gaza on Monday.')).toEqual([]);
    // an idea word that is also an amount counts its phrase: the act is done to the people it counts
    expect(types('Guinean soldiers tortured scores of Liberian refugees.')).toContain('ASSAULT');
  });

  it('codes no assault when the object is a feeling, a body part or an animal (WordNet noun.feeling, noun.body, noun.animal)', () => {
    expect(types('The Kenyan president fought back tears as he spoke.')).toEqual([]);
    expect(types('A Chinese hunter killed a rabbit near the border.')).toEqual([]);
    expect(types('A Chinese hunter killed and ate a rabbit near the border.')).toEqual([]);
    // a word that is a weapon too ("arms") or that names people stays an object of the act
    expect(types('The Russian army supplied arms to Syrian troops.')).toContain('AID');
    expect(types('Turkish police killed a Syrian man at the border.')).toContain('ASSAULT');
  });

  it('still codes the release of people and acts with a pattern for their object', () => {
    expect(types('Iran released two British sailors on Friday.')).toContain('RETREAT');
    expect(types('Egypt released the prisoners after talks with Israel.')).toContain('RETREAT');
    expect(types('Russian troops attacked the Ukrainian positions.')).toContain('ASSAULT');
  });
});
