// Wire-style sentences, written for dyad, on what a careful analyst would call wrong in whole articles:
// negated complements of requests, conciliatory intent, duplicates, self-dyads, speakers taken as
// targets, verbs joined by "and", participles and possessors. Country actors carry their ISO code as
// id, as the actor layer gives them.
import { describe, expect, it } from 'vitest';
import { codeDoc } from './code.ts';
import { loadOntology, loadVerbs } from './load.ts';
import { handDoc, type HandActor } from './test-doc.ts';
import type { Doc } from '../doc/doc.ts';
import type { ActorRef, Event, Quote } from '../doc/types.ts';

const data = { ontology: loadOntology(), verbs: loadVerbs() };
/** A state: its id is its country code, as the actor layer gives countries and capitals. */
const S = (text: string, country: string, sector: string | null = null): HandActor => ({ text, country, sector, id: country });
/** Any other actor: its id comes from its words. */
const A = (text: string, country: string, sector: string | null = null, id?: string): HandActor => ({ text, country, sector, id });
const P = (text: string, country: string, id: string): HandActor => ({ text, country, sector: 'GOV', id, type: 'PERSON' });

interface Said {
  /** The reported words (first occurrence in the text). */
  content: string;
  speaker: string;
  who: ActorRef;
  kind?: Quote['kind'];
}

function quotesOf(said: Said[]) {
  return (d: Doc): Quote[] =>
    said.map((s) => {
      const start = d.text.indexOf(s.content);
      const sp = d.text.indexOf(s.speaker);
      return { start, end: start + s.content.length, kind: s.kind ?? 'indirect', cue: null, speaker: { start: sp, end: sp + s.speaker.length }, speakerActor: s.who };
    });
}

const show = (e: Event) => `${e.negated ? 'NOT ' : ''}${e.plover} ${e.source.map((s) => s.country).join('+')}->${e.target.map((s) => s.country).join('+')}`;

function events(text: string, actors: HandActor[], said: Said[] = []): Event[] {
  return codeDoc(handDoc(text, actors, quotesOf(said)), data);
}
const code = (text: string, actors: HandActor[], said: Said[] = []) => events(text, actors, said).map(show);

describe('a request with a negated complement', () => {
  it('codes the request once and no act for "urged X not to Y"', () => {
    const got = code('The African Union criticised the vote and urged Khartoum not to legitimise a parliament that excludes opposition parties.', [A('African Union', 'IGO', null, 'au'), S('Khartoum', 'SDN', 'GOV')]);
    expect(got).toEqual(['ACCUSE IGO->SDN', 'REQUEST IGO->SDN']);
  });
  it('keeps "called on X not to deploy" a request only', () => {
    expect(code('Germany called on Serbia not to deploy troops near the Kosovo border.', [S('Germany', 'DEU'), S('Serbia', 'SRB'), S('Kosovo', 'XKX')])).toEqual(['REQUEST DEU->SRB']);
  });
  it('keeps "pressed X not to sign" a request only', () => {
    expect(code('Washington pressed Seoul not to sign the arms deal with Moscow.', [S('Washington', 'USA', 'GOV'), S('Seoul', 'KOR', 'GOV'), S('Moscow', 'RUS', 'GOV')])).toEqual(['REQUEST USA->KOR']);
  });
});

