// The GDELT geography blocks on sentences written for the test: the action's place from a spatial
// phrase naming a capital or a state, the actors' countries at country level.
import { describe, expect, it } from 'vitest';
import { actionGeo, actorGeo } from './gdelt-geo.ts';

const cols = ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'];
const named = (g: unknown[]) => Object.fromEntries(g.map((v, i) => [cols[i], v]));

describe('action geography', () => {
  it('is a capital named after a spatial preposition, with its coordinates', () => {
    const g = named(actionGeo('The two ministers signed a grain accord in Kabul on Tuesday.'));
    expect(g).toMatchObject({ Type: 4, FullName: 'Kabul, Afghanistan', CountryCode: 'AF', ADM1Code: 'AF', FeatureID: null });
    expect(g.Lat as number).toBeCloseTo(34.52, 1);
    expect(g.Long as number).toBeCloseTo(69.2, 1);
  });

  it('is a state at country level when the phrase names a state, even a longer form or a sentence-initial one', () => {
    expect(named(actionGeo('Troops clashed with protesters near the Russian Federation border.'))).toMatchObject({ Type: 1, FullName: 'Russia', CountryCode: 'RU', FeatureID: 'RU', Lat: null });
    expect(named(actionGeo('At Germany\'s request, the talks moved.')).Type).toBeNull();
    expect(named(actionGeo('In Peru, farmers blocked the main road.'))).toMatchObject({ Type: 1, CountryCode: 'PE' });
  });

  it('gives a US capital the US city type', () => {
    expect(named(actionGeo('The envoy met senators in Washington.'))).toMatchObject({ Type: 3, FullName: 'Washington, United States', CountryCode: 'US' });
  });

  it('is empty when no place follows a spatial preposition: a place as a party is not where it happened', () => {
    expect(actionGeo('Egypt thanked Qatar for its mediation.').every((v) => v === null)).toBe(true);
    expect(actionGeo('The minister flew to Tokyo.').every((v) => v === null)).toBe(true);
    expect(actionGeo('She worked in Parisian fashion houses.').every((v) => v === null)).toBe(true);
    expect(actionGeo(null).every((v) => v === null)).toBe(true);
  });
});

describe('actor geography', () => {
  it('is the actor\'s country at country level; a body that is no state has none', () => {
    expect(named(actorGeo('KEN'))).toMatchObject({ Type: 1, FullName: 'Kenya', CountryCode: 'KE', ADM1Code: 'KE', FeatureID: 'KE' });
    expect(actorGeo('IGO').every((v) => v === null)).toBe(true);
    expect(actorGeo(null).every((v) => v === null)).toBe(true);
  });
});
