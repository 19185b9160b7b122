// Which sides make an act a political event (PLOVER's countries, non-state entities and sectors), on
// actor values and on sentences written for dyad through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { buildConfig } from '../config/config.ts';
import { createPipeline } from '../pipeline/pipeline.ts';
import { isPolitical } from './political.ts';

const side = (country: string | null, sector: string | null, actorId: string | null = null, type?: string) => ({ country, sector, actorId, type });

describe('isPolitical', () => {
  it('takes states, international bodies and the political sectors', () => {
    expect(isPolitical(side('CHN', null, 'CHN'), false)).toBe(true);
    expect(isPolitical(side('UNO', null, 'un'), false)).toBe(true);
    expect(isPolitical(side(null, 'REB'), false)).toBe(true);
    expect(isPolitical(side('EGY', 'CVL'), false)).toBe(true);
    expect(isPolitical(side('EGY', 'MED'), false)).toBe(true); // a state's journalists
  });

  it('leaves out companies, outlets without a country, and people known only by the story\'s country', () => {
    expect(isPolitical(side('MNC', null, 'acme'), false)).toBe(false);
    expect(isPolitical(side('USA', 'BUS'), false)).toBe(false);
    expect(isPolitical(side(null, 'MED', 'daily-planet'), false)).toBe(false);
    expect(isPolitical(side('USA', null, null, 'PERSON'), false)).toBe(false);
  });

  it('lets a city stand for its state only in material conflict', () => {
    const city = side('USA', null, 'springfield', 'LOC');
    expect(isPolitical(city, false)).toBe(false);
    expect(isPolitical(city, true)).toBe(true);
  });
});

describe('events need a political side', () => {
  const pipeline = createPipeline(buildConfig({}));
  const types = (text: string) => pipeline.analyze({ id: 't', text, date: '2024-06-20' }).get('events').map((e) => e.plover);

  it('codes no act between companies or of a city named alone', () => {
    expect(types('Google offered free storage to students.')).toEqual([]);
    expect(types('Samsung criticised Apple over the patent ruling.')).toEqual([]);
    expect(types('Cleveland honored its veterans on Sunday.')).toEqual([]);
  });

  it('keeps acts with a state, its sectors or its civil society on one side', () => {
    expect(types('Google accused the European Commission of bias.')).toEqual(['ACCUSE']);
    expect(types('Egyptian journalists protested outside the courthouse.')).toEqual(['PROTEST']);
    expect(types('Indian farmers blocked the highway.')).toEqual(['PROTEST']);
  });
});
