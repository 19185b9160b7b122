import { describe, expect, it } from 'vitest';
import { analyse, ent } from './test-helpers.ts';

// State bodies derived from WordNet 3.1 (data/actors/bodies.tsv).
describe('state bodies from WordNet', () => {
  it('give a department, legislature, court or service its country and sector', () => {
    const doc = analyse('Budget\n\nThe Justice Department and the House of Lords met. The Bundesbank and the US Navy did not.', '2016-03-01');
    expect(ent(doc, 'Justice Department').actor).toMatchObject({ country: 'USA', sector: 'GOV' });
    expect(ent(doc, 'House of Lords').actor).toMatchObject({ country: 'GBR', sector: 'LEG' });
    expect(ent(doc, 'Bundesbank').actor).toMatchObject({ country: 'DEU', sector: 'GOV' });
    expect(ent(doc, 'US Navy').actor).toMatchObject({ country: 'USA', sector: 'MIL' });
  });

  it('leave a name that is also a kind of body to the text: any country has a supreme court', () => {
    const doc = analyse('Ruling\n\nThe Supreme Court in Islamabad ruled on Monday.', '2016-03-01');
    expect(doc.get('entities').some((e) => e.actor?.id?.startsWith('wn-') && e.actor.country === 'USA')).toBe(false);
  });
});
