// CAMEO known-group codes of dictionary actors (data/actors/known-groups.tsv), for the GDELT export's
// KnownGroupCode and actor codes: the EU is IGOEEC and the IMF IGOIMF, not both plain IGO.
import { readFileSync } from 'node:fs';
import { tsvRows } from './tsv-rows.ts';

let table: Map<string, string> | null = null;

/** known-groups.tsv, read once and checked: actor id -> three-capital code. */
export function knownGroups(): Map<string, string> {
  if (table) return table;
  const text = readFileSync(new URL('../../data/actors/known-groups.tsv', import.meta.url), 'utf8');
  const m = new Map<string, string>();
  for (const { cells, line } of tsvRows(text)) {
    const [id, group] = cells;
    if (!/^[a-z0-9._-]+$/.test(id ?? '') || !/^[A-Z]{3}$/.test(group ?? '') || m.has(id)) throw new Error(`known-groups.tsv:${line}: expected a new actor id and a three-capital code`);
    m.set(id, group);
  }
  return (table = m);
}

/** An actor's known group: its own code, else UNO for a body of the UN family, else null. */
export function knownGroup(actor: { key: string; country: string | null } | null): string | null {
  if (!actor) return null;
  return knownGroups().get(actor.key) ?? (actor.country === 'UNO' ? 'UNO' : null);
}

/**
 * The actor's CAMEO code as the Phoenix dictionaries compose one: country, sector, then the known group
 * (PSEREBHMS for Hamas, IGOEEC for the EU, IGOUNOWHO for the WHO: a UN body is an IGO of the UN).
 */
export function cameoActorCode(actor: { key: string; country: string | null; sector: string | null } | null): string | null {
  if (!actor) return null;
  const group = knownGroup(actor);
  const country = actor.country === 'UNO' ? 'IGOUNO' : actor.country ?? '';
  const code = country + (actor.sector ?? '') + (group && !country.endsWith(group) ? group : '');
  return code || null;
}
