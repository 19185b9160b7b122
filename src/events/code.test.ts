import { describe, expect, it } from 'vitest';
import { codeDoc } from './code.ts';
import { loadOntology, loadVerbs } from './load.ts';
import { handDoc, type HandActor } from './test-doc.ts';
import type { Doc } from '../doc/doc.ts';
import type { Quote } from '../doc/types.ts';

const data = { ontology: loadOntology(), verbs: loadVerbs() };
const A = (text: string, country: string, sector: string | null = null): HandActor => ({ text, country, sector });

/** "TYPE SRC->TGT" for each event, "NOT " before negated ones. */
function code(text: string, actors: HandActor[], quotes?: (d: Doc) => Quote[]) {
  const doc = handDoc(text, actors, quotes);
  return codeDoc(doc, data).map((e) => `${e.negated ? 'NOT ' : ''}${e.plover} ${e.source.map((s) => s.country).join('+')}->${e.target.map((s) => s.country).join('+')}`);
}

describe('pattern families', () => {
  const cases: [string, HandActor[], string][] = [
    ['The Kenyan president affirmed Ghana as a close ally in trade.', [A('Kenyan president', 'KEN', 'GOV'), A('Ghana', 'GHA')], 'SUPPORT KEN->GHA'],
    ['Norway praised Chile for its reforms.', [A('Norway', 'NOR'), A('Chile', 'CHL')], 'SUPPORT NOR->CHL'],
    ['Peru and Bolivia signed a border treaty on Friday.', [A('Peru', 'PER'), A('Bolivia', 'BOL')], 'SUPPORT PER+BOL->'],
    ['Brazil expressed keen interest in developing relations with Angola.', [A('Brazil', 'BRA'), A('Angola', 'AGO')], 'AGREE BRA->AGO'],
    ['Malta offered to mediate between the two sides.', [A('Malta', 'MLT')], 'AGREE MLT->'],
    ['The Austrian chancellor visited Slovenia on Monday.', [A('Austrian chancellor', 'AUT', 'GOV'), A('Slovenia', 'SVN')], 'CONSULT AUT->SVN'],
    ['Canadian officials held talks with Mexico about tariffs.', [A('Canadian officials', 'CAN', 'GOV'), A('Mexico', 'MEX')], 'CONSULT CAN->MEX'],
    ['Sweden shared intelligence with Finland on the smuggling ring.', [A('Sweden', 'SWE'), A('Finland', 'FIN')], 'COOPERATE SWE->FIN'],
    ['Japan sent food aid to Nepal after the floods.', [A('Japan', 'JPN'), A('Nepal', 'NPL')], 'AID JPN->NPL'],
    ['Uruguay lifted the curfew in its capital on Sunday.', [A('Uruguay', 'URY')], 'CONCEDE URY->'],
    ['Rebels released twelve Thai hostages on Tuesday.', [A('Rebels', 'MMR', 'REB'), A('Thai hostages', 'THA', 'CVL')], 'RETREAT MMR->THA'],
    ['Estonia called for a ceasefire in the region.', [A('Estonia', 'EST')], 'REQUEST EST->'],
    ['Poland urged Belarus to free the jailed journalists.', [A('Poland', 'POL'), A('Belarus', 'BLR')], 'REQUEST POL->BLR'],
    ['Egypt accused Sudan of arming the militias.', [A('Egypt', 'EGY'), A('Sudan', 'SDN')], 'ACCUSE EGY->SDN'],
    ['India strongly condemned the Pakistani raid.', [A('India', 'IND'), A('Pakistani', 'PAK')], 'ACCUSE IND->PAK'],
    ['Cuba rejected the American proposal outright.', [A('Cuba', 'CUB'), A('American', 'USA')], 'REJECT CUB->USA'],
    ['Iran warned Israel against any strike on its sites.', [A('Iran', 'IRN'), A('Israel', 'ISR')], 'THREATEN IRN->ISR'],
    ['Thousands of Serbian students demonstrated in Belgrade.', [A('Serbian students', 'SRB', 'EDU'), A('Belgrade', 'SRB')], 'PROTEST SRB->SRB'],
    ['The European Union imposed sanctions on Syria on Monday.', [A('European Union', 'IGO'), A('Syria', 'SYR')], 'SANCTION IGO->SYR'],
    ['Latvia expelled two Russian diplomats for spying.', [A('Latvia', 'LVA'), A('Russian diplomats', 'RUS', 'GOV')], 'SANCTION LVA->RUS'],
    ['Armenia deployed troops along the Azerbaijani border.', [A('Armenia', 'ARM'), A('Azerbaijani', 'AZE')], 'MOBILIZE ARM->AZE'],
    ['Turkish police arrested forty Kurdish activists in Ankara.', [A('Turkish police', 'TUR', 'COP'), A('Kurdish activists', 'TUR', 'OPP')], 'COERCE TUR->TUR'],
    ['Ethiopian jets struck Eritrean positions near the border.', [A('Ethiopian jets', 'ETH', 'MIL'), A('Eritrean', 'ERI')], 'ASSAULT ETH->ERI'],
  ];
  for (const [text, actors, want] of cases) it(want, () => expect(code(text, actors)).toContain(want));
});

