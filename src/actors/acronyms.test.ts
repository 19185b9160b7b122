import { describe, expect, it } from 'vitest';
import { analyse, ent } from './test-helpers.ts';

// Three-letter acronyms of bodies in the Phoenix dictionaries (data/actors/phoenix.tsv).
describe('three-letter acronyms', () => {
  it('name their body when written in capitals', () => {
    const doc = analyse('Probe\n\nThe FBI and the CIA briefed the IMF on the PKK.', '2016-03-01');
    expect(ent(doc, 'FBI').actor).toMatchObject({ id: 'phx-federal-bureau-of-investigation', country: 'USA', sector: 'COP' });
    expect(ent(doc, 'CIA').actor).toMatchObject({ country: 'USA', sector: 'SPY' });
    expect(ent(doc, 'IMF').actor?.country).toBe('IGO');
    expect(ent(doc, 'PKK').actor).toMatchObject({ country: 'TUR', sector: 'REB' });
  });

  it('leave a word written otherwise, a kind of body and a town alone', () => {
    const doc = analyse('Notes\n\nThe Fbi said an NGO in QOM helped.', '2016-03-01');
    const ids = doc.get('entities').map((e) => e.actor?.id ?? null);
    expect(ids).not.toContain('phx-federal-bureau-of-investigation');
    expect(ids).not.toContain('phx-ngo');
  });

  it('are not the display name of a body with a longer one', () => {
    const doc = analyse('Wire\n\nAFP reported the vote.', '2016-03-01');
    expect(ent(doc, 'AFP').actor?.name).toBe('Agence France-Presse');
  });
});
