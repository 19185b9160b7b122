// Derives data/actors/phoenix.tsv from the PETRARCH-2 Phoenix actor dictionaries (MIT, Open Event Data
// Alliance). Run from the project root:  npx tsx data/actors/tools/derive-phoenix.ts ../shared/reference/petrarch2
// The curated YAML files take precedence over every form derived here (see ../README.md).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { legacyCodes } from '../../../src/actors/legacy-codes.ts';

const src = process.argv[2] ?? '../shared/reference/petrarch2';
const SECTOR_MAP: Record<string, string> = { INS: 'REB', SEP: 'REB', UAF: 'REB' };
const SECTORS = new Set(['GOV', 'MIL', 'REB', 'LEG', 'JUD', 'COP', 'OPP', 'PTY', 'CVL', 'BUS', 'MED', 'ELI', 'SPY', 'EDU', 'HLH', 'LAB', 'AGR', 'ENV', 'HRI', 'REF', 'CRM', 'REL', 'DEV', 'IGO', 'NGO', 'MNC', 'INS', 'SEP', 'UAF', 'MOD', 'RAD']);
const PARTICLES = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'i', 'e', 'al', 'el', 'de', 'la', 'le', 'du', 'des', 'bin', 'ibn', 'von', 'van', 'der', 'den', 'da', 'do', 'dos', 'di', 'y']);
const TITLES = /^(PRESIDENT|PRIME_MINISTER|VICE_PRESIDENT|SECRETARY|MINISTER|FOREIGN_MINISTER|DEFEN[CS]E_MINISTER|GENERAL|CHAIRMAN|KING|QUEEN|PRINCE|SHEIKH|AMBASSADOR|SENATOR|GOVERNOR|MAYOR|DR\.|MR\.|MRS\.|MS\.|UN_|UNITED_NATIONS_|RUSSIAN_|CHINESE_|[A-Z]+_PRESIDENT|[A-Z]+_PRIME)/;
const ORGWORD = /\b(PARTY|MINISTRY|COUNCIL|COMMITTEE|ASSOCIATION|UNION|FRONT|ARMY|FORCES?|BANK|AGENCY|OFFICE|COURT|ASSEMBLY|PARLIAMENT|GOVERNMENT|COMMISSION|MOVEMENT|ORGANI[SZ]ATION|CORPS|POLICE|SERVICE|INSTITUTE|UNIVERSITY|COMPANY|GROUP|BRIGADES?|LEAGUE|FEDERATION|CENTER|CENTRE|FUND|BOARD|DEPARTMENT|AUTHORITY|NETWORK|COALITION|ALLIANCE|SOCIETY|FOUNDATION|CONGRESS|SENATE|CABINET|NATIONAL|FEDERAL|STATE|REPUBLIC|PEOPLE|ISLAMIC)\b/;

interface Raw { name: string; syn: string[]; codes: string[]; comment: string; line: number }

function parse(file: string): Raw[] {
  const out: Raw[] = [];
  let cur: Raw | null = null;
  readFileSync(join(src, file), 'utf8').split('\n').forEach((l, i) => {
    const hash = l.indexOf('#');
    const comment = hash >= 0 ? l.slice(hash) : '';
    const body = (hash >= 0 ? l.slice(0, hash) : l).replace(/\s+$/, '');
    const codes = [...body.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1].trim());
    const text = body.replace(/\[[^\]]*\]/g, '').trim();
    if (!body.trim()) {
      if (cur && comment) cur.comment += comment;
      return;
    }
    if (/^\s/.test(body) || (!text && codes.length)) {
      if (cur) cur.codes.push(...codes), (cur.comment += comment);
      return;
    }
    if (text.startsWith('+')) {
      if (cur) cur.syn.push(text.slice(1)), cur.codes.push(...codes);
      return;
    }
    if (/^[A-Z0-9]/.test(text) && !text.startsWith('!')) {
      cur = { name: text, syn: [], codes, comment, line: i + 1 };
      out.push(cur);
    }
  });
  return out;
}

const day = (d: string): string | null => {
  if (/^\d{8}$/.test(d)) return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
  if (/^\d{6}$/.test(d)) return `${Number(d.slice(0, 2)) >= 30 ? '19' : '20'}${d.slice(0, 2)}-${d.slice(2, 4)}-${d.slice(4, 6)}`;
  return null;
};
const valid = (d: string | null) => d !== null && !Number.isNaN(Date.parse(d)) && new Date(d).toISOString().slice(0, 10) === d;

// A former union's code followed by a member's code names the member: "[USRARM <900823]" is Armenia in
// the Soviet Union, "[YUGBIH <920305]" Bosnia in Yugoslavia, "[SUNRUSLEG ...]" the Russian legislature.
const UNIONS = new Set(['USR', 'SUN', 'YUG', 'SCG', 'CSK', 'FRN']);

/** "[RUSGOV 991231-080507]" -> "RUS GOV 1999-12-31..2008-05-07"; null for codes we cannot read. */
function role(code: string): string | null {
  const m = code.match(/^([A-Z]{3})([A-Z]{3})?([A-Z]{3})?[A-Z]*\s*(?:([<>]?)(\d{6,8})(?:\s*-\s*(\d{6,8}))?)?$/);
  if (!m) return null;
  let [, country, sector, third, dir, a, b] = m;
  if (country === 'IGO' && sector === 'UNO') (country = 'UNO'), (sector = '');
  if (UNIONS.has(country) && sector && !SECTORS.has(sector)) (country = sector), (sector = third ?? '');
  // CAMEO's EUR is Europe, a region; PLOVER's EUR (which dyad uses) is the European Union.
  const legacy = country === 'EUR' ? { country: null, sector: null } : legacyCodes().get(country);
  if (legacy) (country = legacy.country ?? '-'), (sector = sector && SECTORS.has(sector) ? sector : (legacy.sector ?? ''));
  const sec = sector && SECTORS.has(sector) ? (SECTOR_MAP[sector] ?? sector) : '-';
  if (!a) return `${country} ${sec}`;
  const from = day(a);
  const to = b ? day(b) : null;
  if (!valid(from) || (b && !valid(to))) return null;
  if (from && to && from >= to) return null;
  const range = dir === '<' ? `..${from}` : dir === '>' ? `${from}..` : to ? `${from}..${to}` : `${from}..`;
  return `${country} ${sec} ${range}`;
}

