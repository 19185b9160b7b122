// Derives data/geo/places.tsv: one row per state in data/actors/countries.tsv with its ISO 3166-1
// alpha-2 code, its names as the text gives them (name and aliases), its capital, and the capital's
// latitude and longitude where the tz database has a zone named after that capital.
//   node data/geo/derive-places.mjs [ISO_3166_JSON] [ZONE_TAB] > data/geo/places.tsv
// Defaults are the Debian files: /usr/share/iso-codes/json/iso_3166-1.json (package iso-codes) and
// /usr/share/zoneinfo/zone.tab (package tzdata, public domain). See README.md beside this file.
import { readFileSync } from 'node:fs';

const here = new URL('.', import.meta.url);
const iso = JSON.parse(readFileSync(process.argv[2] ?? '/usr/share/iso-codes/json/iso_3166-1.json', 'utf8'))['3166-1'];
const zones = readFileSync(process.argv[3] ?? '/usr/share/zoneinfo/zone.tab', 'utf8');
const alpha2 = new Map(iso.map((c) => [c.alpha_3, c.alpha_2]));
// Kosovo has no ISO 3166-1 code; XK is the user-assigned code its own institutions and the EU use.
alpha2.set('XKX', 'XK');
alpha2.set('XKK', 'XK');

/** ISO 6709 degrees and minutes (+DDMM or +DDDMM, optionally seconds) to decimal degrees. */
function degrees(s, width) {
  const sign = s[0] === '-' ? -1 : 1;
  const d = Number(s.slice(1, 1 + width));
  const m = Number(s.slice(1 + width, 3 + width));
  const sec = s.length > 3 + width ? Number(s.slice(3 + width, 5 + width)) : 0;
  return +(sign * (d + m / 60 + sec / 3600)).toFixed(4);
}

const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
const cityOf = new Map(); // "CC|folded city" -> [lat, long, zone]
for (const line of zones.split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const [cc, coord, zone] = line.split('\t');
  const m = /^([+-]\d+)([+-]\d+)$/.exec(coord);
  if (!m) continue;
  const city = zone.split('/').at(-1).replace(/_/g, ' ');
  cityOf.set(`${cc}|${fold(city)}`, [degrees(m[1], 2), degrees(m[2], 3), zone]);
}

const rows = ['iso3\tiso2\tnames\tcapital\tlat\tlong\tzone'];
let located = 0;
for (const line of readFileSync(new URL('../actors/countries.tsv', here), 'utf8').split('\n')) {
  if (!line || line.startsWith('#') || line.startsWith('id\t')) continue;
  const [id, name, aliases, , capital] = line.split('\t');
  const cc = alpha2.get(id) ?? '';
  const names = [name, ...(aliases ? aliases.split(' | ') : [])].join(' | ');
  const at = capital && cc ? cityOf.get(`${cc}|${fold(capital)}`) : undefined;
  if (at) located++;
  rows.push([id, cc, names, capital ?? '', at?.[0] ?? '', at?.[1] ?? '', at?.[2] ?? ''].join('\t'));
}
process.stdout.write(rows.join('\n') + '\n');
process.stderr.write(`places: ${rows.length - 1} states, ${located} capitals with coordinates\n`);
