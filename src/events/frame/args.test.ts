import { describe, expect, it } from 'vitest';
import { argumentsOf, doersAndUndergoers, type Arg } from './args.ts';
import { parse } from './test-parse.ts';

/** The words and paths of a role, for short expectations. */
const words = (p: ReturnType<typeof parse>, role: Arg[]) => role.map((a) => `${p.tokens[a.head].text} ${a.path}`);
const phrase = (p: ReturnType<typeof parse>, a: Arg) => p.tokens.slice(a.first, a.last + 1).map((t) => t.text).join(' ');
const argsAt = (p: ReturnType<typeof parse>, form: string) => argumentsOf(p.tokens, p.deps, p.at(form));

describe('argumentsOf: own dependents', () => {
  it('reads subject, object and obliques with their preposition', () => {
    const p = parse(`
      1 Turkey Turkey PROPN 2 nsubj
      2 sent send VERB 0 root
      3 the the DET 4 det
      4 envoys envoy NOUN 2 obj
      5 to to ADP 6 case
      6 Baku Baku PROPN 2 obl
      7 on on ADP 8 case
      8 Monday Monday PROPN 2 obl:tmod`);
    const a = argsAt(p, 'sent');
    expect(words(p, a.subject)).toEqual(['Turkey nsubj']);
    expect(words(p, a.object)).toEqual(['envoys obj']);
    expect(phrase(p, a.object[0])).toBe('the envoys');
    expect(a.obliques.map((o) => `${o.prep} ${p.tokens[o.head].text}`)).toEqual(['to Baku']); // times are not participants
    expect(a.passive).toBe(false);
  });

  it('marks a passive subject and takes the agent from obl:agent or a by-oblique', () => {
    const agent = parse(`
      1 The the DET 2 det
      2 convoy convoy NOUN 4 nsubj:pass
      3 was be AUX 4 aux:pass
      4 ambushed ambush VERB 0 root
      5 by by ADP 6 case
      6 militants militant NOUN 4 obl:agent`);
    const a = argsAt(agent, 'ambushed');
    expect(a.passive).toBe(true);
    expect(words(agent, a.passiveSubject)).toEqual(['convoy nsubj:pass']);
    expect(words(agent, a.agent)).toEqual(['militants obl:agent']);
    expect(a.subject).toEqual([]);
    const byObl = parse(`
      1 Envoys envoy NOUN 3 nsubj:pass
      2 were be AUX 3 aux:pass
      3 expelled expel VERB 0 root
      4 by by ADP 5 case
      5 Oslo Oslo PROPN 3 obl`);
    expect(words(byObl, argsAt(byObl, 'expelled').agent)).toEqual(['Oslo obl']);
  });

  it('reads a progressive the parse labelled passive as active: an -ing verb has no passive', () => {
    const p = parse(`
      1 The the DET 2 det
      2 auditor auditor NOUN 4 nsubj:pass
      3 is be AUX 4 aux:pass
      4 examining examine VERB 0 root
      5 the the DET 6 det
      6 ministry ministry NOUN 4 obj`);
    const a = argsAt(p, 'examining');
    expect(a.passive).toBe(false);
    expect(words(p, a.subject)).toEqual(['auditor nsubj:pass']);
    expect(a.passiveSubject).toEqual([]);
    expect(doersAndUndergoers(a).undergoers.map((u) => p.tokens[u.head].text)).toEqual(['ministry']);
  });

  it('keeps a passive whose participle follows "being"', () => {
    const p = parse(`
      1 The the DET 2 det
      2 ministry ministry NOUN 5 nsubj:pass
      3 is be AUX 5 aux
      4 being be AUX 5 aux:pass
      5 examined examine VERB 0 root`);
    const a = argsAt(p, 'examined');
    expect(a.passive).toBe(true);
    expect(words(p, a.passiveSubject)).toEqual(['ministry nsubj:pass']);
  });

  it('does not make an active verb passive for a by-phrase the parse hung on it', () => {
    const p = parse(`
      1 Chile Chile PROPN 2 nsubj
      2 denounced denounce VERB 0 root
      3 the the DET 4 det
      4 raid raid NOUN 2 obj
      5 by by ADP 6 case
      6 Peru Peru PROPN 2 obl:agent`);
    const a = argsAt(p, 'denounced');
    expect(a.passive).toBe(false);
    expect(words(p, a.subject)).toEqual(['Chile nsubj']);
    expect(a.agent).toEqual([]);
    expect(words(p, a.misplacedAgent)).toEqual(['Peru obl:agent']);
  });

  it('leaves the agent empty for a passive without a by-phrase', () => {
    const p = parse(`
      1 Two two NUM 2 nummod
      2 diplomats diplomat NOUN 4 nsubj:pass
      3 were be AUX 4 aux:pass
      4 expelled expel VERB 0 root
      5 from from ADP 6 case
      6 Oslo Oslo PROPN 4 obl`);
    const a = argsAt(p, 'expelled');
    expect(a.agent).toEqual([]);
    expect(words(p, a.passiveSubject)).toEqual(['diplomats nsubj:pass']);
    expect(phrase(p, a.passiveSubject[0])).toBe('Two diplomats');
    expect(a.obliques.map((o) => o.prep)).toEqual(['from']);
    expect(doersAndUndergoers(a)).toEqual({ doers: [], undergoers: a.passiveSubject });
  });

  it('reads an eventive noun: by-agent, on-target, possessor, against', () => {
    const attack = parse(`
      1 The the DET 2 det
      2 attack attack NOUN 8 nsubj
      3 on on ADP 5 case
      4 the the DET 5 det
      5 convoy convoy NOUN 2 nmod
      6 by by ADP 7 case
      7 militants militant NOUN 2 nmod
      8 angered anger VERB 0 root`);
    const a = argsAt(attack, 'attack');
    expect(words(attack, a.agent)).toEqual(['militants nmod']);
    expect(a.obliques.map((o) => `${o.prep} ${attack.tokens[o.head].text}`)).toEqual(['on convoy']);
    const sanctions = parse(`
      1 Canada Canada PROPN 3 nmod:poss
      2 's 's PART 1 case
      3 sanctions sanction NOUN 6 nsubj
      4 against against ADP 5 case
      5 Venezuela Venezuela PROPN 3 nmod
      6 bit bite VERB 0 root`);
    const s = argsAt(sanctions, 'sanctions');
    expect(words(sanctions, s.possessor)).toEqual(['Canada nmod:poss']);
    expect(phrase(sanctions, s.possessor[0])).toBe("Canada 's");
    expect(s.obliques.map((o) => `${o.prep} ${sanctions.tokens[o.head].text}`)).toEqual(['against Venezuela']);
  });
});

