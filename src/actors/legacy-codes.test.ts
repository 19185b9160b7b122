import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { legacyCodes } from './legacy-codes.ts';
import { parseRoleLine, roleAt } from './roles.ts';
import { buildDictionary } from './dictionary.ts';

describe('legacy country codes', () => {
  it('turns withdrawn and non-ISO codes into the codes dyad uses', () => {
    expect(parseRoleLine('TMP GOV 2001-01-01..')).toMatchObject({ country: 'TLS', sector: 'GOV', from: '2001-01-01' });
    expect(parseRoleLine('KSV -')).toMatchObject({ country: 'XKX', sector: null });
    expect(parseRoleLine('SUN LEG ..1991-12-25')).toMatchObject({ country: 'RUS', sector: 'LEG' });
    expect(parseRoleLine('ZAR MIL')).toMatchObject({ country: 'COD', sector: 'MIL' });
    expect(parseRoleLine('INT REB')).toMatchObject({ country: 'IMG', sector: 'REB' });
  });

  it('drops a region as a country and reads a sector written as a country', () => {
    expect(parseRoleLine('MEA REB')).toMatchObject({ country: null, sector: 'REB' });
    expect(parseRoleLine('MED -')).toMatchObject({ country: null, sector: 'MED' });
    expect(parseRoleLine('HIN RAD')).toMatchObject({ country: null, sector: 'RAD' });
  });

  it('leaves ISO and PLOVER codes alone, the European Union included', () => {
    expect(parseRoleLine('FRA GOV')).toMatchObject({ country: 'FRA' });
    expect(parseRoleLine('EUR -')).toMatchObject({ country: 'EUR' });
    expect(parseRoleLine('IGO -')).toMatchObject({ country: 'IGO' });
  });

  it('maps a user file written with CAMEO codes as it loads', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dyad-legacy-')), 'mine.yaml');
    writeFileSync(file, '- id: kari-lopes\n  kind: person\n  name: Kari Lopes\n  roles: [TMP GOV 2001-01-01..]\n');
    const d = buildDictionary([file]);
    expect(roleAt(d.entries.get('kari-lopes')!, '2020-01-01')?.country).toBe('TLS');
  });

  it('leaves no legacy code in the derived Phoenix dictionary', () => {
    const codes = legacyCodes();
    const text = readFileSync(new URL('../../data/actors/phoenix.tsv', import.meta.url), 'utf8');
    const left = new Set<string>();
    for (const row of text.split('\n')) {
      const roles = row.split('\t')[4];
      if (!roles || row.startsWith('#') || row.startsWith('kind\t')) continue;
      for (const r of roles.split('; ')) {
        const c = r.split(' ')[0];
        if (codes.has(c) || c === 'EUR') left.add(c);
      }
    }
    expect([...left]).toEqual([]);
  });
});