describe('roles', () => {
  it('reads a passive with its agent: the target first, the source after "by"', () => {
    expect(code('A Malian convoy was attacked by Algerian gunmen near the border.', [A('Malian convoy', 'MLI', 'MIL'), A('Algerian gunmen', 'DZA', 'REB')])).toEqual(['ASSAULT DZA->MLI']);
  });
  it('expands compound actors on both sides', () => {
    expect(code('Russia and China criticized Britain and France over the vote.', [A('Russia', 'RUS'), A('China', 'CHN'), A('Britain', 'GBR'), A('France', 'FRA')])).toEqual(['ACCUSE RUS+CHN->GBR+FRA']);
  });
  it('marks a reciprocal agreement of compound actors', () => {
    const doc = handDoc('Laos and Vietnam agreed to build a new railway.', [A('Laos', 'LAO'), A('Vietnam', 'VNM')]);
    const [e] = codeDoc(doc, data);
    expect(e).toMatchObject({ plover: 'AGREE', reciprocal: true, target: [] });
    expect(e.source.map((s) => s.country)).toEqual(['LAO', 'VNM']);
  });
  it('takes the other party of the sentence when the clause names no target', () => {
    expect(code('On the Tibet question, Nepal remains open to negotiations.', [A('Tibet', 'CHN'), A('Nepal', 'NPL')])).toEqual(['AGREE NPL->CHN']);
  });
});

describe('roles, harder cases', () => {
  it('passes over an apposition between the subject and its verb', () => {
    expect(code('Qatar, a close Saudi partner, has refused to join the blockade.', [A('Qatar', 'QAT'), A('Saudi', 'SAU')])).toEqual(['REJECT QAT->SAU']);
  });
  it('passes over a possessor inside the trigger: "X\'s interest in relations with Y" targets Y', () => {
    expect(code('Putin expressed Russia\'s keen interest in developing relations with Mongolia.', [A('Putin', 'RUS', 'GOV'), A('Russia', 'RUS'), A('Mongolia', 'MNG')])).toEqual(['AGREE RUS->MNG']);
  });
  it('does not code a gerund that names an activity', () => {
    expect(code('Kenya stressed the necessity of maintaining forces in Somalia.', [A('Kenya', 'KEN'), A('Somalia', 'SOM')])).toEqual([]);
  });
  it('prefers the main clause to a relative clause of background', () => {
    expect(code('Peru lifted the curfew in Lima, where rioters were killed last year.', [A('Peru', 'PER'), { text: 'Lima', country: 'PER', id: 'lima' }])).toEqual(['CONCEDE PER->PER']);
  });
  it('lets a verb joined by "and" share the subject of the verb before it', () => {
    const got = code('Gunmen from Chad killed one Libyan soldier and wounded three others.', [A('Gunmen from Chad', 'TCD', 'REB'), A('Libyan soldier', 'LBY', 'MIL')]);
    expect(got).toHaveLength(2); // killed, wounded: both by the gunmen
    expect(new Set(got)).toEqual(new Set(['ASSAULT TCD->LBY']));
  });
  it('reads a noun naming the act a verb just reported as the same event', () => {
    expect(code('Basque rebels wounded two Spanish policemen in a bomb attack.', [A('Basque rebels', 'ESP', 'REB'), A('Spanish policemen', 'ESP', 'COP')])).toEqual(['ASSAULT ESP->ESP']);
  });
  it('does not make an actor its own target', () => {
    const doc = handDoc('Putin offered to negotiate with the president of Armenia.', [
      { text: 'Putin', country: 'RUS', sector: 'GOV', id: 'vladimir-putin' },
      { text: 'the president', country: 'RUS', sector: 'GOV', id: 'vladimir-putin', kind: 'nominal' },
      A('Armenia', 'ARM'),
    ]);
    expect(codeDoc(doc, data).map((e) => e.target.map((t) => t.country).join('+'))).toEqual(['ARM']);
  });
  it('gives a particle verb its own weight ("called off a strike" is no strike)', () => {
    expect(code('Nurses in Ghana called off their strike on Monday.', [A('Nurses in Ghana', 'GHA', 'MED')])).toEqual(['CONCEDE GHA->']);
  });
});