describe('argumentsOf: coordination', () => {
  it('expands coordinated subjects and objects into every member', () => {
    const p = parse(`
      1 Russia Russia PROPN 4 nsubj
      2 and and CCONJ 3 cc
      3 China China PROPN 1 conj
      4 condemned condemn VERB 0 root
      5 Japan Japan PROPN 4 obj
      6 and and CCONJ 7 cc
      7 Korea Korea PROPN 5 conj`);
    const a = argsAt(p, 'condemned');
    expect(words(p, a.subject)).toEqual(['Russia nsubj', 'China nsubj>conj']);
    expect(a.subject.map((x) => phrase(p, x))).toEqual(['Russia', 'China']);
    expect(words(p, a.object)).toEqual(['Japan obj', 'Korea obj>conj']);
  });

  it('gives a coordinated verb the subject of the first, and a shared object hung on the first', () => {
    const p = parse(`
      1 Rebels rebel NOUN 2 nsubj
      2 attacked attack VERB 0 root
      3 the the DET 4 det
      4 town town NOUN 2 obj
      5 and and CCONJ 6 cc
      6 killed kill VERB 2 conj
      7 ten ten NUM 8 nummod
      8 civilians civilian NOUN 6 obj`);
    const killed = argsAt(p, 'killed');
    expect(words(p, killed.subject)).toEqual(['Rebels conj^>nsubj']);
    expect(words(p, killed.object)).toEqual(['civilians obj']);
    expect(words(p, argsAt(p, 'attacked').object)).toEqual(['town obj']);
    const shared = parse(`
      1 Soldiers soldier NOUN 2 nsubj
      2 looted loot VERB 0 root
      3 and and CCONJ 4 cc
      4 burned burn VERB 2 conj
      5 the the DET 6 det
      6 village village NOUN 2 obj`);
    expect(words(shared, argsAt(shared, 'burned').object)).toEqual(['village conj^>obj']);
  });

  it('keeps a conjunct its own subject when it has one, and maps voice ("was attacked and fled")', () => {
    const p = parse(`
      1 Guards guard NOUN 3 nsubj:pass
      2 were be AUX 3 aux:pass
      3 attacked attack VERB 0 root
      4 and and CCONJ 5 cc
      5 fled flee VERB 3 conj`);
    expect(words(p, argsAt(p, 'fled').subject)).toEqual(['Guards conj^>nsubj:pass']);
  });
});

