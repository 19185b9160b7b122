import { describe, expect, it } from 'vitest';
import { embeddingOf } from './claims.ts';
import { parse } from './test-parse.ts';

/** The embedding of predicate `form` in words: governor, kind, path, claimant and accused heads. */
const e = (conll: string, form: string) => {
  const p = parse(conll);
  const r = embeddingOf(p.tokens, p.deps, p.at(form));
  if (!r) return null;
  const w = (k: number) => p.tokens[k].text;
  return { governor: w(r.governor), kind: r.kind, path: r.path, claimant: r.claimant.map((a) => w(a.head)), accused: r.accused.map((a) => w(a.head)) };
};

const ACCUSED = `
  1 Kyiv Kyiv PROPN 2 nsubj
  2 accused accuse VERB 0 root
  3 Moscow Moscow PROPN 2 obj
  4 of of SCONJ 5 mark
  5 shelling shell VERB 2 advcl
  6 Kharkiv Kharkiv PROPN 5 obj`;

describe('embeddingOf', () => {
  it('finds nothing above an act the article states', () => {
    expect(e(`
      1 Rebels rebel NOUN 2 nsubj
      2 attacked attack VERB 0 root
      3 the the DET 4 det
      4 base base NOUN 2 obj`, 'attacked')).toBeNull();
    expect(e(ACCUSED, 'accused')).toBeNull();
  });

  it('puts the act under "accused X of V-ing" as an accusation by the subject against the object', () => {
    expect(e(ACCUSED, 'shelling')).toEqual({ governor: 'accused', kind: 'accusation', path: 'advcl^', claimant: ['Kyiv'], accused: ['Moscow'] });
  });

  it('also when the gerund hangs on the accused noun, and for "blamed X for the attack"', () => {
    expect(e(`
      1 Kyiv Kyiv PROPN 2 nsubj
      2 accused accuse VERB 0 root
      3 Moscow Moscow PROPN 2 obj
      4 of of SCONJ 5 mark
      5 shelling shell VERB 3 acl
      6 Kharkiv Kharkiv PROPN 5 obj`, 'shelling')).toMatchObject({ governor: 'accused', kind: 'accusation', path: 'acl^>obj^' });
    expect(e(`
      1 Delhi Delhi PROPN 2 nsubj
      2 blamed blame VERB 0 root
      3 militants militant NOUN 2 obj
      4 for for ADP 6 case
      5 the the DET 6 det
      6 bombing bombing NOUN 2 obl
      7 in in ADP 8 case
      8 Pune Pune PROPN 6 nmod`, 'bombing')).toMatchObject({ governor: 'blamed', kind: 'accusation', claimant: ['Delhi'], accused: ['militants'] });
  });

  it('reads a passive accusation: the accused is the passive subject, the accuser the agent', () => {
    expect(e(`
      1 Moscow Moscow PROPN 3 nsubj:pass
      2 was be AUX 3 aux:pass
      3 accused accuse VERB 0 root
      4 by by ADP 5 case
      5 Kyiv Kyiv PROPN 3 obl:agent
      6 of of SCONJ 7 mark
      7 shelling shell VERB 3 advcl`, 'shelling')).toMatchObject({ kind: 'accusation', claimant: ['Kyiv'], accused: ['Moscow'] });
  });

  it('puts a ccomp of a speech verb under a report, and coordinated acts with it', () => {
    const conll = `
      1 Oslo Oslo PROPN 2 nsubj
      2 said say VERB 0 root
      3 that that SCONJ 5 mark
      4 troops troop NOUN 5 nsubj
      5 crossed cross VERB 2 ccomp
      6 the the DET 7 det
      7 border border NOUN 5 obj
      8 and and CCONJ 9 cc
      9 seized seize VERB 5 conj
      10 Narvik Narvik PROPN 9 obj`;
    expect(e(conll, 'crossed')).toEqual({ governor: 'said', kind: 'report', path: 'ccomp^', claimant: ['Oslo'], accused: [] });
    expect(e(conll, 'seized')).toMatchObject({ governor: 'said', kind: 'report', path: 'conj^>ccomp^' });
  });

  it('reads denials: "denied that", "denied attacking", "denied the raid"', () => {
    expect(e(`
      1 Tehran Tehran PROPN 2 nsubj
      2 denied deny VERB 0 root
      3 that that SCONJ 5 mark
      4 it it PRON 5 nsubj
      5 supplied supply VERB 2 ccomp
      6 drones drone NOUN 5 obj`, 'supplied')).toMatchObject({ governor: 'denied', kind: 'denial', claimant: ['Tehran'] });
    expect(e(`
      1 Tehran Tehran PROPN 2 nsubj
      2 denied deny VERB 0 root
      3 supplying supply VERB 2 xcomp
      4 drones drone NOUN 3 obj`, 'supplying')).toMatchObject({ governor: 'denied', kind: 'denial', path: 'xcomp^' });
    expect(e(`
      1 Tehran Tehran PROPN 2 nsubj
      2 denied deny VERB 0 root
      3 the the DET 4 det
      4 raid raid NOUN 2 obj
      5 on on ADP 6 case
      6 Erbil Erbil PROPN 4 nmod`, 'raid')).toMatchObject({ governor: 'denied', kind: 'denial' });
  });

  it('reads "..., the ministry said" and "according to X"', () => {
    expect(e(`
      1 Drones drone NOUN 2 nsubj
      2 struck strike VERB 0 root
      3 Odesa Odesa PROPN 2 obj
      4 , , PUNCT 7 punct
      5 the the DET 6 det
      6 ministry ministry NOUN 7 nsubj
      7 said say VERB 2 parataxis`, 'struck')).toEqual({ governor: 'said', kind: 'report', path: 'parataxis', claimant: ['ministry'], accused: [] });
    expect(e(`
      1 According accord VERB 3 case
      2 to to ADP 1 fixed
      3 Reuters Reuters PROPN 6 obl
      4 , , PUNCT 6 punct
      5 troops troop NOUN 6 nsubj
      6 withdrew withdraw VERB 0 root`, 'withdrew')).toMatchObject({ governor: 'Reuters', kind: 'report', claimant: ['Reuters'] });
  });

  it('reads report nouns and "is said to", but not "told X to" nor "announced sanctions"', () => {
    expect(e(`
      1 Reports report NOUN 5 nsubj
      2 of of ADP 4 case
      3 an a DET 4 det
      4 ambush ambush NOUN 1 nmod
      5 spread spread VERB 0 root`, 'ambush')).toMatchObject({ governor: 'Reports', kind: 'report' });
    expect(e(`
      1 He he PRON 3 nsubj:pass
      2 is be AUX 3 aux:pass
      3 said say VERB 0 root
      4 to to PART 6 mark
      5 have have AUX 6 aux
      6 fled flee VERB 3 xcomp`, 'fled')).toMatchObject({ governor: 'said', kind: 'report', claimant: [] });
    expect(e(`
      1 Paris Paris PROPN 2 nsubj
      2 told tell VERB 0 root
      3 Rome Rome PROPN 2 obj
      4 to to PART 5 mark
      5 leave leave VERB 2 xcomp`, 'leave')).toBeNull();
    expect(e(`
      1 Ottawa Ottawa PROPN 2 nsubj
      2 announced announce VERB 0 root
      3 sanctions sanction NOUN 2 obj
      4 on on ADP 5 case
      5 Minsk Minsk PROPN 3 nmod`, 'sanctions')).toBeNull();
  });

  it('returns the nearest of nested claims; the next one out is the governor\'s own', () => {
    const p = parse(`
      1 Oslo Oslo PROPN 2 nsubj
      2 said say VERB 0 root
      3 Kyiv Kyiv PROPN 4 nsubj
      4 accused accuse VERB 2 ccomp
      5 Moscow Moscow PROPN 4 obj
      6 of of SCONJ 7 mark
      7 shelling shell VERB 4 advcl`);
    const inner = embeddingOf(p.tokens, p.deps, p.at('shelling'))!;
    expect(p.tokens[inner.governor].text).toBe('accused');
    expect(p.tokens[embeddingOf(p.tokens, p.deps, inner.governor)!.governor].text).toBe('said');
  });
});
