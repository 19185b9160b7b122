import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from './dictionary.ts';
import { analyse, ent } from './test-helpers.ts';

describe('members of the US Congress (congress.tsv)', () => {
  it('gives a sitting member USA LEG on the article date, and a surname after the full name the same actor', () => {
    const doc = analyse('Vote\n\nBernie Sanders spoke in Iowa. Later Sanders met Ted Cruz.', '2016-03-01');
    expect(ent(doc, 'Bernie Sanders').actor).toMatchObject({ id: 'usc-s000033', country: 'USA', sector: 'LEG' });
    expect(ent(doc, 'Sanders').actor?.id).toBe('usc-s000033');
    expect(ent(doc, 'Ted Cruz').actor).toMatchObject({ country: 'USA', sector: 'LEG' });
  });

  it('keeps the country, not the sector, of a member whose terms have all ended', () => {
    const doc = analyse('Talks\n\nPaul Ryan spoke at a dinner.', '2022-05-01');
    expect(ent(doc, 'Paul Ryan').actor).toMatchObject({ country: 'USA', sector: null });
    const before = analyse('Talks\n\nPaul Ryan spoke at a dinner.', '2016-05-01');
    expect(ent(before, 'Paul Ryan').actor).toMatchObject({ country: 'USA', sector: 'LEG' });
  });

  it('gives a member the country before the first term too', () => {
    const doc = analyse('Race\n\nMitt Romney spoke in Utah.', '2016-03-01');
    expect(ent(doc, 'Mitt Romney').actor).toMatchObject({ country: 'USA', sector: null });
  });

  it('gives way to a title naming another country: a namesake is not the member', () => {
    const doc = analyse('Talks\n\nBritish Foreign Secretary Tom Reed replied. Tom Reed of New York did not.', '2016-03-01');
    expect(ent(doc, 'Tom Reed').actor).toMatchObject({ id: null, country: 'GBR', sector: 'GOV' });
    const member = analyse('Talks\n\nTom Reed of New York voted no.', '2016-03-01');
    expect(ent(member, 'Tom Reed').actor).toMatchObject({ id: 'usc-r000585', country: 'USA', sector: 'LEG' });
  });

  it('leaves a person another file knows to that file', () => {
    const doc = analyse('Race\n\nHillary Clinton won the primary.', '2016-06-08');
    expect(ent(doc, 'Hillary Clinton').actor?.id).not.toMatch(/^usc-/);
    expect(ent(doc, 'Hillary Clinton').actor?.country).toBe('USA');
  });

  it('names each form once: a name two members share is left to the text', () => {
    const owner = new Map<string, string>();
    for (const line of readFileSync(join(DATA_DIR, 'congress.tsv'), 'utf8').split('\n')) {
      if (!line.startsWith('person\t')) continue;
      const [, id, name, aliases] = line.split('\t');
      for (const f of [name, ...(aliases ? aliases.split(' | ') : [])]) {
        expect(owner.get(f.toLowerCase()), f).toBeUndefined();
        owner.set(f.toLowerCase(), id);
      }
    }
    expect(owner.size).toBeGreaterThan(2000);
  });
});
