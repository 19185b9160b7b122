import { describe, expect, it } from 'vitest';
import { modeOf, type ModeOptions } from './mode.ts';
import { parse } from './test-parse.ts';

/** Mode, negation, cue word and path of the predicate `form`. */
const m = (conll: string, form: string, opts?: ModeOptions) => {
  const p = parse(conll);
  const r = modeOf(p.tokens, p.deps, p.at(form), opts);
  return { mode: r.mode, negated: r.negated, cue: r.cue === null ? null : p.tokens[r.cue].text, path: r.path };
};

const RELEASE = (aux: string) => `
  1 Iran Iran PROPN 3 nsubj
  2 ${aux} ${aux.toLowerCase()} AUX 3 aux
  3 release release VERB 0 root
  4 the the DET 5 det
  5 crew crew NOUN 3 obj`;

describe('modeOf: own cues', () => {
  it('is asserted without cues', () => {
    expect(m(`
      1 Rebels rebel NOUN 2 nsubj
      2 attacked attack VERB 0 root
      3 the the DET 4 det
      4 base base NOUN 2 obj`, 'attacked')).toEqual({ mode: 'asserted', negated: false, cue: null, path: '' });
  });

  it('is negated by not / never, and an eventive noun by "no"', () => {
    expect(m(`
      1 Rebels rebel NOUN 4 nsubj
      2 did do AUX 4 aux
      3 not not PART 4 advmod
      4 attack attack VERB 0 root
      5 troops troop NOUN 4 obj`, 'attack')).toEqual({ mode: 'negated', negated: true, cue: 'not', path: '' });
    expect(m(`
      1 Seoul Seoul PROPN 3 nsubj
      2 never never ADV 3 advmod
      3 recognised recognise VERB 0 root
      4 Pyongyang Pyongyang PROPN 3 obj`, 'recognised').mode).toBe('negated');
    expect(m(`
      1 There there PRON 2 expl
      2 was be VERB 0 root
      3 no no DET 4 det
      4 attack attack NOUN 2 nsubj
      5 on on ADP 6 case
      6 Kyiv Kyiv PROPN 4 nmod`, 'attack')).toMatchObject({ mode: 'negated', cue: 'no' });
  });

  it('is future with will / shall, and keeps a negated future both future and negated', () => {
    expect(m(RELEASE('will'), 'release')).toEqual({ mode: 'future', negated: false, cue: 'will', path: '' });
    expect(m(`
      1 Iran Iran PROPN 4 nsubj
      2 will will AUX 4 aux
      3 not not PART 4 advmod
      4 release release VERB 0 root`, 'release')).toMatchObject({ mode: 'future', negated: true });
  });

  it('is conditional with could / might / would, wished with must / should', () => {
    expect(m(RELEASE('could'), 'release')).toMatchObject({ mode: 'conditional', cue: 'could' });
    expect(m(RELEASE('would'), 'release')).toMatchObject({ mode: 'conditional', cue: 'would' });
    expect(m(RELEASE('must'), 'release')).toMatchObject({ mode: 'wished', cue: 'must' });
    expect(m(RELEASE('should'), 'release').mode).toBe('wished');
    expect(m(RELEASE('can'), 'release').mode).toBe('asserted');
  });

  it('is conditional in an if-clause, its main clause, and "in case"', () => {
    const conll = `
      1 If if SCONJ 3 mark
      2 Iran Iran PROPN 3 nsubj
      3 attacks attack VERB 8 advcl
      4 , , PUNCT 8 punct
      5 Israel Israel PROPN 8 nsubj
      6 will will AUX 8 aux
      7 surely surely ADV 8 advmod
      8 respond respond VERB 0 root`;
    expect(m(conll, 'attacks')).toMatchObject({ mode: 'conditional', cue: 'If' });
    expect(m(conll, 'respond')).toMatchObject({ mode: 'conditional', cue: 'attacks' });
    expect(m(`
      1 Troops troop NOUN 2 nsubj
      2 stayed stay VERB 0 root
      3 in in ADP 6 mark
      4 case case NOUN 3 fixed
      5 rebels rebel NOUN 6 nsubj
      6 return return VERB 2 advcl`, 'return')).toMatchObject({ mode: 'conditional', cue: 'in' });
  });

  it('is wished for an imperative, not for a bare verb with a subject', () => {
    expect(m(`
      1 Release release VERB 0 root
      2 the the DET 3 det
      3 hostages hostage NOUN 1 obj
      4 now now ADV 1 advmod`, 'Release')).toMatchObject({ mode: 'wished', cue: 'Release' });
    expect(m(`
      1 Do do AUX 3 aux
      2 not not PART 3 advmod
      3 attack attack VERB 0 root
      4 us we PRON 3 obj`, 'attack')).toMatchObject({ mode: 'wished', negated: true });
    expect(m(`
      1 They they PRON 2 nsubj
      2 release release VERB 0 root
      3 prisoners prisoner NOUN 2 obj`, 'release').mode).toBe('asserted');
  });

  it('is history for a year before the article, or "N years ago"; not for "since" nor without a year to compare', () => {
    const invaded = (prep: string, year: string) => `
      1 Iraq Iraq PROPN 2 nsubj
      2 invaded invade VERB 0 root
      3 Kuwait Kuwait PROPN 2 obj
      4 ${prep} ${prep} ADP 5 case
      5 ${year} ${year} NUM 2 obl`;
    expect(m(invaded('in', '1990'), 'invaded', { articleYear: 2024 })).toMatchObject({ mode: 'history', cue: '1990' });
    expect(m(invaded('in', '1990'), 'invaded')).toMatchObject({ mode: 'asserted' });
    expect(m(invaded('in', '2024'), 'invaded', { articleYear: 2024 }).mode).toBe('asserted');
    expect(m(invaded('since', '1990'), 'invaded', { articleYear: 2024 }).mode).toBe('asserted');
    expect(m(`
      1 Rebels rebel NOUN 2 nsubj
      2 seized seize VERB 0 root
      3 the the DET 4 det
      4 town town NOUN 2 obj
      5 two two NUM 6 nummod
      6 years year NOUN 7 obl:npmod
      7 ago ago ADV 2 advmod`, 'seized')).toMatchObject({ mode: 'history', cue: 'ago' });
  });
});

