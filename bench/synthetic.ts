// Synthetic wire articles for benchmarks and the crash test: a seeded generator that fills short
// sentence templates with real international actors, places, numbers and days, so articles differ
// enough that only the deliberate syndicated copies look alike. Also synthetic events for query benches.

export interface SyntheticArticle {
  id: string;
  url: string;
  date: string;
  text: string;
}

/** A small seeded PRNG (mulberry32), so every run builds the same corpus. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const ACTORS: [name: string, role: string, country: string, place: string][] = [
  ['Vladimir Putin', 'Russian President', 'Russia', 'MOSCOW'],
  ['Sergei Lavrov', 'Russian Foreign Minister', 'Russia', 'MOSCOW'],
  ['Recep Tayyip Erdogan', 'Turkish President', 'Turkey', 'ANKARA'],
  ['Hakan Fidan', 'Turkish Foreign Minister', 'Turkey', 'ANKARA'],
  ['Volodymyr Zelensky', 'Ukrainian President', 'Ukraine', 'KYIV'],
  ['Wang Yi', 'Chinese Foreign Minister', 'China', 'BEIJING'],
  ['Xi Jinping', 'Chinese President', 'China', 'BEIJING'],
  ['Antonio Guterres', 'UN Secretary-General', 'the United Nations', 'NEW YORK'],
  ['Zabihullah Mujahid', 'Taliban spokesman', 'Afghanistan', 'KABUL'],
  ['Narendra Modi', 'Indian Prime Minister', 'India', 'NEW DELHI'],
  ['Shehbaz Sharif', 'Pakistani Prime Minister', 'Pakistan', 'ISLAMABAD'],
  ['Emmanuel Macron', 'French President', 'France', 'PARIS'],
  ['Olaf Scholz', 'German Chancellor', 'Germany', 'BERLIN'],
  ['Antony Blinken', 'US Secretary of State', 'the United States', 'WASHINGTON'],
  ['Rafael Grossi', 'IAEA Director General', 'the IAEA', 'VIENNA'],
  ['Benjamin Netanyahu', 'Israeli Prime Minister', 'Israel', 'JERUSALEM'],
];

const TOPICS = ['grain exports', 'gas supplies', 'border security', 'a prisoner exchange', 'nuclear inspections', 'trade tariffs', 'refugee returns',
  'water sharing', 'arms deliveries', 'a ceasefire', 'shipping lanes', 'fishing rights', 'debt relief', 'energy prices', 'air defence', 'visa rules'];
const VERBS = ['praised', 'criticised', 'accused', 'thanked', 'warned', 'urged', 'welcomed', 'condemned', 'invited', 'threatened'];
const PLEDGES = ['pledged support to', 'promised aid to', 'agreed to meet', 'signed a deal with', 'imposed sanctions on', 'rejected a proposal from'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WORDS = ['quickly', 'openly', 'firmly', 'again', 'finally', 'carefully', 'jointly', 'publicly', 'formally', 'briefly'];

export function* syntheticArticles(n: number, seed = 7, copyShare = 0.05): Generator<SyntheticArticle> {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const recent: SyntheticArticle[] = [];
  for (let i = 0; i < n; i++) {
    if (recent.length && r() < copyShare) {
      const orig = pick(recent);
      const text = orig.text.replace(/\(Wirecast\)/, '(Wirecast via Daily Courier)') + '\n\nThis story was supplied by a news agency.';
      yield { id: `syn-${i}`, url: `https://courier.example/world/${i}`, date: orig.date, text };
      continue;
    }
    const a = pick(ACTORS);
    let b = pick(ACTORS);
    while (b[2] === a[2]) b = pick(ACTORS);
    const c = pick(ACTORS);
    const month = Math.floor(r() * 12);
    const day = 1 + Math.floor(r() * 28);
    const year = 2023 + Math.floor(r() * 3);
    const date = `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const topic = pick(TOPICS);
    const wd = pick(DAYS);
    const num = () => 2 + Math.floor(r() * 900);
    const paras = [
      `${a[0].split(' ').pop()} ${pick(PLEDGES).split(' ')[0]} ${b[2]} over ${topic}`,
      `${a[3]}, ${MONTHS[month]} ${day}, ${year} (Wirecast) - ${a[1]} ${a[0]} on ${wd} ${pick(PLEDGES)} ${b[2]} after ${num()} days of talks on ${topic}, officials said.`,
      `"We will ${pick(WORDS)} defend our interests on ${topic}, and ${b[2]} knows it," ${a[0].split(' ').pop()} told reporters in ${a[3].toLowerCase().replace(/\b\w/g, (x) => x.toUpperCase())}.`,
      `${b[1]} ${b[0]} ${pick(VERBS)} ${a[2]} on ${pick(DAYS)} and said ${num()} officials would travel to ${c[3].toLowerCase().replace(/\b\w/g, (x) => x.toUpperCase())} for talks on ${pick(TOPICS)}.`,
      `Read more: ${pick(TOPICS)} ${pick(WORDS)} back on the agenda in ${c[2]}`,
      `The president said ${a[2]} had ${pick(WORDS)} offered ${num()} million dollars for ${pick(TOPICS)} and ${pick(WORDS)} asked ${c[2]} to ${pick(['join', 'host', 'support', 'observe'])} the process.`,
      `${c[1]} ${c[0]} ${pick(VERBS)} both sides, adding that ${num()} people had been affected by disputes over ${pick(TOPICS)} since ${year - 1 - Math.floor(r() * 5)}.`,
    ];
    const art: SyntheticArticle = { id: `syn-${i}`, url: `https://wirecast.example/${year}/${i}`, date, text: paras.join('\n\n') + '\n' };
    recent.push(art);
    if (recent.length > 50) recent.shift();
    yield art;
  }
}

const PLOVER: [string, string, number, number][] = [
  ['SUPPORT', '051', 3.4, 1], ['CONSULT', '040', 1, 1], ['AGREE', '057', 8, 1], ['AID', '070', 7, 2], ['COOPERATE', '061', 6.4, 2],
  ['ACCUSE', '112', -2, 3], ['THREATEN', '130', -4.4, 3], ['REJECT', '120', -4, 3], ['SANCTION', '163', -8, 4], ['ASSAULT', '190', -10, 4],
];
export const COUNTRIES = ['RUS', 'TUR', 'UKR', 'CHN', 'AFG', 'IND', 'PAK', 'FRA', 'DEU', 'USA', 'IRN', 'ISR', 'GBR', 'JPN', 'BRA', 'ZAF', 'EGY', 'SAU', 'IRQ', 'SYR'];
const SECTORS = ['GOV', 'MIL', 'GOV', 'GOV', 'OPP', 'BUS'];

export interface SyntheticEvent {
  plover: string;
  cameo: string;
  goldstein: number;
  quadClass: number;
  date: string;
  source: { country: string; sector: string };
  target: { country: string; sector: string };
}

/** Random events between country actors over 2015-2025, for query benchmarks. */
export function* syntheticEvents(n: number, seed = 11): Generator<SyntheticEvent> {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  for (let i = 0; i < n; i++) {
    const [plover, cameo, goldstein, quadClass] = pick(PLOVER);
    const s = pick(COUNTRIES);
    let t = pick(COUNTRIES);
    if (t === s) t = COUNTRIES[(COUNTRIES.indexOf(s) + 1) % COUNTRIES.length];
    const d = new Date(Date.UTC(2015, 0, 1) + Math.floor(r() * 11 * 365) * 864e5).toISOString().slice(0, 10);
    yield { plover, cameo, goldstein, quadClass, date: d, source: { country: s, sector: pick(SECTORS) }, target: { country: t, sector: pick(SECTORS) } };
  }
}
