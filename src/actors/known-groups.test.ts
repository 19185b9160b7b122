import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cameoActorCode, knownGroup, knownGroups } from './known-groups.ts';

const ids = (file: string) => new Set(readFileSync(new URL(`../../data/actors/${file}`, import.meta.url), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).slice(1).map((l) => l.split('\t')[0]));

describe('CAMEO known groups', () => {
  it('names only actors the bundled dictionaries have', () => {
    const known = new Set([...ids('igos.tsv'), ...ids('groups.tsv')]);
    for (const id of knownGroups().keys()) expect(known.has(id), id).toBe(true);
  });

  it('gives a body its own code, a UN body without one the UN\'s, others none', () => {
    expect(knownGroup({ key: 'imf', country: 'IGO' })).toBe('IMF');
    expect(knownGroup({ key: 'unep', country: 'UNO' })).toBe('UNO');
    expect(knownGroup({ key: 'taliban', country: 'AFG' })).toBeNull();
    expect(knownGroup({ key: 'RUSGOV', country: 'RUS' })).toBeNull();
  });

  it('composes actor codes as Phoenix does: country, sector, group', () => {
    expect(cameoActorCode({ key: 'eu', country: 'IGO', sector: null })).toBe('IGOEEC');
    expect(cameoActorCode({ key: 'imf', country: 'IGO', sector: null })).toBe('IGOIMF');
    expect(cameoActorCode({ key: 'who', country: 'UNO', sector: null })).toBe('IGOUNOWHO');
    expect(cameoActorCode({ key: 'un', country: 'UNO', sector: null })).toBe('IGOUNO');
    expect(cameoActorCode({ key: 'icc', country: 'IGO', sector: 'JUD' })).toBe('IGOJUDICC');
    expect(cameoActorCode({ key: 'hamas', country: 'PSE', sector: 'REB' })).toBe('PSEREBHMS');
    expect(cameoActorCode({ key: 'vladimir-putin', country: 'RUS', sector: 'GOV' })).toBe('RUSGOV');
    expect(cameoActorCode({ key: '~someone', country: null, sector: null })).toBeNull();
  });
});
