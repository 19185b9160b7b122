import { parseRoleLine } from './roles.ts';
import { DictionaryError, type EntryKind, type Role } from './types.ts';
import type { EntryDef } from './validate.ts';
import type { EntityType } from '../doc/types.ts';

const TYPE_OF: Record<string, EntityType> = { country: 'LOC', igo: 'ORG', group: 'ORG', person: 'PERSON', org: 'ORG', place: 'LOC' };

/**
 * Reads a derived TSV dictionary: kind, id, name, aliases ("|"), roles (";"), source. Lines starting with
 * "#" are comments. Errors name the file and line.
 */
export function readTsv(text: string, file: string): EntryDef[] {
  const out: EntryDef[] = [];
  let line = 0;
  let at = 0;
  while (at < text.length) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    const row = text.slice(at, nl);
    at = nl + 1;
    line++;
    if (!row || row.charCodeAt(0) === 35) continue;
    const cols = row.split('\t');
    if (cols.length < 5) throw new DictionaryError(file, line, `expected 5 or 6 tab-separated columns (kind, id, name, aliases, roles, source), found ${cols.length}`);
    const [kind, id, name, aliases, roleText] = cols;
    const type = TYPE_OF[kind];
    if (!type) throw new DictionaryError(file, line, `unknown kind '${kind}'`);
    if (!id || !name) throw new DictionaryError(file, line, 'id and name must not be empty');
    const roles: Role[] = [];
    for (const r of roleText ? roleText.split(';') : []) {
      const role = parseRoleLine(r);
      if (typeof role === 'string') throw new DictionaryError(file, line, role);
      roles.push(role);
    }
    const entry = { id, name, kind: kind as EntryKind, type, roles, gender: null, plural: false, source: `${file}:${line}` };
    const forms = [{ form: name, use: 'name' as const, sector: null }];
    if (aliases) for (const a of aliases.split('|')) forms.push({ form: a, use: 'name', sector: null });
    out.push({ entry, forms });
  }
  return out;
}
