import type { EntityType } from '../doc/types.ts';
import type { RawItem } from './read-yaml.ts';
import { checkRole, parseRoleLine } from './roles.ts';
import { modernRole } from './legacy-codes.ts';
import { aliasTokens } from './alias-tokens.ts';
import { DictionaryError, type ActorEntry, type AgentDef, type EntryKind, type Role, type SurfaceUse } from './types.ts';

/** An entry with the forms it is written as. */
export interface EntryDef {
  entry: ActorEntry;
  forms: { form: string; use: SurfaceUse; sector: string | null }[];
}

const KINDS = new Set(['country', 'igo', 'group', 'person', 'org', 'place', 'agent']);
const TYPES = new Set(['PERSON', 'ORG', 'LOC', 'NORP']);
const TYPE_OF: Record<EntryKind, EntityType> = { country: 'LOC', igo: 'ORG', group: 'ORG', person: 'PERSON', org: 'ORG', place: 'LOC' };
const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
// 'source' is a provenance note (derived files give the line they come from); it is not used.
const FIELDS: Record<string, Set<string>> = {
  country: new Set(['kind', 'id', 'name', 'aliases', 'demonyms', 'capital', 'seats', 'combining', 'source']),
  igo: new Set(['kind', 'id', 'name', 'aliases', 'country', 'sector', 'type', 'source']),
  group: new Set(['kind', 'id', 'name', 'aliases', 'roles', 'type', 'plural', 'source']),
  person: new Set(['kind', 'id', 'name', 'aliases', 'roles', 'gender', 'type', 'source']),
  org: new Set(['kind', 'id', 'name', 'aliases', 'roles', 'type', 'plural', 'source']),
  place: new Set(['kind', 'id', 'name', 'aliases', 'roles', 'type', 'source']),
  agent: new Set(['kind', 'terms', 'plurals', 'sector', 'title', 'head', 'gender', 'role', 'source']),
};

/** Works out what an entry is: its `kind`, else the file's default, else from its fields. */
function kindOf(item: RawItem, file: string, fallback: string | null): string {
  const v = item.value;
  if (v.kind !== undefined) {
    if (typeof v.kind !== 'string' || !KINDS.has(v.kind)) throw new DictionaryError(file, item.lineOf('kind'), `kind must be one of ${[...KINDS].join(', ')}`);
    return v.kind;
  }
  if (fallback) return fallback;
  if (v.terms !== undefined) return 'agent';
  if (v.demonyms !== undefined || v.capital !== undefined) return 'country';
  if (v.gender !== undefined || v.type === 'PERSON') return 'person';
  if (v.roles !== undefined || v.type === 'ORG') return 'org';
  throw new DictionaryError(file, item.line, 'entry needs a kind (country, igo, group, person, org, place or agent)');
}

function strings(item: RawItem, file: string, key: string): string[] {
  const v = item.value[key];
  if (v === undefined || v === null) return [];
  const list = Array.isArray(v) ? v : [v];
  for (const s of list) {
    if (typeof s !== 'string' && typeof s !== 'number') throw new DictionaryError(file, item.lineOf(key), `${key} must be a list of names`);
    if (!String(s).trim() || !aliasTokens(String(s)).length) throw new DictionaryError(file, item.lineOf(key), `${key} has an empty name`);
  }
  return list.map((s) => String(s).trim());
}

function str(item: RawItem, file: string, key: string, required: boolean): string | null {
  const v = item.value[key];
  if (v === undefined || v === null) {
    if (required) throw new DictionaryError(file, item.line, `entry has no ${key}`);
    return null;
  }
  if (typeof v !== 'string' || !v.trim()) throw new DictionaryError(file, item.lineOf(key), `${key} must be a non-empty string`);
  return v.trim();
}

function roles(item: RawItem, file: string): Role[] {
  const v = item.value.roles;
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new DictionaryError(file, item.lineOf('roles'), 'roles must be a list');
  return v.map((r) => {
    let out: Role | string;
    if (typeof r === 'string') out = parseRoleLine(r);
    else if (r && typeof r === 'object') {
      const o = r as Record<string, unknown>;
      const text = (k: string) => (o[k] === undefined || o[k] === null || o[k] === '-' ? null : String(o[k] instanceof Date ? (o[k] as Date).toISOString().slice(0, 10) : o[k]));
      const extra = Object.keys(o).filter((k) => !['country', 'sector', 'title', 'from', 'to'].includes(k));
      out = extra.length ? `role has unknown field '${extra[0]}'` : checkRole({ country: text('country'), sector: text('sector'), title: text('title'), from: text('from'), to: text('to') });
    } else out = 'each role must be a string "RUS GOV president 2012-05-07.." or a map';
    if (typeof out === 'string') throw new DictionaryError(file, item.lineOf('roles'), out);
    return modernRole(out);
  });
}