describe('modeOf: cues from the governing word', () => {
  it('negates the act under fail to / refuse to, not the refusal itself; "did not refuse to" is not negated', () => {
    const refused = `
      1 Iran Iran PROPN 2 nsubj
      2 refused refuse VERB 0 root
      3 to to PART 4 mark
      4 release release VERB 2 xcomp`;
    const notRefuse = `
      1 Iran Iran PROPN 4 nsubj
      2 did do AUX 4 aux
      3 not not PART 4 advmod
      4 refuse refuse VERB 0 root
      5 to to PART 6 mark
      6 release release VERB 4 xcomp`;
    expect(m(refused, 'release')).toMatchObject({ mode: 'negated', cue: 'refused', path: '' });
    expect(m(refused, 'refused').mode).toBe('asserted');
    expect(m(notRefuse, 'release')).toMatchObject({ mode: 'asserted', negated: false });
    expect(m(`
      1 Talks talk NOUN 2 nsubj
      2 failed fail VERB 0 root
      3 to to PART 4 mark
      4 produce produce VERB 2 xcomp
      5 a a DET 6 det
      6 deal deal NOUN 4 obj`, 'produce')).toMatchObject({ mode: 'negated', cue: 'failed' });
  });

  it('is future under plan / vow / threaten to, "going to", a plan to, and a planned attack', () => {
    const to = (verb: string, lem: string) => `
      1 Iran Iran PROPN 2 nsubj
      2 ${verb} ${lem} VERB 0 root
      3 to to PART 4 mark
      4 close close VERB 2 xcomp
      5 the the DET 6 det
      6 strait strait NOUN 4 obj`;
    expect(m(to('plans', 'plan'), 'close')).toEqual({ mode: 'future', negated: false, cue: 'plans', path: 'xcomp^' });
    expect(m(to('vowed', 'vow'), 'close').mode).toBe('future');
    expect(m(to('threatened', 'threaten'), 'close').mode).toBe('future');
    expect(m(to('threatened', 'threaten'), 'threatened').mode).toBe('asserted');
    expect(m(to('tried', 'try'), 'close').mode).toBe('asserted');
    expect(m(`
      1 Iran Iran PROPN 3 nsubj
      2 is be AUX 3 aux
      3 going go VERB 0 root
      4 to to PART 5 mark
      5 close close VERB 3 xcomp`, 'close')).toMatchObject({ mode: 'future', cue: 'going' });
    expect(m(`
      1 Iran Iran PROPN 3 nmod:poss
      2 's 's PART 1 case
      3 plan plan NOUN 6 nsubj
      4 to to PART 5 mark
      5 close close VERB 3 acl
      6 alarmed alarm VERB 0 root`, 'close')).toMatchObject({ mode: 'future', cue: 'plan', path: 'acl^' });
    expect(m(`
      1 Rebels rebel NOUN 2 nsubj
      2 planned plan VERB 0 root
      3 an a DET 4 det
      4 attack attack NOUN 2 obj
      5 on on ADP 6 case
      6 Goma Goma PROPN 4 nmod`, 'attack')).toMatchObject({ mode: 'future', cue: 'planned' });
  });

  it('passes will down coordinated verbs, and the xcomp chain down several levels', () => {
    expect(m(`
      1 Troops troop NOUN 3 nsubj
      2 will will AUX 3 aux
      3 attack attack VERB 0 root
      4 and and CCONJ 5 cc
      5 seize seize VERB 3 conj
      6 Goma Goma PROPN 5 obj`, 'seize')).toEqual({ mode: 'future', negated: false, cue: 'will', path: 'conj^' });
    expect(m(`
      1 Iran Iran PROPN 2 nsubj
      2 wants want VERB 0 root
      3 to to PART 4 mark
      4 try try VERB 2 xcomp
      5 to to PART 6 mark
      6 mediate mediate VERB 4 xcomp`, 'mediate')).toMatchObject({ mode: 'wished', cue: 'wants', path: 'xcomp^>xcomp^' });
  });

  it('negates through xcomp and coordination ("did not agree to send", "did not attack or loot")', () => {
    expect(m(`
      1 Oslo Oslo PROPN 4 nsubj
      2 did do AUX 4 aux
      3 not not PART 4 advmod
      4 agree agree VERB 0 root
      5 to to PART 6 mark
      6 send send VERB 4 xcomp
      7 troops troop NOUN 6 obj`, 'send')).toMatchObject({ mode: 'future', negated: true });
    expect(m(`
      1 Troops troop NOUN 4 nsubj
      2 did do AUX 4 aux
      3 not not PART 4 advmod
      4 attack attack VERB 0 root
      5 or or CCONJ 6 cc
      6 loot loot VERB 4 conj`, 'loot')).toMatchObject({ mode: 'negated', negated: true });
  });

  it('is future for a purpose clause, and for "would" reported under a speech verb', () => {
    expect(m(`
      1 Ankara Ankara PROPN 2 nsubj
      2 sent send VERB 0 root
      3 troops troop NOUN 2 obj
      4 to to PART 5 mark
      5 secure secure VERB 2 advcl
      6 the the DET 7 det
      7 border border NOUN 5 obj`, 'secure')).toMatchObject({ mode: 'future', cue: 'to' });
    expect(m(`
      1 Lavrov Lavrov PROPN 2 nsubj
      2 said say VERB 0 root
      3 Moscow Moscow PROPN 5 nsubj
      4 would would AUX 5 aux
      5 expand expand VERB 2 ccomp
      6 trade trade NOUN 5 obj`, 'expand')).toMatchObject({ mode: 'future', cue: 'would' });
  });

  it('is wished under urge X to, call on X to, demand that, want to, and for a call for talks', () => {
    expect(m(`
      1 Paris Paris PROPN 2 nsubj
      2 urged urge VERB 0 root
      3 Rome Rome PROPN 2 obj
      4 to to PART 5 mark
      5 recall recall VERB 2 xcomp
      6 envoys envoy NOUN 5 obj`, 'recall')).toMatchObject({ mode: 'wished', cue: 'urged' });
    expect(m(`
      1 Brussels Brussels PROPN 2 nsubj
      2 called call VERB 0 root
      3 on on ADP 4 case
      4 Moscow Moscow PROPN 2 obl
      5 to to PART 6 mark
      6 withdraw withdraw VERB 2 xcomp`, 'withdraw')).toMatchObject({ mode: 'wished', cue: 'called' });
    expect(m(`
      1 Kyiv Kyiv PROPN 2 nsubj
      2 demanded demand VERB 0 root
      3 that that SCONJ 5 mark
      4 Russia Russia PROPN 5 nsubj
      5 withdraw withdraw VERB 2 ccomp`, 'withdraw')).toMatchObject({ mode: 'wished', cue: 'demanded', path: 'ccomp^' });
    expect(m(`
      1 Serbia Serbia PROPN 2 nsubj
      2 hopes hope VERB 0 root
      3 to to PART 4 mark
      4 join join VERB 2 xcomp
      5 the the DET 6 det
      6 EU EU PROPN 4 obj`, 'join').mode).toBe('wished');
    expect(m(`
      1 Qatar Qatar PROPN 2 nsubj
      2 called call VERB 0 root
      3 for for ADP 4 case
      4 talks talk NOUN 2 obl`, 'talks')).toMatchObject({ mode: 'wished', cue: 'called' });
  });

  it('leaves the ccomp of a report alone: "told reporters that rebels attacked" is not a wish', () => {
    expect(m(`
      1 Police police NOUN 2 nsubj
      2 told tell VERB 0 root
      3 reporters reporter NOUN 2 obj
      4 that that SCONJ 6 mark
      5 rebels rebel NOUN 6 nsubj
      6 attacked attack VERB 2 ccomp`, 'attacked').mode).toBe('asserted');
  });
});