describe('conciliatory acts and intent (CAMEO 08x, PLOVER AGREE for intent)', () => {
  it('reads a promised removal from a list of banned groups as intent to ease sanctions', () => {
    const [e, ...rest] = events('Kazakh Foreign Minister Murat Nurtleu said Astana would soon remove the Taliban from its list of banned organisations.', [
      P('Murat Nurtleu', 'KAZ', 'murat-nurtleu'), S('Astana', 'KAZ', 'GOV'), A('Taliban', 'AFG', 'GOV', 'taliban'),
    ], [{ content: 'Astana would soon remove the Taliban from its list of banned organisations', speaker: 'Kazakh Foreign Minister Murat Nurtleu', who: { id: 'murat-nurtleu', name: 'Murat Nurtleu', country: 'KAZ', sector: 'GOV' } }]);
    expect(rest).toEqual([]);
    expect(show(e)).toBe('AGREE KAZ->AFG');
    expect(e.cameo).toBe('0351');
  });
  it('codes a removal from a terrorism list as easing sanctions', () => {
    const [e] = events('The United States removed Cuba from its list of state sponsors of terrorism on Tuesday.', [S('United States', 'USA'), S('Cuba', 'CUB')]);
    expect(show(e)).toBe('CONCEDE USA->CUB');
    expect(e.cameo).toBe('081');
  });
  it('codes a lifted ban as a concession', () => {
    expect(code('Canada lifted its ban on flights from Mexico on Friday.', [S('Canada', 'CAN'), S('Mexico', 'MEX')])).toEqual(['CONCEDE CAN->MEX']);
  });
  it('codes promised easing of sanctions as AGREE', () => {
    const [e] = events('Britain will ease sanctions on Syria next month.', [S('Britain', 'GBR'), S('Syria', 'SYR')]);
    expect(show(e)).toBe('AGREE GBR->SYR');
    expect(e.cameo).toBe('0354');
  });
  it('codes a wish to widen trade as intent to cooperate economically', () => {
    const [e] = events('Putin said Moscow would widen trade with Kabul despite Western objections.', [P('Putin', 'RUS', 'vladimir-putin'), S('Moscow', 'RUS', 'GOV'), S('Kabul', 'AFG', 'GOV')],
      [{ content: 'Moscow would widen trade with Kabul despite Western objections', speaker: 'Putin', who: { id: 'vladimir-putin', name: 'Vladimir Putin', country: 'RUS', sector: 'GOV' } }]);
    expect(show(e)).toBe('AGREE RUS->AFG');
    expect(e.cameo).toBe('0311');
  });
  it('reads "saw no reason to return" as no return', () => {
    expect(code('Moscow saw no reason to return to the grain deal with Kyiv.', [S('Moscow', 'RUS', 'GOV'), S('Kyiv', 'UKR', 'GOV')]).filter((s) => !s.startsWith('NOT '))).toEqual([]);
  });
  it('reads "would not accept" demands as a rejection', () => {
    expect(code('Tehran said it was ready to cooperate with the agency but would not accept political pressure from Washington.', [S('Tehran', 'IRN', 'GOV'), S('Washington', 'USA', 'GOV')])).toContain('REJECT IRN->USA');
  });
});

describe('one event for one report', () => {
  it('codes a paragraph repeated by the wire once', () => {
    const p = 'The European Union adopted new sanctions against Belarus on Monday.';
    expect(code(`${p}\n\nOfficials gave no details.\n\n${p}`, [A('European Union', 'IGO', null, 'eu'), S('Belarus', 'BLR')])).toEqual(['SANCTION IGO->BLR']);
  });
  it('codes one trigger once when a quote splits it', () => {
    const text = '"Lithuania imposed sanctions on Minsk," the minister said, "and on nobody else."';
    const got = events(text, [S('Lithuania', 'LTU'), S('Minsk', 'BLR', 'GOV')], [{ content: 'Lithuania imposed sanctions on Minsk', speaker: 'the minister', who: { id: null, name: 'the minister', country: 'LTU', sector: 'GOV' }, kind: 'direct' }]);
    expect(got.map(show)).toEqual(['SANCTION LTU->BLR']);
  });
});

