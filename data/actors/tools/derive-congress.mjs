#!/usr/bin/env node
// Derives data/actors/congress.tsv from the unitedstates/congress-legislators data (CC0 1.0 public domain
// dedication): every member of the US Congress since the 112th (2011) with each term as a dated `USA LEG`
// role, the presidents and vice presidents as `USA GOV`, and earlier members born in 1920 or later with
// the country only. Run from the project root, given a git clone of that repository:
//   node data/actors/tools/derive-congress.mjs PATH/TO/congress-legislators > data/actors/congress.tsv
// The clone's current `legislators-current.yaml` is read at each snapshot below (the repository keeps no
// dated historical file small enough to read), so anyone who sat in Congress on one of those days has
// all their terms; `legislators-historical.csv` (gh-pages branch) adds the rest without dates.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const YAML = createRequire(import.meta.url)('yaml');
const repo = process.argv[2];
if (!repo) {
  process.stderr.write('usage: derive-congress.mjs PATH/TO/congress-legislators\n');
  process.exit(2);
}
const git = (...args) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
const BRANCH = 'main';
const head = git('rev-parse', BRANCH).trim();
// One snapshot a Congress: the last commit before 1 February of each odd year, the file's first commit, and now.
const snapshots = new Set([git('rev-list', '--reverse', BRANCH, '--', 'legislators-current.yaml').trim().split('\n')[0]]);
// Up to the head commit's year, so the same clone gives the same file whenever it is run.
const lastYear = Number(git('log', '-1', '--format=%cd', '--date=format:%Y', head).trim());
for (let y = 2013; y <= lastYear; y += 2) {
  const c = git('rev-list', '-1', `--before=${y}-02-01`, BRANCH, '--', 'legislators-current.yaml').trim();
  if (c) snapshots.add(c);
}
snapshots.add(head);

/** bioguide id -> the person as the latest snapshot holding them has them. */
const people = new Map();
for (const c of snapshots) {
  for (const p of YAML.parse(git('show', `${c}:legislators-current.yaml`))) if (p.id?.bioguide) people.set(p.id.bioguide, { ...p, src: 'legislators-current.yaml' });
}
const executive = YAML.parse(git('show', `${head}:executive.yaml`));

const clean = (s) => (s ?? '').replace(/\s*\(.*\)\s*$/, '').replace(/,?\s+(Jr|Sr|II|III|IV)\.?$/, '').trim();
/** The forms of a name: the common name (Wikipedia's title), the official one, first and nickname with the last. */
function forms(name, wikipedia) {
  const last = clean(name.last);
  const out = [];
  const wiki = clean(wikipedia);
  if (wiki && wiki.split(' ').length > 1 && wiki.endsWith(last)) out.push(wiki);
  for (const f of [name.official_full, name.nickname && `${name.nickname} ${last}`, `${name.first} ${last}`, name.middle && `${name.first} ${name.middle[0]}. ${last}`]) {
    const x = clean(f);
    if (x && x.split(' ').length > 1 && !/^[A-Z]\.? /.test(x)) out.push(x);
  }
  return [...new Set(out)];
}
/** Terms as roles (derived roles carry no title), terms of one kind under two months apart joined: "USA LEG 2007-01-04..2031-01-03". */
function roles(terms) {
  const joined = [];
  for (const t of [...terms].sort((a, b) => a.start.localeCompare(b.start))) {
    const prev = joined.at(-1);
    const gap = prev ? (Date.parse(t.start) - Date.parse(prev.end)) / 864e5 : Infinity;
    if (prev && prev.type === t.type && gap <= 60) prev.end = t.end > prev.end ? t.end : prev.end;
    else joined.push({ type: t.type, start: t.start, end: t.end });
  }
  const dated = joined.filter((t) => t.start < t.end).map((t) => `USA ${t.type === 'prez' || t.type === 'viceprez' ? 'GOV' : 'LEG'} ${t.start}..${t.end}`);
  // Undated, the fallback for every other day: American before the first term (Mitt Romney in 2016) too.
  return dated.length ? [...dated, 'USA -'] : [];
}

const rows = [];
const add = (bio, name, wikipedia, roleList, src) => {
  const f = forms(name, wikipedia);
  if (f.length && roleList.length) rows.push({ id: `usc-${bio.toLowerCase()}`, forms: f, roles: roleList, src });
};
const inExecutive = new Set();
for (const p of executive) {
  const bio = p.id?.bioguide ?? `x${p.id?.govtrack ?? ''}`;
  const own = people.get(bio);
  if (p.bio?.birthday && p.bio.birthday < '1920') continue;
  inExecutive.add(bio);
  add(bio, p.name, p.id?.wikipedia, roles([...(own?.terms ?? []), ...p.terms]), 'executive.yaml');
}
for (const [bio, p] of people) if (!inExecutive.has(bio)) add(bio, p.name, p.id?.wikipedia, roles(p.terms), p.src);

// Members before 2011 born in 1920 or later: the country, with no sector (the CSV gives no term dates).
const csv = git('show', 'gh-pages:legislators-historical.csv').split('\n');
const cols = csv[0].split(',');
const field = (cells, k) => cells[cols.indexOf(k)];
for (const line of csv.slice(1)) {
  if (!line) continue;
  const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g).map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'));
  const bio = field(cells, 'bioguide_id');
  if (!bio || people.has(bio) || inExecutive.has(bio) || !(field(cells, 'birthday') >= '1920')) continue;
  const name = { first: field(cells, 'first_name'), last: field(cells, 'last_name'), middle: field(cells, 'middle_name'), nickname: field(cells, 'nickname'), official_full: field(cells, 'full_name') };
  add(bio, name, field(cells, 'wikipedia_id'), ['USA -'], 'legislators-historical.csv');
}

// A form two people share names neither: "John Williams" is left to the text.
const holders = new Map();
for (const r of rows) for (const f of r.forms) holders.set(f.toLowerCase(), (holders.get(f.toLowerCase()) ?? 0) + 1);
const out = [];
for (const r of rows.sort((a, b) => a.id.localeCompare(b.id))) {
  const f = r.forms.filter((x) => holders.get(x.toLowerCase()) === 1);
  if (f.length) out.push(['person', r.id, f[0], f.slice(1).join(' | '), r.roles.join('; '), r.src].join('\t'));
}
process.stdout.write('# Members of the US Congress, presidents and vice presidents: unitedstates/congress-legislators (CC0 1.0),\n');
process.stdout.write(`# commit ${head}, by data/actors/tools/derive-congress.mjs. Do not edit: re-derive.\n`);
process.stdout.write('kind\tid\tname\taliases\troles\tsource\n');
process.stdout.write(out.join('\n') + '\n');
process.stderr.write(`${out.length} people from ${snapshots.size} snapshots\n`);
