// Throughput of the whole analysis pipeline on one core, stage by stage: articles/s, sentences/s,
// words/s, MB/s and peak memory.
//   npx tsx bench/pipeline.ts [RECORDS.jsonl ...]
// Default input: the PolNeAR article texts and the newswire NER texts under ../shared/gold (read at
// run time, never copied), about 1,700 news articles. Not part of `npm test`.
import { benchRecords } from './corpus.ts';
import { readArticle } from '../src/article/read-article.ts';
import { buildConfig } from '../src/config/config.ts';
import type { RawRecord } from '../src/doc/record.ts';
import { STAGES } from '../src/pipeline/registry.ts';

const records: RawRecord[] = benchRecords('pipeline', process.argv.slice(2), { quotes: true, entities: true });

const config = buildConfig({});
const t0 = performance.now();
const runs = STAGES.map((s) => ({ name: s.name, run: s.create({ config }), ms: 0 }));
const loadMs = performance.now() - t0;
for (const r of records.slice(0, 30)) { const d = readArticle(r, config); for (const s of runs) s.run(d); } // warm-up

let articleMs = 0, sentences = 0, words = 0, bytes = 0, failed = 0;
const cpu0 = process.cpuUsage();
const start = performance.now();
for (const r of records) {
  bytes += Buffer.byteLength(r.text ?? r.html ?? '');
  let t = performance.now();
  let doc;
  try { doc = readArticle(r, config); } catch { failed++; continue; }
  articleMs += performance.now() - t;
  for (const s of runs) { t = performance.now(); s.run(doc); s.ms += performance.now() - t; }
  sentences += doc.layers.sentences?.length ?? 0;
  words += (doc.layers.tokens ?? []).filter((k) => k.pos !== 'PUNCT' && k.pos !== 'SPACE').length;
}
const wall = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuS = (cpu.user + cpu.system) / 1e6;
const f = (x: number) => Math.round(x).toLocaleString('en-US');
console.log(`records ${records.length} (${failed} rejected), ${(bytes / 1e6).toFixed(1)} MB, ${f(sentences)} sentences, ${f(words)} words`);
console.log(`stage set-up (dictionaries, models): ${loadMs.toFixed(0)} ms`);
console.log(`whole pipeline: ${f(records.length / cpuS)} articles/s, ${f(sentences / cpuS)} sentences/s, ${f(words / cpuS)} words/s, ${(bytes / 1e6 / cpuS).toFixed(2)} MB/s (per CPU second; wall ${wall.toFixed(1)} s)`);
console.log(`  article   ${articleMs.toFixed(0).padStart(7)} ms  ${(bytes / 1e6 / (articleMs / 1000)).toFixed(1)} MB/s`);
for (const s of runs) console.log(`  ${s.name.padEnd(9)} ${s.ms.toFixed(0).padStart(7)} ms  ${f(words / (s.ms / 1000))} words/s`);
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
