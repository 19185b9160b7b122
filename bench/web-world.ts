// A store the size of a busy newsroom's year for the web page bench: N short articles (default
// 10,000) written for this bench by a seeded generator, each telling one to three events between
// actors of 40 states and their sectors plus a long tail of one-off people, reported by 12 outlets
// over four years. A few states are far more prominent than the rest (Zipf-like), as in real news,
// so the network has hubs and a long tail, and the filters have something to cut.
import type { ActorRef } from '../src/doc/types.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import type { ArticleInput } from '../src/store/store.ts';
import { makeArticle } from '../src/store/test-articles.ts';
import { rng } from './synthetic.ts';

const STATES: [string, string][] = [
  ['USA', 'United States'], ['RUS', 'Russia'], ['CHN', 'China'], ['UKR', 'Ukraine'], ['ISR', 'Israel'], ['IRN', 'Iran'], ['GBR', 'Britain'], ['FRA', 'France'],
  ['DEU', 'Germany'], ['TUR', 'Turkey'], ['IND', 'India'], ['PAK', 'Pakistan'], ['SAU', 'Saudi Arabia'], ['EGY', 'Egypt'], ['JPN', 'Japan'], ['KOR', 'South Korea'],
  ['PRK', 'North Korea'], ['SYR', 'Syria'], ['IRQ', 'Iraq'], ['AFG', 'Afghanistan'], ['BRA', 'Brazil'], ['MEX', 'Mexico'], ['ZAF', 'South Africa'], ['NGA', 'Nigeria'],
  ['ETH', 'Ethiopia'], ['SDN', 'Sudan'], ['VEN', 'Venezuela'], ['POL', 'Poland'], ['ITA', 'Italy'], ['ESP', 'Spain'], ['QAT', 'Qatar'], ['ARE', 'the Emirates'],
  ['LBN', 'Lebanon'], ['JOR', 'Jordan'], ['AZE', 'Azerbaijan'], ['ARM', 'Armenia'], ['SRB', 'Serbia'], ['IDN', 'Indonesia'], ['PHL', 'the Philippines'], ['CAN', 'Canada'],
];
const SECTORS: [string, string][] = [['GOV', 'government'], ['MIL', 'army'], ['OPP', 'opposition'], ['BUS', 'business groups'], ['MED', 'state media'], ['JUD', 'courts']];
const FIRST = ['Ana', 'Omar', 'Lena', 'Ivan', 'Mei', 'Kofi', 'Sara', 'Yusuf', 'Nadia', 'Tomas', 'Aiko', 'Ravi', 'Elif', 'Marco', 'Zara', 'Pavel'];
const LAST = ['Okafor', 'Lindqvist', 'Haddad', 'Moreau', 'Tanaka', 'Petrov', 'Castillo', 'Mensah', 'Novak', 'Rahimi', 'Sato', 'Bauer', 'Kaya', 'Silva'];
// Types with a CAMEO code, Goldstein score and quad class, and a verb that tells them.
const TYPES: [plover: string, cameo: string, goldstein: number, quad: number, verb: string][] = [
  ['CONSULT', '040', 1, 1, 'held talks with'], ['SUPPORT', '051', 3.4, 1, 'backed'], ['AGREE', '057', 8, 1, 'signed an accord with'], ['REQUEST', '020', -1, 1, 'appealed to'],
  ['AID', '070', 7, 2, 'sent aid to'], ['COOPERATE', '061', 6.4, 2, 'worked with'], ['RETREAT', '087', 9, 2, 'freed detainees held by'],
  ['ACCUSE', '112', -2, 3, 'accused'], ['REJECT', '120', -4, 3, 'rebuffed'], ['THREATEN', '130', -4.4, 3, 'threatened'], ['PROTEST', '141', -6.5, 3, 'protested against'],
  ['SANCTION', '163', -8, 4, 'imposed sanctions on'], ['MOBILIZE', '152', -7.2, 4, 'massed troops near'], ['ASSAULT', '190', -10, 4, 'attacked'],
];
const OUTLETS = ['wirecast.example', 'daily-courier.example', 'globe-post.example', 'evening-ledger.example', 'harbour-times.example', 'capital-report.example',
  'frontier-news.example', 'north-star.example', 'meridian.example', 'the-dispatch.example', 'citizen-voice.example', 'world-desk.example'];