describe('argumentsOf: control, relative clauses, appositions', () => {
  it('inherits the subject through xcomp, two levels deep', () => {
    const p = parse(`
      1 Iran Iran PROPN 2 nsubj
      2 agreed agree VERB 0 root
      3 to to PART 4 mark
      4 try try VERB 2 xcomp
      5 to to PART 6 mark
      6 send send VERB 4 xcomp
      7 inspectors inspector NOUN 6 obj`);
    expect(words(p, argsAt(p, 'try').subject)).toEqual(['Iran xcomp^>nsubj']);
    expect(words(p, argsAt(p, 'send').subject)).toEqual(['Iran xcomp^>xcomp^>nsubj']);
  });

  it('takes the object as controller when the governor has one ("urged Rome to recall"), not for promise', () => {
    const urged = parse(`
      1 Paris Paris PROPN 2 nsubj
      2 urged urge VERB 0 root
      3 Rome Rome PROPN 2 obj
      4 to to PART 5 mark
      5 recall recall VERB 2 xcomp
      6 envoys envoy NOUN 5 obj`);
    expect(words(urged, argsAt(urged, 'recall').subject)).toEqual(['Rome xcomp^>obj']);
    const promised = parse(`
      1 Paris Paris PROPN 2 nsubj
      2 promised promise VERB 0 root
      3 Rome Rome PROPN 2 obj
      4 to to PART 5 mark
      5 recall recall VERB 2 xcomp
      6 envoys envoy NOUN 5 obj`);
    expect(words(promised, argsAt(promised, 'recall').subject)).toEqual(['Paris xcomp^>nsubj']);
  });

  it('gives a gerund under "accused X of" the accused as subject, and an -ing adverbial the main subject', () => {
    const p = parse(`
      1 Kyiv Kyiv PROPN 2 nsubj
      2 accused accuse VERB 0 root
      3 Moscow Moscow PROPN 2 obj
      4 of of SCONJ 5 mark
      5 shelling shell VERB 2 advcl
      6 Kharkiv Kharkiv PROPN 5 obj`);
    expect(words(p, argsAt(p, 'shelling').subject)).toEqual(['Moscow advcl^>obj']);
    const q = parse(`
      1 Troops troop NOUN 2 nsubj
      2 entered enter VERB 0 root
      3 the the DET 4 det
      4 town town NOUN 2 obj
      5 , , PUNCT 6 punct
      6 killing kill VERB 2 advcl
      7 two two NUM 6 obj`);
    expect(words(q, argsAt(q, 'killing').subject)).toEqual(['Troops advcl^>nsubj']);
  });

  it('leads a relative clause back to its noun: subject, object or gap', () => {
    const subj = parse(`
      1 The the DET 2 det
      2 rebels rebel NOUN 7 nsubj
      3 who who PRON 4 nsubj
      4 attacked attack VERB 2 acl:relcl
      5 the the DET 6 det
      6 base base NOUN 4 obj
      7 fled flee VERB 0 root`);
    const a = argsAt(subj, 'attacked');
    expect(words(subj, a.subject)).toEqual(['rebels acl:relcl^']);
    expect(phrase(subj, a.subject[0])).toBe('The rebels'); // not the relative clause itself
    expect(words(subj, a.object)).toEqual(['base obj']);
    const obj = parse(`
      1 the the DET 2 det
      2 base base NOUN 0 root
      3 that that PRON 5 obj
      4 rebels rebel NOUN 5 nsubj
      5 attacked attack VERB 2 acl:relcl`);
    expect(words(obj, argsAt(obj, 'attacked').object)).toEqual(['base acl:relcl^']);
    const gap = parse(`
      1 the the DET 2 det
      2 base base NOUN 0 root
      3 rebels rebel NOUN 4 nsubj
      4 attacked attack VERB 2 acl:relcl`);
    expect(words(gap, argsAt(gap, 'attacked').object)).toEqual(['base acl:relcl^']);
    const where = parse(`
      1 the the DET 2 det
      2 town town NOUN 0 root
      3 where where ADV 5 advmod
      4 rebels rebel NOUN 5 nsubj
      5 fought fight VERB 2 acl:relcl`);
    expect(argsAt(where, 'fought').object).toEqual([]);
  });

  it('makes the noun the target of a passive relative or reduced relative, the doer of an -ing one', () => {
    const relcl = parse(`
      1 the the DET 2 det
      2 envoy envoy NOUN 0 root
      3 who who PRON 5 nsubj:pass
      4 was be AUX 5 aux:pass
      5 expelled expel VERB 2 acl:relcl
      6 by by ADP 7 case
      7 Oslo Oslo PROPN 5 obl:agent`);
    const e = argsAt(relcl, 'expelled');
    expect(words(relcl, e.passiveSubject)).toEqual(['envoy acl:relcl^']);
    expect(words(relcl, e.agent)).toEqual(['Oslo obl:agent']);
    const acl = parse(`
      1 Sanctions sanction NOUN 6 nsubj
      2 imposed impose VERB 1 acl
      3 by by ADP 5 case
      4 the the DET 5 det
      5 EU EU PROPN 2 obl
      6 expired expire VERB 0 root`);
    const s = argsAt(acl, 'imposed');
    expect(s.passive).toBe(true);
    expect(words(acl, s.passiveSubject)).toEqual(['Sanctions acl^']);
    expect(words(acl, s.agent)).toEqual(['EU obl']);
    const ing = parse(`
      1 Troops troop NOUN 5 nsubj
      2 fighting fight VERB 1 acl
      3 in in ADP 4 case
      4 Mali Mali PROPN 2 obl
      5 withdrew withdraw VERB 0 root`);
    expect(words(ing, argsAt(ing, 'fighting').subject)).toEqual(['Troops acl^']);
  });

  it('adds appositions, and the noun an apposition stands beside', () => {
    const p = parse(`
      1 The the DET 2 det
      2 group group NOUN 6 nsubj
      3 , , PUNCT 4 punct
      4 Hamas Hamas PROPN 2 appos
      5 , , PUNCT 4 punct
      6 fired fire VERB 0 root
      7 rockets rocket NOUN 6 obj`);
    const a = argsAt(p, 'fired');
    expect(words(p, a.subject)).toEqual(['group nsubj', 'Hamas nsubj>appos']);
    expect(phrase(p, a.subject[0])).toBe('The group');
    const q = parse(`
      1 Moscow Moscow PROPN 3 nmod:poss
      2 's 's PART 1 case
      3 ally ally NOUN 0 root
      4 , , PUNCT 7 punct
      5 the the DET 7 det
      6 Syrian Syrian ADJ 7 amod
      7 army army NOUN 3 appos
      8 , , PUNCT 10 punct
      9 which which PRON 10 nsubj
      10 shelled shell VERB 7 acl:relcl
      11 Idlib Idlib PROPN 10 obj`);
    expect(words(q, argsAt(q, 'shelled').subject)).toEqual(['army acl:relcl^', 'ally acl:relcl^>appos^']);
  });
});
