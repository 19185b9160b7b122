// The GDELT export's three geography blocks (Actor1Geo_, Actor2Geo_, ActionGeo_: Type, FullName,
// CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID) from the places dyad knows: the states of
// data/actors/countries.tsv and their capitals, with coordinates where data/geo/places.tsv has them.
//   - An actor's location is its country, at country level (Type 1), as GDELT writes a country match.
//   - The action's location is the first capital or state named after a spatial preposition in the
//     event's sentence ("in Kabul", "near the Ukraine border"; not a possessive, "at Kenya's request"): a capital is a city (Type 4, or 3 in
//     the US) with its latitude and longitude when known, a state is Type 1. No such phrase: empty.
// CountryCode and ADM1Code hold the ISO 3166-1 alpha-2 code (GDELT writes FIPS 10-4 codes there, for
// which dyad has no source yet; data/geo/README.md lists what differs); ADM1 is not known below the
// country, so ADM1Code is the country code, as GDELT writes it for a country match. FeatureID is the
// country code for a country, empty for a city (dyad has no GNS feature ids).
import { readFileSync } from 'node:fs';

interface State { iso3: string; iso2: string; name: string; capital: string; lat: number | null; long: number | null }
interface Place { state: State; city: boolean }

/** GDELT geography types. */
const COUNTRY = 1;
const US_CITY = 3;
const WORLD_CITY = 4;
/** English spatial prepositions of location (where an event happens, not where to or from). */
const SPATIAL = ['in', 'at', 'near', 'inside', 'outside', 'within', 'throughout', 'across'];

let loaded: { states: Map<string, State>; places: Map<string, Place>; phrase: RegExp } | null = null;

function load() {
  if (loaded) return loaded;
  const states = new Map<string, State>();
  const places = new Map<string, Place>();
  const text = readFileSync(new URL('../../../data/geo/places.tsv', import.meta.url), 'utf8');
  for (const line of text.split('\n').slice(1)) {
    if (!line) continue;
    const [iso3, iso2, names, capital, lat, long] = line.split('\t');
    if (!iso2) continue;
    const all = names.split(' | ');
    const state: State = { iso3, iso2, name: all[0], capital, lat: lat ? Number(lat) : null, long: long ? Number(long) : null };
    states.set(iso3, state);
    for (const n of all) if (!places.has(n)) places.set(n, { state, city: false });
    if (capital && !places.has(capital)) places.set(capital, { state, city: true });
  }
  const names = [...places.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const preps = SPATIAL.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`);
  const phrase = new RegExp(`\\b(?:${preps.join('|')})\\s+(?:the\\s+)?(${names.join('|')})(?![\\w'’-])`);
  loaded = { states, places, phrase };
  return loaded;
}

type Geo = [number, string, string, string, null, number | null, number | null, string | null];
const EMPTY = Array(8).fill(null);

function countryGeo(s: State): Geo {
  return [COUNTRY, s.name, s.iso2, s.iso2, null, null, null, s.iso2];
}

/** An actor's geography: its country, when it is a state dyad knows. */
export function actorGeo(country: string | null | undefined): unknown[] {
  const s = country ? load().states.get(country) : undefined;
  return s ? countryGeo(s) : EMPTY;
}

/** The action's geography: the first capital or state named after a spatial preposition in the sentence. */
export function actionGeo(sentence: string | null | undefined): unknown[] {
  if (!sentence) return EMPTY;
  const { places, phrase } = load();
  const m = phrase.exec(sentence);
  const place = m ? places.get(m[1]) : undefined;
  if (!place) return EMPTY;
  const s = place.state;
  if (!place.city) return countryGeo(s);
  return [s.iso2 === 'US' ? US_CITY : WORLD_CITY, `${s.capital}, ${s.name}`, s.iso2, s.iso2, null, s.lat, s.long, null];
}
