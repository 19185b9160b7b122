// Leaving a treaty reduces relations (CAMEO 161); pulling troops out of a place stays a withdrawal.
// Sentences written for dyad.
import { describe, expect, it } from 'vitest';
import { buildConfig } from '../config/config.ts';
import { createPipeline } from '../pipeline/pipeline.ts';

const pipeline = createPipeline(buildConfig({}));
const codes = (text: string) => pipeline.analyze({ id: 't', text, date: '2024-06-20' }).get('events').map((e) => e.cameo);

describe('leaving a treaty', () => {
  it('codes pulling out of or withdrawing from a treaty or agreement as 161', () => {
    expect(codes('The United States is pulling out of the missile treaty with Russia.')).toEqual(['161']);
    expect(codes('Iran withdrew from the nuclear agreement with the European Union.')).toEqual(['161']);
  });

  it('keeps pulling out of a place a retreat', () => {
    expect(codes('Russian troops pulled out of the Ukrainian town of Kherson.')).toEqual(['080']);
  });
});
