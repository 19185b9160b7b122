import { describe, expect, it } from 'vitest';
import { isPredicate, predicateReason } from './predicate.ts';
import { parse } from './test-parse.ts';

const check = (conll: string, form: string) => {
  const p = parse(conll);
  return predicateReason(p.tokens, p.deps, p.at(form));
};

describe('isPredicate', () => {
  it('passes a verb heading the sentence', () => {
    const p = parse(`
      1 Rebels rebel NOUN 2 nsubj
      2 attacked attack VERB 0 root
      3 the the DET 4 det
      4 base base NOUN 2 obj`);
    expect(isPredicate(p.tokens, p.deps, p.at('attacked'))).toBe(true);
    expect(predicateReason(p.tokens, p.deps, p.at('base')).reason).toBe('no-arguments');
  });

  it('trusts the relation over the tag: a "noun" heading a clause with a subject', () => {
    expect(check(`
      1 Police police NOUN 2 nsubj
      2 raid raid NOUN 0 root
      3 homes home NOUN 2 obj`, 'raid')).toEqual({ ok: true, reason: 'clause' });
  });

  it('passes clausal complements, xcomp, advcl and relative clauses', () => {
    const conll = `
      1 Ankara Ankara PROPN 2 nsubj
      2 said say VERB 0 root
      3 rebels rebel NOUN 4 nsubj
      4 tried try VERB 2 ccomp
      5 to to PART 6 mark
      6 seize seize VERB 4 xcomp
      7 towns town NOUN 6 obj
      8 that that PRON 9 nsubj
      9 border border VERB 7 acl:relcl
      10 Syria Syria PROPN 9 obj
      11 , , PUNCT 13 punct
      12 before before SCONJ 13 mark
      13 fleeing flee VERB 4 advcl`;
    for (const w of ['said', 'tried', 'seize', 'border', 'fleeing']) expect(check(conll, w)).toEqual({ ok: true, reason: 'clause' });
  });

  it('passes an eventive noun with an on/by nmod or a possessor', () => {
    const attack = `
      1 The the DET 2 det
      2 attack attack NOUN 8 nsubj
      3 on on ADP 5 case
      4 the the DET 5 det
      5 convoy convoy NOUN 2 nmod
      6 by by ADP 7 case
      7 militants militant NOUN 2 nmod
      8 angered anger VERB 0 root
      9 Paris Paris PROPN 8 obj`;
    expect(check(attack, 'attack')).toEqual({ ok: true, reason: 'eventive-noun' });
    const sanctions = `
      1 Canada Canada PROPN 3 nmod:poss
      2 's 's PART 1 case
      3 sanctions sanction NOUN 4 nsubj
      4 hurt hurt VERB 0 root
      5 exporters exporter NOUN 4 obj`;
    expect(check(sanctions, 'sanctions')).toEqual({ ok: true, reason: 'eventive-noun' });
  });

  it('passes a bare noun at the root only when it has arguments ("Strike on depot")', () => {
    expect(check(`
      1 Strike strike NOUN 0 root
      2 on on ADP 3 case
      3 depot depot NOUN 1 nmod`, 'Strike').ok).toBe(true);
    expect(check(`
      1 Talks talk NOUN 0 root`, 'Talks')).toEqual({ ok: false, reason: 'no-arguments' });
  });

  it('rejects words that only modify a noun: amod and compound', () => {
    expect(check(`
      1 Troops troop NOUN 2 nsubj
      2 left leave VERB 0 root
      3 the the DET 5 det
      4 occupied occupy VERB 5 amod
      5 territory territory NOUN 2 obj`, 'occupied')).toEqual({ ok: false, reason: 'modifier' });
    expect(check(`
      1 The the DET 4 det
      2 newly newly ADV 3 advmod
      3 appointed appoint VERB 4 amod
      4 minister minister NOUN 5 nsubj
      5 resigned resign VERB 0 root`, 'appointed')).toEqual({ ok: false, reason: 'modifier' });
    expect(check(`
      1 Recently recently ADV 2 advmod
      2 imposed impose VERB 3 amod
      3 sanctions sanction NOUN 4 nsubj
      4 bit bite VERB 0 root`, 'imposed').ok).toBe(false);
    expect(check(`
      1 An a DET 3 det
      2 attack attack NOUN 3 compound
      3 helicopter helicopter NOUN 4 nsubj
      4 crashed crash VERB 0 root`, 'attack')).toEqual({ ok: false, reason: 'modifier' });
  });

  it('rejects a noun with no arguments ("a PR attack", "the trade")', () => {
    expect(check(`
      1 A a DET 3 det
      2 PR PR PROPN 3 compound
      3 attack attack NOUN 4 nsubj
      4 backfired backfire VERB 0 root`, 'attack')).toEqual({ ok: false, reason: 'no-arguments' });
    expect(check(`
      1 The the DET 2 det
      2 trade trade NOUN 3 nsubj
      3 grew grow VERB 0 root`, 'trade')).toEqual({ ok: false, reason: 'no-arguments' });
  });

  it('passes a reduced relative with its own arguments, not a bare one', () => {
    expect(check(`
      1 Sanctions sanction NOUN 6 nsubj
      2 imposed impose VERB 1 acl
      3 by by ADP 5 case
      4 the the DET 5 det
      5 EU EU PROPN 2 obl:agent
      6 expired expire VERB 0 root`, 'imposed')).toEqual({ ok: true, reason: 'acl' });
    expect(check(`
      1 The the DET 2 det
      2 sanctions sanction NOUN 4 nsubj
      3 imposed impose VERB 2 acl
      4 expired expire VERB 0 root`, 'imposed')).toEqual({ ok: false, reason: 'modifier' });
  });

  it('passes conjuncts of a predicate, verbs and eventive nouns alike', () => {
    const verbs = `
      1 Gunmen gunman NOUN 2 nsubj
      2 stormed storm VERB 0 root
      3 and and CCONJ 4 cc
      4 looted loot VERB 2 conj
      5 shops shop NOUN 2 obj`;
    expect(check(verbs, 'looted')).toEqual({ ok: true, reason: 'conj' });
    const nouns = `
      1 Raids raid NOUN 6 nsubj
      2 and and CCONJ 3 cc
      3 arrests arrest NOUN 1 conj
      4 in in ADP 5 case
      5 Gaza Gaza PROPN 1 nmod
      6 continued continue VERB 0 root`;
    expect(check(nouns, 'arrests')).toEqual({ ok: true, reason: 'conj' });
    expect(check(nouns, 'Raids').ok).toBe(true);
  });
});
