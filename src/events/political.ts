// Which sides make an act a political event. PLOVER (its manual, "Country names" and "Sector codes")
// codes acts of states, of the few non-state international entities it lists (IGO, UNO, EUR, NGO, ISM,
// IMG) and of sectors within a state: government, military, police, judiciary, legislature, parties,
// rebels, paramilitaries, intelligence, armed groups, former officials, the opposition, and civil
// society of a state (civilians, refugees, labour, students, clergy, journalists). An act whose every
// side is a company (BUS, MNC), a media outlet with no country, a city or region named alone, or a
// person known only by the country of the story ("Google offers", "Pittsburgh distanced themselves", "Real Madrid freed") is not one.

/** PLOVER's frequently used sectors, and ELI, OPP, PRE: political on their own. */
const POLITICAL_SECTORS = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'PTY', 'REB', 'PRM', 'SPY', 'UAF', 'ELI', 'OPP', 'PRE', 'INS', 'SEP', 'IGO', 'NGO']);
/** Codes of business and of media outlets, standing where a country would: not political on their own. */
const NON_POLITICAL_CODES = new Set(['BUS', 'MNC', 'MED']);
/** Business sectors: a state's companies are not political on their own; its journalists are civil society. */
const BUSINESS = new Set(['BUS', 'MNC']);
/** PLOVER's international non-state entities but the corporations. */
const NON_STATE = new Set(['IGO', 'UNO', 'EUR', 'NGO', 'ISM', 'IMG']);

export interface Side {
  country: string | null;
  sector: string | null;
  actorId: string | null;
  /** The entity type of the span (LOC, ORG, PERSON, NORP), when it is an entity. */
  type?: string;
}

/**
 * Whether this side makes an act political. `material` (CAMEO quad class 4) lets a place below the
 * state stand for it, as CAMEO's country dictionary does ("rockets hit Sderot"); for talk and
 * cooperation a city named alone is more often a team, a market or a venue.
 */
export function isPolitical(a: Side, material: boolean): boolean {
  if (a.sector && POLITICAL_SECTORS.has(a.sector)) return true;
  if (!a.country || NON_POLITICAL_CODES.has(a.country)) return false;
  if (a.sector) return !BUSINESS.has(a.sector);
  if (NON_STATE.has(a.country) || a.actorId === a.country) return true;
  if (a.type === 'LOC') return material;
  // a dictionary actor (CAMEO's actor dictionaries list political actors), or an organisation named
  // with its country ("the Liberian Peace Council")
  return !!a.actorId || a.type === 'ORG' || a.type === 'NORP';
}