// A three-letter word alone naming a body (FBI, CIA, IMF, CNN) is an acronym: kept in capitals, so it
// matches only as written so ("FBI", not "Fbi"); longer single words read as names. A place's three
// letters are a town (QOM, FEZ), not an acronym, and are left out as before.
const ACRONYM = /^[A-Z]{3}_*$/;
const form = (s: string): string =>
  ACRONYM.test(s) ? s.replace(/_+$/, '') : s.replace(/_+$/, '').split(/_+/).filter(Boolean).map((w) => w.split('-').map((p) => (PARTICLES.has(p.toLowerCase()) ? p.toLowerCase() : p.charAt(0) + p.slice(1).toLowerCase())).join('-')).join(' ');
const slug = (s: string) => s.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const rows: string[] = [];
const seen = new Set<string>();
function emit(kind: string, prefix: string, name: string, aliases: string[], roles: string[], line: string) {
  let id = `${prefix}-${slug(name)}`;
  if (!slug(name) || !roles.length) return;
  while (seen.has(id)) id += '_';
  seen.add(id);
  const al = [...new Set(aliases.filter((a) => a && a !== name))];
  rows.push([kind, id, name, al.join(' | '), roles.join('; '), line].join('\t'));
}
const isPerson = (r: Raw, roles: string[]) =>
  /CountryInfo|rulers/i.test(r.comment) || (roles.some((x) => x.includes('..')) && !ORGWORD.test(r.name) && r.name.split('_').filter(Boolean).length <= 4);
// An office is not a name: "US_SECRETARY_OF_STATE" names whoever holds it.
const OFFICE = /(^|_)(SECRETARY|MINISTER|PRESIDENT|CHAIRMAN|AMBASSADOR|GOVERNOR|SPOKESMAN|SPOKESPERSON|ENVOY|CHIEF|DIRECTOR|COMMANDER|MAYOR|SPEAKER|PRIME|PREMIER|CHANCELLOR|KING|QUEEN|PRINCE|LEADER|HEAD|OFFICIALS?)(_|$)/;
const keepForm = (s: string, person: boolean) => {
  if (OFFICE.test(s)) return false;
  if (TITLES.test(s) || /[^A-Z0-9_.'\-À-ÿ]/i.test(s)) return false;
  const words = s.split(/_+/).filter(Boolean);
  // A CAMEO code as a word (NGO, MNC) names a kind of body, not one body.
  if (words.length === 1 && (person || (s.replace(/[^A-Z]/gi, '').length < 4 && !ACRONYM.test(s)) || SECTORS.has(words[0]))) return false;
  return true;
};

function derive(file: string, tag: string) {
  for (const r of parse(file)) {
    const roles = r.codes.map(role).filter((x): x is string => x !== null);
    if (!roles.length || r.name.startsWith('!')) continue;
    const root = /^[A-Z]{3}$/.test(r.codes[0] ?? '') && file.includes('Countries');
    if (root) {
      // A legacy code is the country dyad uses ("KSV" -> XKX); a country that is none today (fictional
      // Kinakuta) gives no place.
      const legacy = legacyCodes().get(r.codes[0]);
      const code = legacy ? legacy.country : r.codes[0];
      if (code) for (const s of r.syn) if (keepForm(s, false) && !ACRONYM.test(s)) emit('place', 'phx', form(s), [], [`${code} -`], `${tag}:${r.line}`);
      continue;
    }
    const person = isPerson(r, roles);
    // An acronym is not the display name (nor the id) when the entry has a longer form: "Agence France-Presse".
    const kept = [r.name, ...r.syn].filter((s) => keepForm(s, person));
    const names = [...kept.filter((s) => !ACRONYM.test(s)), ...kept.filter((s) => ACRONYM.test(s))];
    if (!names.length) continue;
    const placeLike = file.includes('Countries') && roles.every((x) => / -$/.test(x));
    const kind = person ? 'person' : placeLike ? 'place' : file.includes('MilNonState') ? 'group' : 'org';
    emit(kind, 'phx', form(names[0]), names.slice(1).map(form), roles, `${tag}:${r.line}`);
  }
}

derive('Phoenix.Countries.actors.txt', 'Countries');
derive('Phoenix.International.actors.txt', 'International');
derive('Phoenix.MilNonState.actors.txt', 'MilNonState');
const header = [
  '# Derived from PETRARCH-2 Phoenix actor dictionaries (MIT, (c) 2014-2015 Open Event Data Alliance),',
  '# commit 676801cd9cb2924bbbad09f86d15c9323e7097bf, by data/actors/tools/derive-phoenix.ts. Do not edit: re-derive.',
  '# Columns: kind, id, name, aliases (|), roles (; "COUNTRY SECTOR FROM..TO"), source file:line.',
  ['kind', 'id', 'name', 'aliases', 'roles', 'source'].join('\t'),
];
writeFileSync(new URL('../phoenix.tsv', import.meta.url), [...header, ...rows].join('\n') + '\n');
console.log(`${rows.length} entries`);