describe('no actor is its own target', () => {
  it('does not take the speaker of "..., he said" as the target', () => {
    expect(code('Moscow was open to talks, he said, but only on its own terms.', [S('Moscow', 'RUS', 'GOV'), { text: 'he', country: 'RUS', sector: 'GOV', id: 'sergei-lavrov', kind: 'pronoun' }])).toEqual(['AGREE RUS->']);
  });
  it('takes "we" in a quote as the speaker and the other party as target, not the speaker', () => {
    const text = '"Uzbekistan is a good neighbour, and we want trade, not confrontation," he said.';
    const who = { id: 'zabihullah-mujahid', name: 'Zabihullah Mujahid', country: 'AFG', sector: 'GOV' };
    const got = events(text, [S('Uzbekistan', 'UZB'), { text: 'he', country: 'AFG', sector: 'GOV', id: 'zabihullah-mujahid', kind: 'pronoun' }], [
      { content: 'Uzbekistan is a good neighbour, and we want trade, not confrontation,', speaker: 'he', who, kind: 'direct' },
    ]);
    expect(got.map(show)).toEqual(['AGREE AFG->UZB']);
    expect(got[0].source[0].actorId).toBe('zabihullah-mujahid');
  });
  it('does not make a venue in the source\'s own country the target of an offer to host talks', () => {
    expect(code('Turkey said it was ready to host new peace talks in Istanbul.', [S('Turkey', 'TUR'), A('Istanbul', 'TUR', null, 'istanbul')])).toEqual(['AGREE TUR->']);
  });
  it('does not code a threat by a state official against her own country', () => {
    const got = code('Spokeswoman Maria Zakharova threatened painful countermeasures against foreign firms still working in Russia.', [P('Maria Zakharova', 'RUS', 'maria-zakharova'), S('Russia', 'RUS')]);
    expect(got).toEqual(['THREATEN RUS->']);
  });
  it('does not code the Kremlin against Russia', () => {
    expect(code('The Kremlin condemned the raid on Russia by drones.', [S('Kremlin', 'RUS', 'GOV'), S('Russia', 'RUS')])).toEqual(['ACCUSE RUS->']);
  });
  it('keeps domestic events between different actors of one country', () => {
    expect(code('Kenyan police arrested dozens of opposition supporters in Nairobi on Tuesday.', [A('Kenyan police', 'KEN', 'COP'), A('opposition supporters', 'KEN', 'OPP'), A('Nairobi', 'KEN', null, 'nairobi')])).toEqual(['COERCE KEN->KEN']);
    expect(code('Iranian riot police attacked protesters in Tehran.', [A('Iranian riot police', 'IRN', 'COP'), A('protesters', 'IRN', 'CVL'), S('Tehran', 'IRN', 'GOV')])).toEqual(['ASSAULT IRN->IRN']);
    expect(code('The junta declared a state of emergency in Niger.', [A('junta', 'NER', 'MIL'), S('Niger', 'NER')])).toEqual(['COERCE NER->NER']);
    expect(code('Khartoum allowed humanitarian access to Darfur on Sunday.', [S('Khartoum', 'SDN', 'GOV'), A('Darfur', 'SDN', null, 'darfur')])).toEqual(['RETREAT SDN->SDN']);
  });
});

