// Reads the bundled ontology tables and verb pattern files once, when the events stage is created.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parseOntology, type Ontology } from './ontology.ts';
import { parseVerbs, type VerbDict } from './patterns.ts';

const DATA = fileURLToPath(new URL('../../data/', import.meta.url));

export function loadOntology(dir = join(DATA, 'ontology')): Ontology {
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  return parseOntology({ cameo: read('cameo.tsv'), cameoPlover: read('cameo-plover.tsv'), plover: read('plover.tsv'), ploverModes: read('plover-modes.tsv') });
}

/**
 * Loads every *.verbs file of the folder in name order, sharing synonym sets: cameo.verbs (derived, with
 * the sets) first, then the curated files, whose patterns win ties of weight over earlier ones.
 */
export function loadVerbs(dir = join(DATA, 'verbs')): VerbDict {
  const sets = new Map<string, string[][]>();
  const files = readdirSync(dir).filter((f) => f.endsWith('.verbs')).sort();
  let dict: VerbDict | undefined;
  for (const f of files) dict = parseVerbs(readFileSync(join(dir, f), 'utf8'), join('data/verbs', f), dict, sets);
  const out: VerbDict = dict ?? { byHead: new Map(), size: 0 };
  const nouns = join(dir, 'event-nouns.txt');
  const words = (f: string) => new Set(readFileSync(f, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')));
  if (existsSync(nouns)) out.eventNouns = words(nouns);
  const messages = join(dir, 'message-nouns.txt');
  if (existsSync(messages)) out.messageNouns = words(messages);
  const things = join(dir, 'thing-nouns.txt');
  if (existsSync(things)) out.thingNouns = words(things);
  const verbal = join(dir, 'verbal-verbs.txt');
  if (existsSync(verbal)) out.verbalVerbs = words(verbal);
  return out;
}