export function* worldArticles(n: number, seed = 16): Generator<ArticleInput> {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  // Zipf-like: the state of rank k is picked with weight 1 / (k + 1).
  const weights = STATES.map((_, k) => 1 / (k + 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  const state = () => {
    let x = r() * sum;
    for (let k = 0; k < STATES.length; k++) if ((x -= weights[k]) < 0) return STATES[k];
    return STATES[STATES.length - 1];
  };
  const actor = (): ActorRef => {
    const [code, name] = state();
    const u = r();
    if (u < 0.45) return { id: code, name, country: code, sector: null };
    if (u < 0.9) {
      const [s, word] = SECTORS[Math.min(SECTORS.length - 1, Math.floor(r() * r() * SECTORS.length))];
      return { id: `${code}${s}`, name: `${name.replace(/^the /, '')} ${word}`, country: code, sector: s };
    }
    // A person, most of them seen once or twice: the long tail of a real store.
    const p = `${pick(FIRST)} ${pick(LAST)}`;
    return { id: null, name: `${p} of ${name.replace(/^the /, '')}`, country: code, sector: r() < 0.6 ? 'GOV' : 'OPP' };
  };
  for (let i = 0; i < n; i++) {
    const date = new Date(Date.UTC(2022, 0, 1) + Math.floor(r() * 4 * 365) * 864e5).toISOString().slice(0, 10);
    const outlet = pick(OUTLETS);
    const k = 1 + Math.floor(r() * r() * 3);
    const lines: string[] = [];
    const events: Parameters<typeof makeArticle>[0]['events'] = [];
    const entities: [string, string, ActorRef | null][] = [];
    const used = new Set<string>();
    for (let j = 0; j < k; j++) {
      const a = actor();
      let b = actor();
      for (let tries = 0; b.country === a.country && tries < 5; tries++) b = actor();
      if (b.name === a.name || used.has(a.name) || used.has(b.name)) continue;
      const t = TYPES[Math.floor(r() * TYPES.length)];
      if (lines.some((l) => l.includes(t[4]))) continue;
      used.add(a.name).add(b.name);
      lines.push(`${a.name} ${t[4]} ${b.name} on day ${1 + Math.floor(r() * 28)}, report ${i}-${j} said, citing ${2 + Math.floor(r() * 900)} officials.`);
      entities.push([a.name, a.id ? 'ORG' : 'PERSON', a], [b.name, b.id ? 'ORG' : 'PERSON', b]);
      const f = r();
      const told = f < 0.05 ? { negated: true, factuality: 'negated' as const } : f < 0.08 ? { negated: true, factuality: 'claimed' as const } : {};
      events.push({ source: [a.name, a], target: [b.name, b], trigger: t[4], plover: t[0], cameo: t[1], goldstein: t[2], quadClass: t[3], ...told });
    }
    if (!lines.length) continue;
    lines.push(`Filed ${date} by desk ${Math.floor(r() * 1e6)} with ${Math.floor(r() * 1e6)} words of background.`);
    yield makeArticle({ id: `web-${i}`, url: `https://${outlet}/${date.slice(0, 4)}/${i}`, date, title: lines[0].slice(0, 60), text: lines.join('\n'), entities, events });
  }
}

/** Writes the world into a new SQLite store at `path`, in batches; returns the store's counts. */
export async function buildWorld(path: string, n: number): Promise<{ articles: number; actors: number; events: number; ms: number }> {
  const t = Date.now();
  const store = openSqliteStore(path);
  let batch: ArticleInput[] = [];
  for (const a of worldArticles(n)) {
    batch.push(a);
    if (batch.length === 500) (await store.write(batch), (batch = []));
  }
  if (batch.length) await store.write(batch);
  const s = await store.stats();
  await store.close();
  return { articles: s.articles, actors: s.actors, events: s.events, ms: Date.now() - t };
}
