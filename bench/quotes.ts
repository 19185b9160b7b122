// Throughput of the pipeline through the quotes stage on one core: words/s of the whole run (article,
// nlp, actors, quotes) and of the quotes stage alone. Target: >= 100k words/s for the quotes stage
// rules; the whole run is bounded by the tagger and the actor stage.
//   npx tsx bench/quotes.ts [RECORDS.jsonl ...]
// Default input: the PolNeAR article texts under ../shared/gold/quotes (read at run time, never copied).
// Not part of `npm test`.
import { benchRecords, warmupRecords } from './corpus.ts';
import { readArticle } from '../src/article/read-article.ts';
import { buildConfig } from '../src/config/config.ts';
import type { RawRecord } from '../src/doc/record.ts';
import { STAGES } from '../src/pipeline/registry.ts';

const records: RawRecord[] = benchRecords('quotes', process.argv.slice(2), { quotes: true });

const config = buildConfig({});
const through = STAGES.slice(0, STAGES.findIndex((s) => s.name === 'quotes') + 1);
const runs = through.map((s) => ({ name: s.name, run: s.create({ config }), ms: 0 }));
// Warm-up (JIT, lazy loads) on other articles (warmupRecords: the newswire NER texts), or the first 30
// timed records when those are not there.
const other = warmupRecords({ entities: true }, records);
for (const r of other.length ? other : records.slice(0, 30)) { const d = readArticle(r, config); for (const s of runs) s.run(d); }
for (const s of runs) s.ms = 0;

let articleMs = 0, words = 0, quotes = 0;
const cpu0 = process.cpuUsage();
const start = performance.now();
for (const r of records) {
  let t = performance.now();
  const doc = readArticle(r, config);
  articleMs += performance.now() - t;
  for (const s of runs) { t = performance.now(); s.run(doc); s.ms += performance.now() - t; }
  words += (doc.layers.tokens ?? []).filter((k) => k.pos !== 'PUNCT' && k.pos !== 'SPACE').length;
  quotes += doc.layers.quotes?.length ?? 0;
}
const wall = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuS = (cpu.user + cpu.system) / 1e6;
const f = (x: number) => Math.round(x).toLocaleString('en-US');
const q = runs[runs.length - 1];
console.log(`records ${records.length}, ${f(words)} words, ${f(quotes)} quotes; stages: article, ${runs.map((s) => s.name).join(', ')}`);
console.log(`pipeline through quotes: ${f(words / cpuS)} words/s per CPU second (wall ${wall.toFixed(1)} s)`);
console.log(`  article   ${articleMs.toFixed(0).padStart(7)} ms  ${f(words / (articleMs / 1000))} words/s`);
for (const s of runs) console.log(`  ${s.name.padEnd(9)} ${s.ms.toFixed(0).padStart(7)} ms  ${f(words / (s.ms / 1000))} words/s`);
console.log(`quotes stage: ${f(words / (q.ms / 1000))} words/s (target >= 100,000)`);
