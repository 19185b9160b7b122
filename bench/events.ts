// Speed of the whole text pipeline (article -> nlp -> actors -> quotes -> events, as registered) in
// sentences a second on one core, with each stage's share (timed by the clock; the headline figure is
// CPU time), for half the file's articles, new to the process after a warm-up on other articles (see
// below); then the same articles again, all their words cached.
//   npx tsx bench/events.ts [RECORDS.jsonl]   (default ../shared/gold/entities/train/records.jsonl: news
//   articles, read at run time, never copied)
// Not part of `npm test`. CPU time (user + system) is what counts: on a shared machine the wall clock
// also counts the time other processes held the cores, so wall time is printed beside it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { warmupRecords } from './corpus.ts';
import { readArticle } from '../src/article/read-article.ts';
import { buildConfig } from '../src/config/config.ts';
import type { RawRecord } from '../src/doc/record.ts';
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
  return { name: s.name, run, loadMs: cpuMs(c0) };
});
interface Tally {
  articleMs: number;
  stageMs: number[];
  sentences: number;
  events: number;
  cpuMs: number;
  wallMs: number;
}
// CPU time is read once at each end of a pass; each stage's share is timed with the (much cheaper)
// monotonic clock, since reading CPU time is a system call that would itself cost about 3% if made
// around every stage of every article.
function pass(list: readonly RawRecord[]): Tally {
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  const t: Tally = { articleMs: 0, stageMs: stages.map(() => 0), sentences: 0, events: 0, cpuMs: 0, wallMs: 0 };
  for (const r of list) {
    let at = performance.now();
    const doc = readArticle(r, config);
    t.articleMs += performance.now() - at;
    stages.forEach((s, k) => {
      at = performance.now();
      s.run(doc);
      t.stageMs[k] += performance.now() - at;
    });
    t.sentences += doc.layers.sentences?.length ?? 0;
    t.events += doc.layers.events?.length ?? 0;
  }
  t.cpuMs = cpuMs(c0);
  t.wallMs = performance.now() - w0;
  return t;
}

// The file's articles alternate between warm-up and timing. The warm-up (JIT, lazy loads) runs twice
// over the other gold texts (warmupRecords: the PolNeAR texts and the newswire dev split, about 1,000
// articles) and every second article of the file: code that runs once an article (coding a document's
// events, say) is compiled only after many articles, and again for each new shape of data it meets, so
// one pass leaves part of that one-off work in the timed pass. The timed articles are the other half,
// new to the process: their words are met for the first time unless an earlier article had them, as in
// a long ingest. With other texts missing, the warm-up is the file's half alone.
const timed = records.filter((_, i) => i % 2 === 1);
const warm = [...warmupRecords({ quotes: true, entities: true }, records), ...records.filter((_, i) => i % 2 === 0)];
for (let k = 0; k < 2; k++) pass(warm);
// First pass over the timed articles (the headline figure); then the same articles again, when every
// word is in the caches (the tagger's word cache, wink's lexicon): the best case of a long run.
const first = pass(timed);
const again = pass(timed);

const f = (x: number) => Math.round(x).toLocaleString('en');
const rate = (t: Tally, ms: number) => `${f(t.sentences / (ms / 1000))} sentences/s`;
console.log(`${timed.length} of ${records.length} articles timed, ${f(first.sentences)} sentences, ${f(first.events)} events`);
console.log(`whole pipeline: ${rate(first, first.cpuMs)} CPU (${rate(first, first.wallMs)} wall), ${(first.cpuMs / timed.length).toFixed(2)} ms CPU an article`);
const total = first.articleMs + first.stageMs.reduce((n, x) => n + x, 0);
const share = (ms: number) => `${((100 * ms) / total).toFixed(0).padStart(3)}%`;
console.log(`  article  ${f(first.articleMs).padStart(6)} ms  ${share(first.articleMs)}  ${rate(first, first.articleMs)}`);
stages.forEach((s, k) => console.log(`  ${s.name.padEnd(8)} ${f(first.stageMs[k]).padStart(6)} ms  ${share(first.stageMs[k])}  ${rate(first, first.stageMs[k])}   (loaded in ${f(s.loadMs)} ms CPU)`));
console.log(`same articles again (their words all cached): ${rate(again, again.cpuMs)} CPU (${rate(again, again.wallMs)} wall)`);
console.log(`peak RSS ${f(process.memoryUsage().rss / 1e6)} MB`);
