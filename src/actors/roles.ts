import type { ActorRef } from '../doc/types.ts';
import type { ActorEntry, Role } from './types.ts';
import { modernRole } from './legacy-codes.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[A-Z]{3}$/;
const SECTOR = /^[A-Z]{2,4}$/;

/** Whether a string is a real ISO day (2024-02-30 is not). */
export function isIsoDay(s: string): boolean {
  if (!DAY.test(s)) return false;
  const y = +s.slice(0, 4);
  const m = +s.slice(5, 7);
  const d = +s.slice(8, 10);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return days !== undefined && d >= 1 && d <= days;
}

/**
 * Parses a role written as one line: "COUNTRY SECTOR title words FROM..TO". COUNTRY and SECTOR may be
 * "-" for none; the dates may be left out, and either end of the range may be empty. Returns the role
 * or a message saying what is wrong.
 */
export function parseRoleLine(line: string): Role | string {
  const parts = line.trim().split(/\s+/);
  if (parts.length < 2) return `role "${line}" needs at least a country and a sector ("RUS GOV", "- REB")`;
  const [country, sector, ...rest] = parts;
  let from: string | null = null;
  let to: string | null = null;
  const last = rest[rest.length - 1];
  if (last && last.includes('..')) {
    rest.pop();
    const [a, b] = last.split('..');
    from = a || null;
    to = b || null;
  }
  const checked = checkRole({ country: country === '-' ? null : country, sector: sector === '-' ? null : sector, title: rest.length ? rest.join(' ') : null, from, to });
  // Legacy codes ("TMP", "SUN", a CAMEO region) become the codes dyad uses: data/actors/legacy-codes.tsv.
  return typeof checked === 'string' ? checked : modernRole(checked);
}

/** Checks a role's codes and dates; returns it, or a message saying what is wrong. */
export function checkRole(r: Role): Role | string {
  if (r.country !== null && !CODE.test(r.country)) return `country "${r.country}" is not a three-letter upper-case code (ISO alpha-3, IGO, UNO, NGO...)`;
  if (r.sector !== null && !SECTOR.test(r.sector)) return `sector "${r.sector}" is not an upper-case sector code (GOV, MIL, REB...)`;
  for (const d of [r.from, r.to]) if (d !== null && !isIsoDay(d)) return `date "${d}" is not an ISO day (YYYY-MM-DD)`;
  if (r.from && r.to && r.from >= r.to) return `role starts on ${r.from}, not before it ends on ${r.to}`;
  return r;
}

/**
 * The role an entry held on a day: the dated role that covers it (the latest start wins when several
 * do), else the undated fallback role, else null. Ends are exclusive: a role "..2021-08-15" no longer
 * holds on 2021-08-15.
 */
export function roleAt(entry: ActorEntry, day: string): Role | null {
  let best: Role | null = null;
  let fallback: Role | null = null;
  for (const r of entry.roles) {
    if (r.from === null && r.to === null) {
      fallback ??= r;
      continue;
    }
    if ((r.from === null || r.from <= day) && (r.to === null || day < r.to)) {
      if (!best || (r.from ?? '') > (best.from ?? '')) best = r;
    }
  }
  return best ?? fallback;
}

/** The actor an entry stands for on a day; `sector` overrides the role's (a capital used for its government). */
export function actorRef(entry: ActorEntry, day: string, sector?: string | null): ActorRef {
  const role = roleAt(entry, day);
  if (!role) return { id: entry.id, name: entry.name, country: lastCountry(entry, day), sector: sector ?? null };
  return { id: entry.id, name: entry.name, country: role.country, sector: sector ?? role.sector };
}

/**
 * The country of the role that ended last before the day, when every dated role has ended: a former
 * minister is still of their country, though no longer of its government. Null when none has ended.
 */
export function lastCountry(entry: ActorEntry, day: string): string | null {
  let last: Role | null = null;
  for (const r of entry.roles) if (r.to !== null && r.to <= day && r.country && (!last || r.to > last.to!)) last = r;
  return last?.country ?? null;
}