describe('verbs joined by "and"', () => {
  it('gives "..., and called on" the subject of the verb it is joined to', () => {
    const got = code('China said on Tuesday it would send an envoy to Kyiv and Moscow next week, and called on Russia and Ukraine to start peace talks.', [
      S('China', 'CHN'), S('Kyiv', 'UKR', 'GOV'), S('Moscow', 'RUS', 'GOV'), S('Russia', 'RUS'), S('Ukraine', 'UKR'),
    ]);
    expect(got).toContain('REQUEST CHN->RUS+UKR');
    expect(got.filter((s) => s.startsWith('REQUEST'))).toHaveLength(1);
  });
  it('carries "should" to a second verb and reads both as the speaker\'s demand', () => {
    const who = { id: null, name: 'A spokesman', country: 'AFG', sector: 'GOV' };
    const got = code('A spokesman said the United Nations should respect Afghan laws and stop linking aid to politics.', [A('United Nations', 'UNO', null, 'un'), S('Afghan', 'AFG')], [
      { content: 'the United Nations should respect Afghan laws and stop linking aid to politics', speaker: 'A spokesman', who },
    ]);
    expect(got).toEqual(['REQUEST AFG->UNO']);
  });
  it('skips a relative clause to find the verb a second one is joined to', () => {
    const got = code('Pakistan accused Afghanistan\'s Taliban government of sheltering militants who have attacked Pakistani soldiers, and warned that it would defend its territory.', [
      S('Pakistan', 'PAK'), S('Afghanistan', 'AFG'), A('Taliban government', 'AFG', 'GOV', 'taliban'), A('Pakistani soldiers', 'PAK', 'MIL'),
    ]);
    expect(got).toContain('ACCUSE PAK->AFG');
    expect(got.filter((s) => s.startsWith('THREATEN'))).toEqual(['THREATEN PAK->AFG']);
  });
  it('gives "and hoped to welcome him" the speaker, not the actor just before', () => {
    const who = { id: 'recep-tayyip-erdogan', name: 'Recep Tayyip Erdogan', country: 'TUR', sector: 'GOV' };
    const got = code('Erdogan said he would speak with Putin by telephone next week and hoped to welcome him in Ankara.', [
      P('Erdogan', 'TUR', 'recep-tayyip-erdogan'), { text: 'he', country: 'TUR', sector: 'GOV', id: 'recep-tayyip-erdogan', kind: 'pronoun' }, P('Putin', 'RUS', 'vladimir-putin'), S('Ankara', 'TUR', 'GOV'),
    ], [{ content: 'he would speak with Putin by telephone next week and hoped to welcome him in Ankara', speaker: 'Erdogan', who }]);
    expect(got.length).toBeGreaterThan(0);
    for (const g of got) expect(g).toBe('AGREE TUR->RUS');
  });
});

describe('participles, possessors and opening phrases', () => {
  it('reads "companies accused of" as a description, not an accusation by the companies', () => {
    expect(code('The EU imposed sanctions on Iranian firms accused of supplying drones to Russia.', [A('EU', 'IGO', null, 'eu'), A('Iranian firms', 'IRN', 'BUS'), S('Russia', 'RUS')])).toEqual(['SANCTION IGO->IRN']);
  });
  it('reads "diplomats accused of spying" the same way', () => {
    expect(code('Mali expelled three French diplomats accused of spying for Paris.', [S('Mali', 'MLI'), A('French diplomats', 'FRA', 'GOV'), S('Paris', 'FRA', 'GOV')])).toEqual(['SANCTION MLI->FRA']);
  });
  it('takes the subject after an opening participle phrase as the source of talks within it', () => {
    expect(code('Speaking after talks with an Iranian delegation at the Kremlin, Lavrov said relations were strong.', [
      A('Iranian delegation', 'IRN', 'GOV'), S('Kremlin', 'RUS', 'GOV'), P('Lavrov', 'RUS', 'sergei-lavrov'),
    ])).toEqual(['CONSULT RUS->IRN']);
  });
  it('targets the head of "Afghanistan\'s Taliban government", not its possessor', () => {
    const [e] = events('Russia pledged support to Afghanistan\'s Taliban government in its fight against Islamic State.', [S('Russia', 'RUS'), S('Afghanistan', 'AFG'), A('Taliban government', 'AFG', 'GOV', 'taliban'), A('Islamic State', 'IRQ', 'REB')]);
    expect(show(e)).toBe('SUPPORT RUS->AFG');
    expect(e.target[0]).toMatchObject({ actorId: 'taliban', sector: 'GOV' });
  });
  it('reads "see them as partners" in a quote as support by the speaker', () => {
    const who = { id: 'vladimir-putin', name: 'Vladimir Putin', country: 'RUS', sector: 'GOV' };
    const text = '"We see them as partners in the fight against terrorism," Putin told reporters.';
    expect(code(text, [P('Putin', 'RUS', 'vladimir-putin'), { text: 'them', country: 'AFG', sector: 'GOV', id: 'taliban', kind: 'pronoun' }], [
      { content: 'We see them as partners in the fight against terrorism,', speaker: 'Putin', who, kind: 'direct' },
    ])).toEqual(['SUPPORT RUS->AFG']);
  });
});

