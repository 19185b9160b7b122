// Speed of the whole text pipeline (article -> nlp -> actors -> quotes -> events, as registered) in
// sentences a second on one core, and of the events stage alone.
//   npx tsx bench/events.ts [RECORDS.jsonl]   (default ../shared/gold/entities/train/records.jsonl: news
//   articles, read at run time, never copied)
// Not part of `npm test`. CPU time (user + system) is reported beside wall time: on a shared machine the
// wall clock also counts the time other processes held the cores.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildConfig } from '../src/config/config.ts';
import { createPipeline } from '../src/pipeline/pipeline.ts';
import { eventsStage } from '../src/events/stage.ts';
import type { Doc } from '../src/doc/doc.ts';

const file = process.argv[2] ?? join(import.meta.dirname, '../../shared/gold/entities/train/records.jsonl');
const records = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
  const r = JSON.parse(l);
  return { id: String(r.id ?? i), text: String(r.text) };
});
const config = buildConfig({});

let t0 = process.hrtime.bigint();
const pipeline = createPipeline(config);
const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
const t1 = process.hrtime.bigint();
const runEvents = eventsStage.create({ config });
const eventsLoadMs = Number(process.hrtime.bigint() - t1) / 1e6;

for (const r of records.slice(0, 20)) pipeline.analyze(r); // warm-up: JIT and lazy loads
const docs: Doc[] = [];
let sentences = 0;
let events = 0;
t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
for (const r of records) {
  const doc = pipeline.analyze(r);
  sentences += doc.layers.sentences?.length ?? 0;
  events += doc.layers.events?.length ?? 0;
  docs.push(doc);
}
const cpu = process.cpuUsage(c0);
const wallS = Number(process.hrtime.bigint() - t0) / 1e9;
const cpuS = (cpu.user + cpu.system) / 1e6;

// the events stage alone, on the docs the pipeline made
const c1 = process.cpuUsage();
for (let k = 0; k < 3; k++) for (const d of docs) runEvents(d);
const e = process.cpuUsage(c1);
const evS = (e.user + e.system) / 1e6 / 3;

const f = (x: number) => Math.round(x).toLocaleString('en');
console.log(`stages: ${pipeline.stages.map((s) => s.name).join(' -> ')} (pipeline built in ${f(loadMs)} ms; events data loaded in ${f(eventsLoadMs)} ms)`);
console.log(`${records.length} articles, ${f(sentences)} sentences, ${f(events)} events`);
console.log(`whole pipeline: ${f(sentences / cpuS)} sentences/s CPU (${f(sentences / wallS)} wall), ${(1000 * cpuS / records.length).toFixed(2)} ms an article`);
console.log(`events stage alone: ${f(sentences / evS)} sentences/s CPU`);
console.log(`peak RSS ${f(process.memoryUsage().rss / 1e6)} MB`);