describe('negation, modality and intent', () => {
  it('codes refused future cooperation as REJECT', () => {
    expect(code('Syria says it will not accept any more refugees from Iraq.', [A('Syria', 'SYR'), A('Iraq', 'IRQ')])).toEqual(['REJECT SYR->IRQ']);
  });
  it('marks "did not" and "never" as negated', () => {
    expect(code('Chile did not accuse Peru of spying.', [A('Chile', 'CHL'), A('Peru', 'PER')])).toEqual(['NOT ACCUSE CHL->PER']);
    expect(code('Oman has never attacked Yemen.', [A('Oman', 'OMN'), A('Yemen', 'YEM')])).toEqual(['NOT ASSAULT OMN->YEM']);
  });
  it('codes "refused to" as the rejection, not the refused act', () => {
    expect(code('Hungary refused to send troops to Kosovo.', [A('Hungary', 'HUN'), A('Kosovo', 'XKX')])).toEqual(['REJECT HUN->XKX']);
  });
  it('drops hypothetical events', () => {
    expect(code('Analysts said Ghana could attack Togo.', [A('Ghana', 'GHA'), A('Togo', 'TGO')])).toEqual([]);
    expect(code('It is unlikely that Fiji will sign the treaty with Tonga.', [A('Fiji', 'FJI'), A('Tonga', 'TON')])).toEqual([]);
  });
  it('codes future or intended cooperation as AGREE (PLOVER)', () => {
    expect(code('Japan will send food aid to Nepal.', [A('Japan', 'JPN'), A('Nepal', 'NPL')])).toEqual(['AGREE JPN->NPL']);
    expect(code('Syria is ready to withdraw its troops from Lebanon.', [A('Syria', 'SYR'), A('Lebanon', 'LBN')])).toEqual(['AGREE SYR->LBN']);
  });
  it('codes future material conflict as THREATEN', () => {
    expect(code('Niger will impose sanctions on Mali.', [A('Niger', 'NER'), A('Mali', 'MLI')])).toEqual(['THREATEN NER->MLI']);
  });
  it('does not code a participle used as an adjective', () => {
    expect(code('Chad sent aid to the besieged Sudanese town.', [A('Chad', 'TCD'), A('Sudanese', 'SDN')])).toEqual(['AID TCD->SDN']);
  });
});

