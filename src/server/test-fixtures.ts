// Fixture articles for the API and browser tests, written for them: a small world of five reports
// (Moscow and the Taliban, Ankara and Moscow, a claim by Kyiv inside a quote, and one hostile page
// whose text carries <script> and <img onerror> that must stay inert). Built with the store's own
// test helper, so offsets are found in the text rather than typed by hand.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActorRef } from '../doc/types.ts';
import { openSqliteStore } from '../store/sqlite/sqlite-store.ts';
import type { ArticleInput, Store } from '../store/store.ts';
import { makeArticle } from '../store/test-articles.ts';

export const PUTIN: ActorRef = { id: 'vladimir-putin', name: 'Vladimir Putin', country: 'RUS', sector: 'GOV' };
export const TALIBAN: ActorRef = { id: 'taliban', name: 'Taliban', country: 'AFG', sector: 'GOV' };
export const ERDOGAN: ActorRef = { id: 'recep-tayyip-erdogan', name: 'Recep Tayyip Erdogan', country: 'TUR', sector: 'GOV' };
export const KULEBA: ActorRef = { id: 'dmytro-kuleba', name: 'Dmytro Kuleba', country: 'UKR', sector: 'GOV' };
// Countries are keyed by their ISO code, as in the bundled dictionary: the API must take RUS as this actor.
// A state as a whole has no sector (CAMEO codes it RUS, not RUSGOV), so a sector filter leaves it out.
export const RUSSIA: ActorRef = { id: 'RUS', name: 'Russia', country: 'RUS', sector: null };
export const UKRAINE: ActorRef = { id: 'UKR', name: 'Ukraine', country: 'UKR', sector: null };

/** What the hostile article tries to run; the browser test checks these globals stay unset. */
export const HOSTILE_SCRIPT = '<script>window.__pwned = "script"</script>';
export const HOSTILE_IMG = '<img src="x" onerror="window.__pwned = \'img\'">';

