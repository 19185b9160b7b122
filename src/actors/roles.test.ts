import { describe, expect, it } from 'vitest';
import { analyse, ent } from './test-helpers.ts';
import { actorRef, isIsoDay, parseRoleLine, roleAt } from './roles.ts';
import type { ActorEntry } from './types.ts';

const entry = (roles: string[]): ActorEntry => ({ id: 'x', name: 'X', kind: 'person', type: 'PERSON', gender: null, plural: false, source: 't', roles: roles.map((r) => parseRoleLine(r) as never) });

describe('date-bounded roles', () => {
  it('parses a role line and rejects bad ones', () => {
    expect(parseRoleLine('RUS GOV prime minister 2008-05-08..2012-05-07')).toEqual({ country: 'RUS', sector: 'GOV', title: 'prime minister', from: '2008-05-08', to: '2012-05-07' });
    expect(parseRoleLine('- REB')).toMatchObject({ country: null, sector: 'REB', from: null, to: null });
    expect(parseRoleLine('Russia GOV')).toMatch(/not a three-letter/);
    expect(parseRoleLine('RUS GOV 2012-02-30..')).toMatch(/not an ISO day/);
    expect(parseRoleLine('RUS GOV 2012-01-01..2011-01-01')).toMatch(/not before it ends/);
    expect(isIsoDay('2024-02-29')).toBe(true);
    expect(isIsoDay('2023-02-29')).toBe(false);
  });

  it('picks the role that covers the day, ends exclusive, else the fallback', () => {
    const e = entry(['AFG REB 2001-11-13..2021-08-15', 'AFG GOV 2021-08-15..', 'AFG REB']);
    expect(roleAt(e, '2021-08-14')?.sector).toBe('REB');
    expect(roleAt(e, '2021-08-15')?.sector).toBe('GOV');
    expect(roleAt(e, '1990-01-01')?.sector).toBe('REB');
  });

  it('keeps the last country of a person whose dated roles have all ended, with no sector', () => {
    const e = entry(['GHA GOV foreign minister 2009-02-01..2013-01-07', 'GHA LEG 2013-01-07..2017-01-07']);
    expect(actorRef(e, '2020-05-01')).toMatchObject({ country: 'GHA', sector: null });
    expect(actorRef(e, '2010-05-01')).toMatchObject({ country: 'GHA', sector: 'GOV' });
    expect(actorRef(e, '2000-05-01')).toMatchObject({ country: null, sector: null });
  });

  it('gives the same name two roles on two dates', () => {
    const text = 'Talks\n\nThe Taliban said Donald Trump would be welcome.';
    const before = analyse(text, '2019-06-01');
    const after = analyse(text, '2022-06-01');
    expect(ent(before, 'Taliban').actor).toMatchObject({ country: 'AFG', sector: 'REB' });
    expect(ent(after, 'Taliban').actor).toMatchObject({ country: 'AFG', sector: 'GOV' });
    expect(ent(before, 'Donald Trump').actor?.sector).toBe('GOV');
    expect(ent(after, 'Donald Trump').actor?.sector).toBe('ELI');
  });

  it('falls back to the article date, then to today', () => {
    const text = 'Talks\n\nDenys Shmyhal met the press.';
    const doc = analyse(text, null);
    expect(doc.effectiveDate()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(ent(analyse(text, '2024-01-10'), 'Denys Shmyhal').actor?.sector).toBe('GOV');
  });
});
