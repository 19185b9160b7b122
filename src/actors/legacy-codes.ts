import { readFileSync } from 'node:fs';
import type { Role } from './types.ts';
import { tsvRows } from './tsv-rows.ts';

/** What a legacy or non-state CAMEO code becomes: a country code dyad uses (or none) and a sector. */
export interface Modern { country: string | null; sector: string | null }

let table: Map<string, Modern> | null = null;

/** data/actors/legacy-codes.tsv, read once: code -> {country, sector}, "-" meaning none. */
export function legacyCodes(): Map<string, Modern> {
  if (table) return table;
  const text = readFileSync(new URL('../../data/actors/legacy-codes.tsv', import.meta.url), 'utf8');
  const m = new Map<string, Modern>();
  for (const { cells } of tsvRows(text)) {
    const [code, country, sector] = cells;
    m.set(code, { country: country === '-' ? null : country, sector: sector === '-' ? null : sector });
  }
  return (table = m);
}

/**
 * A role with its legacy country code replaced ("TMP" -> "TLS", "SUN" -> "RUS", a CAMEO region -> none);
 * a code written where the country goes that is a sector or religion ("MED", "BUD") becomes the sector
 * when the role has none. Other roles are returned as they are.
 */
export function modernRole(r: Role): Role {
  const m = r.country ? legacyCodes().get(r.country) : undefined;
  if (!m) return r;
  return { ...r, country: m.country, sector: r.sector ?? m.sector };
}