describe('appositions and clause limits', () => {
  it('reads "the head of the IAEA, Rafael Grossi," as one actor, the named one', () => {
    const [e] = events('The head of the IAEA, Rafael Grossi, will travel to Tehran next week.', [A('IAEA', 'UNO', null, 'iaea'), P('Rafael Grossi', 'UNO', 'rafael-grossi'), S('Tehran', 'IRN', 'GOV')]);
    expect(show(e)).toBe('AGREE UNO->IRN');
    expect(e.source.map((s) => s.actorId)).toEqual(['rafael-grossi']);
  });
  it('still joins a list with "and" into a compound actor', () => {
    expect(code('Russia, China and Iran condemned the strike on Syria.', [S('Russia', 'RUS'), S('China', 'CHN'), S('Iran', 'IRN'), S('Syria', 'SYR')])).toEqual(['ACCUSE RUS+CHN+IRN->SYR']);
  });
  it('does not take a party past "but" as the other party of a meeting', () => {
    const got = code('Zelensky said he would meet the envoy but rejected any plan that left Russian troops on Ukrainian land.', [
      P('Zelensky', 'UKR', 'volodymyr-zelensky'), { text: 'he', country: 'UKR', sector: 'GOV', id: 'volodymyr-zelensky', kind: 'pronoun' }, A('Russian troops', 'RUS', 'MIL'), S('Ukrainian', 'UKR'),
    ]);
    expect(got).toContain('AGREE UKR->');
  });
  it('keeps the party of a condition in a threat ("unless Israel ...")', () => {
    expect(code('Druze leaders threatened to hold a general strike unless Israel lifted the closure.', [A('Druze leaders', 'SYR', 'CVL'), S('Israel', 'ISR')])).toEqual(['THREATEN SYR->ISR']);
  });
  it('does not make a leader the target of his own promise about his country', () => {
    const got = code('President Kostunica promised to democratize Serbia as he took office.', [P('Kostunica', 'SRB', 'vojislav-kostunica'), S('Serbia', 'SRB'), { text: 'he', country: 'SRB', sector: 'GOV', id: 'vojislav-kostunica', kind: 'pronoun' }]);
    expect(got).toEqual(['AGREE SRB->']);
  });
  it('reads "speaking with X" as consultation', () => {
    expect(code('Macron said he had spoken with Scholz by telephone on Monday.', [P('Macron', 'FRA', 'emmanuel-macron'), P('Scholz', 'DEU', 'olaf-scholz')])).toEqual(['CONSULT FRA->DEU']);
  });
});

describe('relative clauses and tagger slips', () => {
  it('does not take an actor before "a euro that does not buy" as the buyer', () => {
    const got = events('Every euro we deny Moscow is a euro that does not buy a missile.', [S('Moscow', 'RUS', 'GOV')]);
    expect(got.filter((e) => e.source.some((s) => s.country === 'RUS'))).toEqual([]);
  });
  it('keeps the actor a relative pronoun stands for ("Pakistan, which has expelled ...")', () => {
    const got = code('Pakistan, which has expelled thousands of Afghans since 2023, reopened the border crossing.', [S('Pakistan', 'PAK'), A('Afghans', 'AFG', 'CVL')]);
    expect(got.some((g) => g.startsWith('SANCTION PAK->AFG') || g.startsWith('COERCE PAK->AFG') || g.startsWith('RETREAT PAK->'))).toBe(true);
  });
  it('reads a word after "have" as a verb ("forces have retaken")', () => {
    expect(code('Vietnamese-led forces have retaken a village in Western Cambodia.', [S('Vietnamese', 'VNM'), A('Western Cambodia', 'KHM', null, 'western-cambodia')])).toContain('ASSAULT VNM->KHM');
  });
});

