import { describe, expect, it } from 'vitest';
import { sameSide } from './sides.ts';

const side = (actorId: string | null, country: string | null, sector: string | null, name?: string) => ({ actorId, country, sector, name });

describe('sameSide', () => {
  it('is one side for one actor, by id or, without ids, by name', () => {
    expect(sameSide(side('vladimir-putin', 'RUS', 'GOV'), side('vladimir-putin', 'RUS', 'GOV'))).toBe(true);
    expect(sameSide(side(null, 'SRB', 'GOV', 'Vojislav Kostunica'), side(null, 'SRB', 'GOV', 'Vojislav Kostunica'))).toBe(true);
  });
  it('is one side for a state and its government, leader or capital', () => {
    expect(sameSide(side('vladimir-putin', 'RUS', 'GOV'), side('RUS', 'RUS', null))).toBe(true);
    expect(sameSide(side('RUS', 'RUS', 'GOV'), side('RUS', 'RUS', null))).toBe(true);
  });
  it('is two sides for different actors of one country that are not the state itself', () => {
    expect(sameSide(side('vladimir-putin', 'RUS', 'GOV'), side('sergei-shoigu', 'RUS', 'GOV'))).toBe(false);
    expect(sameSide(side(null, 'KEN', 'COP'), side(null, 'KEN', 'OPP'))).toBe(false);
    expect(sameSide(side('KEN', 'KEN', null), side(null, 'KEN', 'OPP'))).toBe(false);
    expect(sameSide(side('TUR', 'TUR', null), side('istanbul', 'TUR', null))).toBe(true);
  });
});
