import type { EntityType } from '../doc/types.ts';
import { parseRoleLine } from './roles.ts';
import { DictionaryError, type ActorEntry, type EntryKind, type Role } from './types.ts';
import type { EntryDef } from './validate.ts';

/** The header of a derived dictionary (phoenix.tsv). */
export const DERIVED_HEADER = 'kind\tid\tname\taliases\troles\tsource';

const DAY = '\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])';
const ROLE = `(?:[A-Z]{3}|-) (?:[A-Z]{2,4}|-)(?: ${DAY}\\.\\.(?:${DAY})?| \\.\\.${DAY})?`;
/** One whole row, checked by one regular expression: the derived file is large, and this keeps loading fast. */
const ROW = new RegExp(`^(place|person|org|group)\\t[A-Za-z0-9][A-Za-z0-9_.-]*\\t[^\\t|;]+\\t[^\\t]*\\t${ROLE}(?:; ${ROLE})*\\t[^\\t]*$`);
const TYPE_OF: Record<string, EntityType> = { person: 'PERSON', org: 'ORG', group: 'ORG', place: 'LOC' };

/** An entry whose roles are parsed when first asked for (most derived entries are never met in a text). */
class LazyEntry implements ActorEntry {
  private parsed: Role[] | null = null;
  gender = null;
  plural = false;
  constructor(
    readonly id: string,
    readonly name: string,
    readonly kind: EntryKind,
    readonly type: EntityType,
    private readonly roleText: string,
    readonly source: string,
  ) {}
  get roles(): Role[] {
    return (this.parsed ??= this.roleText.split('; ').map((r) => parseRoleLine(r) as Role));
  }
  set roles(r: Role[]) {
    this.parsed = r;
  }
}

/**
 * Reads a derived dictionary (kind, id, name, aliases, roles, source). Each row is checked whole at
 * load; a bad row gives an error with its file and line. Role dates are checked for form (month 01-12,
 * day 01-31); a parsed role is checked in full when first used.
 */
export function readDerived(text: string, file: string): EntryDef[] {
  const out: EntryDef[] = [];
  const base = file.slice(file.lastIndexOf('/') + 1);
  let line = 0;
  let at = 0;
  let header = false;
  while (at < text.length) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    const row = text.slice(at, nl);
    at = nl + 1;
    line++;
    if (!row || row.charCodeAt(0) === 35) continue;
    if (!header) {
      header = true;
      continue;
    }
    if (!ROW.test(row)) throw new DictionaryError(file, line, explain(row));
    const c = row.split('\t');
    const entry = new LazyEntry(c[1], c[2], c[0] as EntryKind, TYPE_OF[c[0]], c[4], `${base}:${line}`);
    const forms = [{ form: c[2], use: 'name' as const, sector: null }];
    if (c[3]) for (const a of c[3].split(' | ')) forms.push({ form: a, use: 'name', sector: null });
    out.push({ entry, forms });
  }
  return out;
}

/** Says what is wrong with a row that failed the check. */
function explain(row: string): string {
  const c = row.split('\t');
  if (c.length !== 6) return `expected 6 tab-separated cells (kind, id, name, aliases, roles, source), found ${c.length}`;
  if (!TYPE_OF[c[0]]) return `unknown kind '${c[0]}' (place, person, org or group)`;
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(c[1])) return `id "${c[1]}" may use only letters, digits, '.', '_' and '-'`;
  if (!c[2] || /[|;]/.test(c[2])) return 'name must be one non-empty name';
  for (const r of c[4].split('; ')) {
    const role = parseRoleLine(r);
    if (typeof role === 'string') return role;
    if (!new RegExp(`^${ROLE}$`).test(r)) return `role "${r}" must be "COUNTRY SECTOR [FROM..TO]" (derived roles carry no title)`;
  }
  return 'row is not in the derived format';
}
