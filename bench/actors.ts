// Speed of the actors stage: `npx tsx bench/actors.ts [RECORDS.jsonl]` (default: the entities dev split,
// ../shared/gold/entities/dev/records.jsonl, read only as input text). Prints the dictionary load time
// (cold, in a fresh process, and warm), then words/s of the actors stage with the full dictionaries:
// the rules alone and, when the name tagger is present, with it. Words are the nlp stage's tokens that
// are words (punctuation left out). CPU time is shown next to wall time: the machine is shared.
// Not part of `npm test`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeActors } from '../src/actors/analyze.ts';
import { buildDictionary } from '../src/actors/dictionary.ts';
import { loadNameTagger } from '../src/actors/ner-bridge.ts';
import { buildConfig } from '../src/config/config.ts';
import type { Doc } from '../src/doc/doc.ts';
import { nlpStage } from '../src/nlp/stage.ts';
import { createPipeline } from '../src/pipeline/pipeline.ts';

const file = process.argv[2] ?? join(import.meta.dirname, '../../shared/gold/entities/dev/records.jsonl');
const records = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string; date?: string });

const cpu = (c0: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(c0);
  return (d.user + d.system) / 1000;
};

let c0 = process.cpuUsage();
const dict = buildDictionary();
console.log(`dictionary load (cold): ${dict.loadMs.toFixed(0)} ms wall, ${cpu(c0).toFixed(0)} ms CPU; ${dict.entries.size} entries, ${dict.names.size} forms`);
c0 = process.cpuUsage();
const warm = buildDictionary();
console.log(`dictionary load (warm): ${warm.loadMs.toFixed(0)} ms wall, ${cpu(c0).toFixed(0)} ms CPU`);

const pipeline = createPipeline(buildConfig({}), [nlpStage]);
const docs: Doc[] = records.map((r) => pipeline.analyze({ id: r.id, text: r.text, date: r.date ?? null } as never));
const words = docs.reduce((n, d) => n + d.get('tokens').filter((t) => t.pos !== 'PUNCT').length, 0);

function run(label: string, tagger: ReturnType<typeof loadNameTagger>, rounds: number) {
  for (const d of docs.slice(0, 10)) analyzeActors(d, dict, tagger); // warm-up
  let best = Infinity;
  let cpuBest = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    const c = process.cpuUsage();
    for (const d of docs) analyzeActors(d, dict, tagger);
    best = Math.min(best, performance.now() - t0);
    cpuBest = Math.min(cpuBest, cpu(c));
  }
  console.log(`${label}: ${Math.round(words / (best / 1000)).toLocaleString('en')} words/s wall, ${Math.round(words / (cpuBest / 1000)).toLocaleString('en')} words/s CPU (${docs.length} articles, ${words} words, best of ${rounds})`);
}

run('actors stage, rules and dictionaries', null, 5);
const tagger = loadNameTagger();
if (tagger) {
  run('actors stage, with the name tagger', tagger, 3);
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const c = process.cpuUsage();
    for (const d of docs) tagger(d);
    best = Math.min(best, cpu(c));
  }
  console.log(`  of which the name tagger alone (src/ner): ${Math.round(words / (best / 1000)).toLocaleString('en')} words/s CPU`);
  const spans = new Map(docs.map((d) => [d, tagger(d)]));
  run('  the actors stage given the tagger\'s spans (its own share)', (d) => spans.get(d) ?? [], 5);
} else console.log('name tagger: not present (src/ner or its model missing)');
