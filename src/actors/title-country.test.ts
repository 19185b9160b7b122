import { describe, expect, it } from 'vitest';
import { analyse, ent } from './test-helpers.ts';

// Sentences written for these tests; the people are invented.
const person = (text: string, name = 'Dana Weiss') => ent(analyse(`News\n\n${text}`, '2016-03-01'), name).actor;

describe('countries carried by a title of lower-case words', () => {
  it('reads a party or a country before a title no agent word ends', () => {
    expect(person('Republican presidential candidate Dana Weiss spoke on Monday.')).toMatchObject({ country: 'USA', sector: 'PTY' });
    expect(person('Democratic strategist Dana Weiss spoke on Monday.')).toMatchObject({ country: 'USA', sector: 'PTY' });
    expect(person('Turkish parliament speaker Dana Weiss spoke on Monday.')).toMatchObject({ country: 'TUR', sector: 'LEG' });
  });

  it('does not read a verb between a country and a name as a title', () => {
    expect(person('Iraqi forces attacked Dana Weiss on Monday.')?.country ?? null).toBeNull();
  });

  it('reads an appositive with a country or a party and a noun', () => {
    expect(person('Dana Weiss, a former Iraqi diplomat, spoke on Monday.')).toMatchObject({ country: 'IRQ' });
    expect(person('Dana Weiss, a Republican strategist, spoke on Monday.')).toMatchObject({ country: 'USA', sector: 'PTY' });
    expect(person('Dana Weiss, a Kenyan farmer, spoke on Monday.')).toMatchObject({ country: 'KEN' });
    expect(person('Dana Weiss, a Kenyan bakery owner, spoke on Monday.')).toMatchObject({ country: 'KEN' });
  });

  it('reads the party letter and state after a legislator', () => {
    expect(person('Sen. Dana Weiss (R-Texas) spoke on Monday.')).toMatchObject({ country: 'USA', sector: 'LEG' });
    expect(person('Rep. Dana Weiss, D-Calif., spoke on Monday.')).toMatchObject({ country: 'USA', sector: 'LEG' });
    expect(person('Dana Weiss (R-Bavaria) spoke on Monday.')?.country ?? null).toBeNull();
  });
});
