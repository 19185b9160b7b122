// Speed of the whole text pipeline (article -> nlp -> actors -> quotes -> events, as registered) in
// sentences a second on one core, with each stage's share
// (timed by the clock; the headline figure is CPU time).
//   npx tsx bench/events.ts [RECORDS.jsonl]   (default ../shared/gold/entities/train/records.jsonl: news
//   articles, read at run time, never copied)
// Not part of `npm test`. CPU time (user + system) is what counts: on a shared machine the wall clock
// also counts the time other processes held the cores, so wall time is printed beside it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticle } from '../src/article/read-article.ts';
import { buildConfig } from '../src/config/config.ts';
import { STAGES } from '../src/pipeline/registry.ts';

const file = process.argv[2] ?? join(import.meta.dirname, '../../shared/gold/entities/train/records.jsonl');
const records = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
  const r = JSON.parse(l);
  return { id: String(r.id ?? i), text: String(r.text) };
});
const config = buildConfig({});
const cpuMs = (c0: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(c0);
  return (d.user + d.system) / 1000;
};

const stages = STAGES.map((s) => {
  const c0 = process.cpuUsage();
  const run = s.create({ config });
  return { name: s.name, run, loadMs: cpuMs(c0), ms: 0 };
});
let articleMs = 0;
let sentences = 0;
let events = 0;
let totalMs = 0;
// The headline is CPU time over the whole pass, read once at each end; each stage's share is timed with
// the (much cheaper) monotonic clock, since reading CPU time is a system call that would itself cost
// about 3% if made around every stage of every article.
function pass(timed: boolean) {
  const c0 = process.cpuUsage();
  for (const r of records) {
    let t = performance.now();
    const doc = readArticle(r, config);
    if (timed) articleMs += performance.now() - t;
    for (const s of stages) {
      t = performance.now();
      s.run(doc);
      if (timed) s.ms += performance.now() - t;
    }
    if (timed) {
      sentences += doc.layers.sentences?.length ?? 0;
      events += doc.layers.events?.length ?? 0;
    }
  }
  if (timed) totalMs = cpuMs(c0);
}
pass(false); // warm-up: JIT and lazy loads
const t0 = process.hrtime.bigint();
pass(true);
const wallS = Number(process.hrtime.bigint() - t0) / 1e9;
const stageMs = articleMs + stages.reduce((n, s) => n + s.ms, 0);

const f = (x: number) => Math.round(x).toLocaleString('en');
const rate = (ms: number) => `${f(sentences / (ms / 1000))} sentences/s`;
console.log(`${records.length} articles, ${f(sentences)} sentences, ${f(events)} events`);
console.log(`whole pipeline: ${rate(totalMs)} CPU (${f(sentences / wallS)} wall), ${(totalMs / records.length).toFixed(2)} ms CPU an article`);
const share = (ms: number) => `${((100 * ms) / stageMs).toFixed(0).padStart(3)}%`;
console.log(`  article  ${f(articleMs).padStart(6)} ms  ${share(articleMs)}  ${rate(articleMs)}`);
for (const s of stages) console.log(`  ${s.name.padEnd(8)} ${f(s.ms).padStart(6)} ms  ${share(s.ms)}  ${rate(s.ms)}   (loaded in ${f(s.loadMs)} ms CPU)`);
console.log(`peak RSS ${f(process.memoryUsage().rss / 1e6)} MB`);