describe('wire families', () => {
  const cases: [string, HandActor[], string][] = [
    ['Russia deployed additional troops to its border with Finland.', [S('Russia', 'RUS'), S('Finland', 'FIN')], 'MOBILIZE RUS->FIN'],
    ['Israeli jets struck targets in southern Lebanon overnight.', [A('Israeli jets', 'ISR', 'MIL'), S('Lebanon', 'LBN')], 'ASSAULT ISR->LBN'],
    ['Japan will provide $50 million in humanitarian aid to Sudan.', [S('Japan', 'JPN'), S('Sudan', 'SDN')], 'AGREE JPN->SDN'],
    ['Saudi Arabia sent 100 tonnes of medical supplies to Gaza on Sunday.', [S('Saudi Arabia', 'SAU'), A('Gaza', 'PSE', null, 'gaza')], 'AID SAU->PSE'],
    ['Thousands of Georgians rallied outside parliament against the new law.', [A('Georgians', 'GEO', 'CVL')], 'PROTEST GEO->'],
    ['Beijing protested the sale of American fighter jets to Taiwan.', [S('Beijing', 'CHN', 'GOV'), S('American', 'USA'), S('Taiwan', 'TWN')], 'ACCUSE CHN->USA'],
    ['Washington imposed sanctions on two Chinese companies on Friday.', [S('Washington', 'USA', 'GOV'), A('Chinese companies', 'CHN', 'BUS')], 'SANCTION USA->CHN'],
    ['The Taliban administration rejected the call from the United Nations.', [A('Taliban administration', 'AFG', 'GOV', 'taliban'), A('United Nations', 'UNO', null, 'un')], 'REJECT AFG->UNO'],
    ['The IAEA chief will travel to Tehran next week.', [A('IAEA chief', 'UNO', null, 'iaea-chief'), S('Tehran', 'IRN', 'GOV')], 'AGREE UNO->IRN'],
    ['Ukraine accused Russia of launching drones at the port of Odesa overnight.', [S('Ukraine', 'UKR'), S('Russia', 'RUS')], 'ACCUSE UKR->RUS'],
    ['The Taliban rejected the accusation from Islamabad and said Afghan soil was not used against any country.', [A('Taliban', 'AFG', 'GOV', 'taliban'), S('Islamabad', 'PAK', 'GOV'), S('Afghan', 'AFG')], 'REJECT AFG->PAK'],
    ['Seoul said it would work with Tokyo to carry out the deal.', [S('Seoul', 'KOR', 'GOV'), S('Tokyo', 'JPN', 'GOV')], 'AGREE KOR->JPN'],
  ];
  for (const [text, actors, want] of cases) it(want, () => expect(code(text, actors)).toContain(want));

  it('codes "press X to" as a request, not an attack', () => {
    const got = code('The IAEA chief will travel to Tehran next week to press Iran to restore access for inspectors, the agency said on Thursday.', [A('IAEA chief', 'UNO', null, 'iaea-chief'), S('Tehran', 'IRN', 'GOV'), S('Iran', 'IRN')]);
    expect(got.some((s) => s.startsWith('ASSAULT'))).toBe(false);
    expect(got).toContain('AGREE UNO->IRN');
  });
  it('does not code an export control as cooperation', () => {
    expect(code('Beijing said it controlled exports of dual-use goods strictly.', [S('Beijing', 'CHN', 'GOV')])).toEqual([]);
  });
  it('does not let a condemnation take the target of the next clause', () => {
    const got = code('NATO\'s secretary general condemned the attack and said the alliance would deliver more air defence systems to Ukraine.', [A('NATO', 'IGO', null, 'nato'), S('Ukraine', 'UKR')]);
    expect(got.filter((s) => s.startsWith('ACCUSE'))).toEqual(['ACCUSE IGO->']);
  });
  it('codes a statement in quotes that a state will not admit inspectors as a rejection', () => {
    const who = { id: 'abbas-araghchi', name: 'Abbas Araghchi', country: 'IRN', sector: 'GOV' };
    const got = code('"Iran will not allow inspectors into its military sites," Foreign Minister Abbas Araghchi said.', [S('Iran', 'IRN'), P('Abbas Araghchi', 'IRN', 'abbas-araghchi')], [
      { content: 'Iran will not allow inspectors into its military sites,', speaker: 'Foreign Minister Abbas Araghchi', who, kind: 'direct' },
    ]);
    expect(got).toEqual(['REJECT IRN->']);
  });
});
