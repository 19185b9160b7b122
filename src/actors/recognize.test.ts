import { describe, expect, it } from 'vitest';
import { analyse, ent, ents } from './test-helpers.ts';

const HEAD = 'Talks in the capital\n\n';

describe('recognition', () => {
  it('gives an unseen person a role and country from a title before the name', () => {
    const doc = analyse(`${HEAD}Kenyan President Amani Wekesa opened the new port on Tuesday.`);
    const e = ent(doc, 'Amani Wekesa');
    expect(e.type).toBe('PERSON');
    expect(e.actor).toMatchObject({ id: null, name: 'Amani Wekesa', country: 'KEN', sector: 'GOV' });
    expect(e.how).toBe('title');
    expect(ent(doc, 'Kenyan').type).toBe('NORP');
  });

  it('gives an unseen person a role from an appositive title with a possessive country', () => {
    const doc = analyse(`${HEAD}Selin Kaya, Turkey's foreign minister, arrived in Baku for the meeting.`);
    expect(ent(doc, 'Selin Kaya').actor).toMatchObject({ country: 'TUR', sector: 'GOV' });
    expect(ent(doc, 'Turkey').actor?.country).toBe('TUR');
  });

  it('gives an unseen person the country of a possessive before an adjective and a title', () => {
    const doc = analyse(`${HEAD}Lebanon's new President Omar Haddad took office. Sami Nouri, Iran's oil minister, arrived.`);
    expect(ent(doc, 'Omar Haddad').actor).toMatchObject({ id: null, country: 'LBN', sector: 'GOV' });
    expect(ent(doc, 'Sami Nouri').actor).toMatchObject({ id: null, country: 'IRN', sector: 'GOV' });
  });

  it('gives an unseen person the country and sector of a title before the name', () => {
    const doc = analyse(`${HEAD}U.S. Senator Rob Calder spoke. British Foreign Secretary Tom Reed replied.`);
    expect(ent(doc, 'Rob Calder').actor).toMatchObject({ country: 'USA', sector: 'LEG' });
    expect(ent(doc, 'Tom Reed').actor).toMatchObject({ country: 'GBR', sector: 'GOV' });
  });

  it('takes the entity out of a possessive', () => {
    const doc = analyse(`${HEAD}Afghanistan's neighbours met in Tashkent. Russia’s envoy attended.`);
    expect(ent(doc, 'Afghanistan')).toMatchObject({ type: 'LOC', actor: { country: 'AFG' } });
    expect(ent(doc, 'Russia')).toMatchObject({ type: 'LOC', actor: { country: 'RUS' } });
    expect(ents(doc, "Afghanistan's")).toHaveLength(0);
  });

  it('splits hyphenated pairs of places and of nationalities', () => {
    const doc = analyse(`${HEAD}Ankara-Moscow ties improved as the Russia-Belarus union grew and Turko-Russian trade rose.`);
    expect(ent(doc, 'Ankara').actor).toMatchObject({ country: 'TUR', sector: 'GOV' });
    expect(ent(doc, 'Moscow').actor).toMatchObject({ country: 'RUS', sector: 'GOV' });
    expect(ent(doc, 'Russia').actor?.country).toBe('RUS');
    expect(ent(doc, 'Belarus').actor?.country).toBe('BLR');
    expect(ent(doc, 'Turko')).toMatchObject({ type: 'NORP', actor: { country: 'TUR' } });
    expect(ent(doc, 'Russian')).toMatchObject({ type: 'NORP', actor: { country: 'RUS' } });
  });

  it('reads a capital as its government, except where it is a place', () => {
    const doc = analyse(`${HEAD}Washington warned the bank. Officials in Washington said little.`);
    expect(ent(doc, 'Washington', 0)).toMatchObject({ how: 'metonym', actor: { country: 'USA', sector: 'GOV' } });
    expect(ent(doc, 'Washington', 1).actor).toMatchObject({ country: 'USA', sector: null });
  });

  it('makes every name of a body one actor, and seats of power the government', () => {
    const doc = analyse(`${HEAD}The Shanghai Cooperation Organization met. The SCO summit ended. The Kremlin and the UN agreed.`);
    expect(ent(doc, 'Shanghai Cooperation Organization').actor?.id).toBe('sco');
    expect(ent(doc, 'SCO').actor).toMatchObject({ id: 'sco', country: 'IGO' });
    expect(ent(doc, 'Kremlin').actor).toMatchObject({ country: 'RUS', sector: 'GOV' });
    expect(ent(doc, 'UN').actor?.country).toBe('UNO');
  });

  it('types unknown names by head words and context', () => {
    const doc = analyse(`${HEAD}The Lakeside Farmers Association met officials from the Ministry of Water in Kirumba Province.`);
    expect(ent(doc, 'Lakeside Farmers Association').type).toBe('ORG');
    expect(ent(doc, 'Ministry of Water')).toMatchObject({ type: 'ORG', actor: { sector: 'GOV' } });
    expect(ent(doc, 'Kirumba Province').type).toBe('LOC');
  });

  it('puts nominal agents in mentions with country and sector', () => {
    const doc = analyse(`${HEAD}Hungarian officials met Afghan troops, and the police watched.`);
    const ms = doc.get('mentions').filter((m) => m.kind === 'nominal');
    const by = (s: string) => ms.find((m) => doc.slice(m) === s);
    expect(by('Hungarian officials')?.actor).toMatchObject({ country: 'HUN', sector: 'GOV' });
    expect(by('Afghan troops')?.actor).toMatchObject({ country: 'AFG', sector: 'MIL' });
    expect(by('the police')?.actor).toMatchObject({ sector: 'COP' });
  });

  it('does not take a name for a shorter name in the dictionary', () => {
    const doc = analyse(`${HEAD}Abbas Imene, a farmer, spoke to reporters. Richard Wagner wrote operas; George Washington did not.`);
    expect(ents(doc, 'Abbas')).toHaveLength(0);
    expect(ent(doc, 'Richard Wagner').type).toBe('PERSON');
    expect(ent(doc, 'George Washington').type).toBe('PERSON');
  });
});
