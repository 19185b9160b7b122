// A visit needs a host other than the visitor's own country (PLOVER CONSULT: the recipient hosts).
// Sentences written for dyad.
import { describe, expect, it } from 'vitest';
import { buildConfig } from '../config/config.ts';
import { createPipeline } from '../pipeline/pipeline.ts';
import { visitsOwnCountry } from './own-visit.ts';

const pipeline = createPipeline(buildConfig({}));
const codes = (text: string) => pipeline.analyze({ id: 't', text, date: '2024-06-20' }).get('events').map((e) => `${e.plover} ${e.cameo}`);
const side = (country: string, sector: string | null = null) => ({ start: 0, end: 1, country, sector, actorId: null });

describe('visits to one\'s own country', () => {
  it('codes no visit to a place of the visitor\'s own country', () => {
    expect(codes('An American senator visited the U.S. border near El Paso on Friday.')).toEqual([]);
    expect(codes('The French president visited the French city of Lyon.')).toEqual([]);
  });

  it('keeps a visit to another country', () => {
    expect(codes('The American president visited Mexico on Friday.')).toEqual(['CONSULT 042']);
    expect(codes('The Chinese foreign minister visited India last week.')).toEqual(['CONSULT 042']);
  });

  it('keeps a visit hosted by a body of the same country, and other acts to one\'s own country', () => {
    expect(visitsOwnCountry('042', [side('USA', 'GOV')], [side('USA', 'LEG')])).toBe(false);
    expect(visitsOwnCountry('042', [side('USA', 'GOV')], [side('USA')])).toBe(true);
    expect(visitsOwnCountry('190', [side('USA', 'GOV')], [side('USA')])).toBe(false);
  });
});