describe('events claimed in quotes', () => {
  const ZUMA = { id: 'jacob-zuma', name: 'Jacob Zuma', country: 'ZAF', sector: 'GOV' };
  it('records the quote and takes "we" as the speaker', () => {
    const text = '"We will always support Lesotho in its recovery," Zuma told reporters.';
    const doc = handDoc(text, [A('Lesotho', 'LSO'), A('Zuma', 'ZAF', 'GOV')], (d) => [
      { start: 1, end: d.text.indexOf(',"'), kind: 'direct', cue: null, speaker: { start: d.text.indexOf('Zuma'), end: d.text.indexOf('Zuma') + 4 }, speakerActor: ZUMA },
    ]);
    const events = codeDoc(doc, data);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ plover: 'AGREE', quoteIndex: 0 });
    expect(events[0].source[0]).toMatchObject({ country: 'ZAF', actorId: 'jacob-zuma' });
    expect(events[0].target[0].country).toBe('LSO');
  });
  it('keeps a third party named in a reported statement as the source', () => {
    const text = 'Zuma said that Angola had attacked Namibian border posts.';
    const doc = handDoc(text, [A('Zuma', 'ZAF', 'GOV'), A('Angola', 'AGO'), A('Namibian border posts', 'NAM', 'MIL')], (d) => [
      { start: d.text.indexOf('Angola'), end: d.text.length - 1, kind: 'indirect', cue: { start: 5, end: 9 }, speaker: { start: 0, end: 4 }, speakerActor: ZUMA },
    ]);
    const [e] = codeDoc(doc, data);
    expect(e).toMatchObject({ plover: 'ASSAULT', quoteIndex: 0 });
    expect(e.source[0].country).toBe('AGO');
    expect(e.target[0].country).toBe('NAM');
  });
  it('takes the speaker as source of a reported statement with no subject of its own', () => {
    const text = 'Zuma announced a suspension of flights to Malawi.';
    const doc = handDoc(text, [A('Zuma', 'ZAF', 'GOV'), A('Malawi', 'MWI')], (d) => [
      { start: d.text.indexOf('a suspension'), end: d.text.length - 1, kind: 'indirect', cue: { start: 5, end: 14 }, speaker: { start: 0, end: 4 }, speakerActor: ZUMA },
    ]);
    const [e] = codeDoc(doc, data);
    expect(e).toMatchObject({ plover: 'SANCTION', quoteIndex: 0 });
    expect(e.source[0].actorId).toBe('jacob-zuma');
    expect(e.target[0].country).toBe('MWI');
  });
  it('reads "Y must ..." in a reported statement as the speaker\'s request of Y', () => {
    const text = 'Zuma said that Malawi must withdraw its troops from the border.';
    const doc = handDoc(text, [A('Zuma', 'ZAF', 'GOV'), A('Malawi', 'MWI')], (d) => [
      { start: d.text.indexOf('Malawi'), end: d.text.length - 1, kind: 'indirect', cue: { start: 5, end: 9 }, speaker: { start: 0, end: 4 }, speakerActor: ZUMA },
    ]);
    const [e] = codeDoc(doc, data);
    expect(e).toMatchObject({ plover: 'REQUEST', cameo: '1056', quoteIndex: 0 });
    expect(e.source[0].actorId).toBe('jacob-zuma');
    expect(e.target[0].country).toBe('MWI');
  });
  it('does not make the speaker the source of a statement that names its own subject', () => {
    const text = 'Prisoners rioted in a jail near Dili, local residents said.';
    const RES = { id: null, name: 'local residents', country: 'TLS', sector: 'CVL' };
    const doc = handDoc(text, [A('Dili', 'TLS'), { text: 'local residents', country: 'TLS', sector: 'CVL', kind: 'nominal' }], (d) => [
      { start: 0, end: d.text.indexOf(','), kind: 'indirect', cue: null, speaker: { start: d.text.indexOf('local'), end: d.text.indexOf(' said') }, speakerActor: RES },
    ]);
    expect(codeDoc(doc, data).map((e) => e.source.length)).toEqual([0]);
  });
  it('leaves quoteIndex null for an event told in the narrative', () => {
    const doc = handDoc('Angola attacked Namibian border posts.', [A('Angola', 'AGO'), A('Namibian border posts', 'NAM', 'MIL')]);
    expect(codeDoc(doc, data)[0].quoteIndex).toBeNull();
  });
});

describe('evidence', () => {
  it('carries cameo, goldstein, quadClass, mode, trigger and sentence spans', () => {
    const text = 'Quiet week. The Kenyan president affirmed Ghana as a close ally.';
    const doc = handDoc(text, [A('Kenyan president', 'KEN', 'GOV'), A('Ghana', 'GHA')]);
    const [e] = codeDoc(doc, data);
    expect(e).toMatchObject({ plover: 'SUPPORT', cameo: '051', goldstein: 3.4, quadClass: 1, negated: false });
    expect(doc.slice(e.trigger)).toBe('affirmed Ghana as a close ally');
    expect(doc.slice(e.sentence)).toBe('The Kenyan president affirmed Ghana as a close ally.');
    expect(doc.slice(e.source[0])).toBe('Kenyan president');
  });
});