/** Checks one item and turns it into an entry (or an agent definition). */
export function validateItem(item: RawItem, file: string, defaultKind: string | null): EntryDef | AgentDef[] {
  const kind = kindOf(item, file, defaultKind);
  for (const k of Object.keys(item.value)) {
    if (!FIELDS[kind].has(k)) throw new DictionaryError(file, item.lineOf(k), `unknown field '${k}' for a ${kind} entry`);
  }
  if (kind === 'agent') return agentDefs(item, file);
  const id = str(item, file, 'id', true)!;
  if (!ID.test(id)) throw new DictionaryError(file, item.lineOf('id'), `id "${id}" may use only letters, digits, '.', '_' and '-'`);
  const name = str(item, file, 'name', true)!;
  const type = str(item, file, 'type', false) ?? TYPE_OF[kind as EntryKind];
  if (!TYPES.has(type)) throw new DictionaryError(file, item.lineOf('type'), `type must be PERSON, ORG, LOC or NORP`);
  const gender = str(item, file, 'gender', false);
  if (gender !== null && gender !== 'm' && gender !== 'f') throw new DictionaryError(file, item.lineOf('gender'), 'gender must be m or f');
  const plural = item.value.plural ?? false;
  if (typeof plural !== 'boolean') throw new DictionaryError(file, item.lineOf('plural'), 'plural must be true or false');
  const entry: ActorEntry = { id, name, kind: kind as EntryKind, type: type as EntityType, roles: [], gender: gender as 'm' | 'f' | null, plural, source: source(item, file) };
  const forms: EntryDef['forms'] = [name, ...strings(item, file, 'aliases')].map((form) => ({ form, use: 'name' as SurfaceUse, sector: null }));
  if (kind === 'country') {
    if (!/^[A-Z]{3}$/.test(id)) throw new DictionaryError(file, item.lineOf('id'), `a country's id must be its ISO alpha-3 code, not "${id}"`);
    entry.roles = [{ country: id, sector: null, title: null, from: null, to: null }];
    for (const f of strings(item, file, 'demonyms')) forms.push({ form: f, use: 'demonym', sector: null });
    for (const f of strings(item, file, 'capital')) forms.push({ form: f, use: 'capital', sector: 'GOV' });
    for (const f of strings(item, file, 'seats')) forms.push({ form: f, use: 'seat', sector: 'GOV' });
    for (const f of strings(item, file, 'combining')) forms.push({ form: f, use: 'combining', sector: null });
  } else if (kind === 'igo') {
    const r = checkRole({ country: str(item, file, 'country', false) ?? 'IGO', sector: str(item, file, 'sector', false), title: null, from: null, to: null });
    if (typeof r === 'string') throw new DictionaryError(file, item.lineOf('country'), r);
    entry.roles = [r];
  } else {
    entry.roles = roles(item, file);
  }
  return { entry, forms };
}

function agentDefs(item: RawItem, file: string): AgentDef[] {
  const terms = strings(item, file, 'terms');
  if (!terms.length) throw new DictionaryError(file, item.line, 'agent entry has no terms');
  const plural = strings(item, file, 'plurals');
  const sector = str(item, file, 'sector', true)!;
  if (!/^[A-Z]{2,4}$/.test(sector)) throw new DictionaryError(file, item.lineOf('sector'), `sector "${sector}" is not an upper-case sector code`);
  const flag = (k: string) => {
    const v = item.value[k] ?? false;
    if (typeof v !== 'boolean') throw new DictionaryError(file, item.lineOf(k), `${k} must be true or false`);
    return v;
  };
  const gender = str(item, file, 'gender', false) as 'm' | 'f' | null;
  if (gender !== null && gender !== 'm' && gender !== 'f') throw new DictionaryError(file, item.lineOf('gender'), 'gender must be m or f');
  const base = { sector, title: flag('title'), head: flag('head'), gender, role: str(item, file, 'role', false) };
  const out: AgentDef[] = [];
  const plurals = new Set(plural.length ? plural : terms.map((t) => (/(s|sh|ch|x)$/.test(t) ? `${t}es` : /[^aeiou]y$/.test(t) ? `${t.slice(0, -1)}ies` : `${t}s`)));
  for (const t of terms) out.push({ ...base, term: t, tokens: aliasTokens(t.toLowerCase()), plural: plurals.has(t) && plural.length > 0 });
  for (const p of plurals) if (!terms.includes(p)) out.push({ ...base, term: p, tokens: aliasTokens(p.toLowerCase()), plural: true, title: false });
  return out;
}

/** Where an entry was written: "people.tsv:12" (the file's base name and line). */
const source = (item: RawItem, file: string) => `${file.slice(file.lastIndexOf('/') + 1)}:${item.line}`;
