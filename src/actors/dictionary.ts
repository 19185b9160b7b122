import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { aliasTokens } from './alias-tokens.ts';
import { DERIVED_HEADER, readDerived } from './read-derived.ts';
import { readKinds } from './kinds.ts';
import { readParties } from './parties.ts';
import { readTsvList } from './read-tsv.ts';
import { readYamlList, readYamlListFast, type RawItem } from './read-yaml.ts';
import { TokenTrie } from './trie.ts';
import { DictionaryError, type ActorEntry, type AgentDef, type Surface } from './types.ts';
import { validateItem, type EntryDef } from './validate.ts';

/** The bundled dictionaries, in the order they load, each with the kind its entries default to. */
export const BUNDLED: readonly { file: string; kind: string | null; rank: number }[] = [
  { file: 'phoenix.tsv', kind: null, rank: 2 },
  // Derived like Phoenix and after it: a form both files hold keeps Phoenix's entry (FBI, CIA).
  { file: 'bodies.tsv', kind: null, rank: 2 },
  { file: 'party-orgs.tsv', kind: null, rank: 1 },
  { file: 'countries.tsv', kind: 'country', rank: 1 },
  { file: 'igos.tsv', kind: 'igo', rank: 1 },
  { file: 'groups.tsv', kind: 'group', rank: 1 },
  { file: 'people.tsv', kind: 'person', rank: 1 },
  { file: 'agents.tsv', kind: 'agent', rank: 1 },
  // Below Phoenix: a member of Congress the other files know keeps their entry there (Hillary Clinton's).
  { file: 'congress.tsv', kind: null, rank: 3 },
];

export const DATA_DIR = fileURLToPath(new URL('../../data/actors/', import.meta.url));
export const DATA_VERSION = '2026.12.6';

/** Everything the actors stage looks up, built once. */
export interface Dictionary {
  /** Names, aliases, demonyms, capitals and seats, by token. */
  names: TokenTrie;
  /** Generic agent words ("president", "troops"), by token. */
  agents: Map<string, AgentDef[]>;
  entries: Map<string, ActorEntry>;
  /** Country entries by ISO code. */
  countries: Map<string, ActorEntry>;
  /** Party words ("republican", "democrat") and the country of their party: party-words.tsv. */
  parties: Map<string, string | null>;
  /** Kinds of state body ("senate", "supreme court") and their sector: kinds.tsv. */
  kinds: Map<string, string>;
  version: string;
  loadMs: number;
}

/** Reads one dictionary file (TSV, or YAML for .yaml/.yml) into entries and agents. Errors name the file and line. */
export function readDictionaryFile(path: string, text: string, defaultKind: string | null): { defs: EntryDef[]; agents: AgentDef[] } {
  if (text.includes(`\n${DERIVED_HEADER}\n`)) return { defs: readDerived(text, path), agents: [] };
  if (!/\.ya?ml$/i.test(path)) return readItems(readTsvList(text, path), path, defaultKind);
  const fast = readYamlListFast(text);
  if (fast) {
    try {
      return readItems(fast, path, defaultKind);
    } catch (e) {
      if (!(e instanceof DictionaryError)) throw e;
    }
  }
  // Slow path, only for a file with a problem: read again with positions so the error names the line.
  return readItems(readYamlList(text, path), path, defaultKind);
}

function readItems(items: RawItem[], path: string, defaultKind: string | null): { defs: EntryDef[]; agents: AgentDef[] } {
  const defs: EntryDef[] = [];
  const agents: AgentDef[] = [];
  const ids = new Map<string, number>();
  for (const item of items) {
    const out = validateItem(item, path, defaultKind);
    if (Array.isArray(out)) agents.push(...out);
    else {
      const prev = ids.get(out.entry.id);
      if (prev !== undefined) throw new DictionaryError(path, item.line, `id "${out.entry.id}" is already used on line ${prev}`);
      ids.set(out.entry.id, item.line);
      defs.push(out);
    }
  }
  return { defs, agents };
}

function readFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new DictionaryError(path, 0, `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/**
 * Builds the dictionary from the bundled files and then the user's (`--actors`), in that order. A user
 * entry with the id of a bundled one replaces it; a user agent term replaces the bundled term.
 */
export function buildDictionary(userFiles: readonly string[] = [], dataDir = DATA_DIR): Dictionary {
  const t0 = performance.now();
  const byId = new Map<string, { def: EntryDef; rank: number }>();
  const agentByTerm = new Map<string, AgentDef>();
  const sources = [...BUNDLED.map((b) => ({ path: join(dataDir, b.file), kind: b.kind, rank: b.rank })), ...userFiles.map((f) => ({ path: f, kind: null, rank: 0 }))];
  for (const src of sources) {
    const { defs, agents } = readDictionaryFile(src.path, readFile(src.path), src.kind);
    for (const def of defs) byId.set(def.entry.id, { def, rank: src.rank });
    for (const a of agents) agentByTerm.set(a.term.toLowerCase(), a);
  }
  const names = new TokenTrie();
  const entries = new Map<string, ActorEntry>();
  const countries = new Map<string, ActorEntry>();
  for (const { def, rank } of byId.values()) {
    entries.set(def.entry.id, def.entry);
    if (def.entry.kind === 'country') countries.set(def.entry.id, def.entry);
    for (const f of def.forms) {
      const tokens = aliasTokens(f.form);
      // Names are matched without a lower-case article: "the European Union" -> "European Union".
      if (tokens[0] === 'the' && tokens.length > 1) tokens.shift();
      if (tokens.length) names.add({ entry: def.entry, use: f.use, tokens, sector: f.sector, rank } satisfies Surface);
    }
  }
  const agents = new Map<string, AgentDef[]>();
  for (const a of agentByTerm.values()) {
    const k = a.tokens[0];
    const list = agents.get(k) ?? [];
    list.push(a);
    list.sort((x, y) => y.tokens.length - x.tokens.length);
    agents.set(k, list);
  }
  const partyFile = join(dataDir, 'party-words.tsv');
  const parties = readParties(readFile(partyFile), partyFile);
  const kindFile = join(dataDir, 'kinds.tsv');
  const kinds = readKinds(readFile(kindFile), kindFile);
  return { names, agents, entries, countries, parties, kinds, version: DATA_VERSION, loadMs: performance.now() - t0 };
}

const cache = new Map<string, Dictionary>();

/** The dictionary for a list of user files, built once per process. */
export function loadDictionary(userFiles: readonly string[] = []): Dictionary {
  const key = userFiles.join('\n');
  let d = cache.get(key);
  if (!d) cache.set(key, (d = buildDictionary(userFiles)));
  return d;
}
