// Speed of the article stage: `npx tsx bench/article.ts [SPLIT_DIR]` (default ../shared/gold/article/dev).
// HTML: each page of the split read by the HTML article stage, and by the whole pipeline; median and
// p90 ms a page. Text: the extracted texts of those pages, read by the text article stage, in MB/s on
// one core. Peak RSS at the end. Not part of `npm test`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readArticle } from '../src/article/read-article.ts';
import { readTextArticle } from '../src/article/text-article.ts';
import { buildConfig } from '../src/config/config.ts';
import { createPipeline } from '../src/pipeline/pipeline.ts';

const split = process.argv[2] ?? join(import.meta.dirname, '../../shared/gold/article/dev');
const files = readdirSync(join(split, 'html')).filter((f) => f.endsWith('.html.gz')).sort();
const pages = files.map((f) => ({ id: f.replace(/\.html\.gz$/, ''), html: gunzipSync(readFileSync(join(split, 'html', f))).toString('utf8') }));
const config = buildConfig({});

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
// CPU time (user + system) as well as wall time: on a shared machine the wall clock also counts
// the time other processes held the cores.
const cpuMs = (c0: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(c0);
  return (d.user + d.system) / 1000;
};
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const fmt = (x: number) => x.toFixed(1);

function timePages(run: (p: { id: string; html: string }) => unknown): { wall: number[]; cpu: number[] } {
  for (const p of pages.slice(0, 5)) run(p); // warm-up: JIT and lazy loads
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const p of pages) {
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    run(p);
    cpu.push(cpuMs(c0));
    wall.push(ms(t0));
  }
  return { wall, cpu };
}
const report = (t: { wall: number[]; cpu: number[] }) =>
  `median ${fmt(pct(t.wall, 0.5))} ms, p90 ${fmt(pct(t.wall, 0.9))} ms a page (CPU time: median ${fmt(pct(t.cpu, 0.5))} ms, p90 ${fmt(pct(t.cpu, 0.9))} ms)`;

const texts: string[] = [];
const article = timePages((p) => {
  const doc = readArticle({ id: p.id, html: p.html, url: null }, config);
  if (texts.length < pages.length) texts.push(doc.text);
});
const htmlMB = pages.reduce((s, p) => s + Buffer.byteLength(p.html), 0) / 1e6;
console.log(`html article stage: ${pages.length} pages (${fmt(htmlMB)} MB): ${report(article)}`);

const pipeline = createPipeline(config);
const full = timePages((p) => pipeline.analyze({ id: p.id, html: p.html, url: null }));
console.log(`html full pipeline (article, ${pipeline.stages.map((s) => s.name).join(', ')}): ${report(full)}`);

// Text input: the extracted articles as pasted text, with a headline line and a "Read more" line.
const records = texts.slice(0, pages.length).map((t, i) => `Headline number ${i} of the text bench\n\n${t}\n\nRead more: another story`);
const textBytes = records.reduce((s, t) => s + Buffer.byteLength(t), 0);
for (const t of records.slice(0, 10)) readTextArticle({ id: 'w', text: t });
let rounds = 0;
const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
while (ms(t0) < 2000) {
  records.forEach((t, i) => readTextArticle({ id: String(i), text: t }));
  rounds++;
}
const secs = ms(t0) / 1000;
const cpuSecs = cpuMs(c0) / 1000;
const mb = (textBytes * rounds) / 1e6;
console.log(`text article stage: ${fmt(mb / secs)} MB/s wall, ${fmt(mb / cpuSecs)} MB/s CPU time, one core (${records.length} articles, ${fmt(textBytes / 1e6)} MB, ${rounds} rounds)`);
console.log(`peak RSS: ${fmt(process.resourceUsage().maxRSS / 1024)} MB`);
