// An exchange of prisoners or hostages is their release (CAMEO 0841), an exchange of goods is trade
// (061). Sentences written for dyad.
import { describe, expect, it } from 'vitest';
import { buildConfig } from '../config/config.ts';
import { createPipeline } from '../pipeline/pipeline.ts';

const pipeline = createPipeline(buildConfig({}));
const codes = (text: string) => pipeline.analyze({ id: 't', text, date: '2024-06-20' }).get('events').map((e) => e.cameo);

describe('exchanges of captives', () => {
  it('codes a swap or exchange of prisoners, hostages or detainees as their release (0841)', () => {
    expect(codes('Russia and Ukraine swapped 90 prisoners of war on Sunday.')).toEqual(['0841']);
    expect(codes('Iran exchanged two French detainees for an Iranian diplomat held in Belgium.')).toEqual(['0841']);
  });

  it('keeps a swap of goods economic cooperation (061)', () => {
    expect(codes('India and Russia swapped oil for weapons.')).toEqual(['061']);
  });
});