export function fixtureArticles(): ArticleInput[] {
  const a1 = makeArticle({
    id: 'kabul-1', url: 'https://wire.example/2024/06/putin-taliban', date: '2024-06-18', title: 'Putin pledges support to Taliban government',
    text: [
      'Russian President Vladimir Putin on Tuesday pledged support to the Taliban government in Kabul, officials in Moscow said.',
      '"We will stand with our neighbours against terror," Putin told reporters after the talks.',
      'A Taliban spokesman said the two sides would meet again in the autumn.',
    ].join('\n'),
    entities: [['Vladimir Putin', 'PERSON', PUTIN], ['Taliban', 'ORG', TALIBAN], ['Moscow', 'LOC', null], ['Taliban', 'ORG', TALIBAN, 1]],
    quotes: [{ text: 'We will stand with our neighbours against terror,', speaker: 'Putin', actor: PUTIN, cue: 'told' }],
    events: [{ source: ['Vladimir Putin', PUTIN], target: ['Taliban', TALIBAN], trigger: 'pledged support', plover: 'SUPPORT', cameo: '051', goldstein: 3.4, quadClass: 1 }],
  });
  const a2 = makeArticle({
    id: 'ankara-1', url: 'https://ankara.example/2024/07/grain', date: '2024-07-09', title: 'Erdogan accuses Putin over grain corridor',
    text: [
      'Turkish President Recep Tayyip Erdogan accused Vladimir Putin of stalling the grain corridor, speaking in Ankara on Tuesday.',
      '"Promises made at the table must be kept at sea," Erdogan told lawmakers.',
    ].join('\n'),
    entities: [['Recep Tayyip Erdogan', 'PERSON', ERDOGAN], ['Vladimir Putin', 'PERSON', PUTIN], ['Ankara', 'LOC', null]],
    quotes: [{ text: 'Promises made at the table must be kept at sea,', speaker: 'Erdogan', actor: ERDOGAN, cue: 'told' }],
    events: [{ source: ['Recep Tayyip Erdogan', ERDOGAN], target: ['Vladimir Putin', PUTIN], trigger: 'accused', plover: 'ACCUSE', cameo: '112', goldstein: -2, quadClass: 3 }],
  });
  const a3 = makeArticle({
    id: 'kabul-2', url: 'https://wire.example/2024/08/wheat', date: '2024-08-21', title: 'Russian wheat reaches Kabul',
    text: [
      'Vladimir Putin sent a shipment of wheat to the Taliban authorities this week, the first since the spring.',
      'Officials in Kabul said the grain would be shared among northern provinces.',
    ].join('\n'),
    entities: [['Vladimir Putin', 'PERSON', PUTIN], ['Taliban', 'ORG', TALIBAN], ['Kabul', 'LOC', null]],
    events: [{ source: ['Vladimir Putin', PUTIN], target: ['Taliban', TALIBAN], trigger: 'sent a shipment of wheat', plover: 'AID', cameo: '07', goldstein: 7.4, quadClass: 2 }],
  });
  const a4 = makeArticle({
    id: 'kyiv-1', url: 'https://kyiv.example/2024/09/odesa', date: '2024-09-03', title: 'Kyiv says Russia shelled Odesa port',
    text: [
      '"Russia shelled the port of Odesa through the night," Foreign Minister Dmytro Kuleba told reporters in Kyiv on Tuesday.',
      'Kuleba said Ukraine would ask its partners for more air defence.',
    ].join('\n'),
    entities: [['Russia', 'LOC', RUSSIA], ['Dmytro Kuleba', 'PERSON', KULEBA], ['Ukraine', 'LOC', UKRAINE]],
    quotes: [{ text: 'Russia shelled the port of Odesa through the night,', speaker: 'Dmytro Kuleba', actor: KULEBA, cue: 'told' }],
    events: [{ source: ['Russia', RUSSIA], target: ['Ukraine', UKRAINE], trigger: 'shelled', plover: 'ASSAULT', cameo: '195', goldstein: -10, quadClass: 4 }],
  });
  // The shelling is Kuleba's claim: the event sits inside his quote.
  a4.contract.events[0].quoteIndex = 0;
  a4.contract.events[0].target = [{ text: 'Odesa', start: a4.text.indexOf('Odesa'), end: a4.text.indexOf('Odesa') + 5, country: 'UKR', sector: null, actorId: 'UKR' }];
  const a5 = makeArticle({
    id: 'hostile-1', url: 'https://odd.example/2024/10/page', date: '2024-10-02', title: `Erdogan meets Putin ${HOSTILE_SCRIPT}`,
    text: [
      `Recep Tayyip Erdogan met Vladimir Putin in Sochi on Wednesday. ${HOSTILE_SCRIPT}`,
      `"Talks are the only road ${HOSTILE_IMG} to peace," Erdogan told reporters.`,
      'The page also carried <b>bold</b> words and an &amp; entity.',
    ].join('\n'),
    entities: [['Recep Tayyip Erdogan', 'PERSON', ERDOGAN], ['Vladimir Putin', 'PERSON', PUTIN]],
    quotes: [{ text: `Talks are the only road ${HOSTILE_IMG} to peace,`, speaker: 'Erdogan', actor: ERDOGAN, cue: 'told' }],
    events: [{ source: ['Recep Tayyip Erdogan', ERDOGAN], target: ['Vladimir Putin', PUTIN], trigger: 'met', plover: 'CONSULT', cameo: '040', goldstein: 1, quadClass: 1 }],
  });
  a5.contract.article.related = [{ title: HOSTILE_IMG, url: 'javascript:window.__pwned="link"' }];
  return [a1, a2, a3, a4, a5];
}

/** A fresh SQLite store in a temporary folder holding the fixture articles. */
export async function fixtureStore(): Promise<{ store: Store; done: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-server-'));
  const store = openSqliteStore(join(dir, 'fixture.db'));
  await store.write(fixtureArticles());
  return {
    store,
    done: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A press-briefing report written for the tests, with "X told reporters" quotes, for the paste box. */
export const BRIEFING_TEXT = [
  'Foreign Ministry Spokesperson Lin Wen on Monday urged Washington to stop sending weapons to the region.',
  '',
  '"The United States should stop adding fuel to the fire," Lin told reporters at a regular press briefing in Beijing.',
  '',
  'Asked about the planned visit of a Japanese delegation, Lin said the ministry had not received any request.',
  '',
  '"We hope all parties will act with restraint and keep the door to dialogue open," she told reporters.',
].join('\n');
