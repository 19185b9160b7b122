// Time and memory of one long article, stage by stage, as its size grows: the analysis must be
// linear (time per MB flat within 2x from 100 KB to 8 MB) or bounded. Three shapes of text, all made
// here: wire prose (synthetic articles joined into one), one giant word, and prose with no sentence
// end (one long run-on paragraph, no full stops).
//   npx tsx bench/long-input.ts [SIZES_MB ...] [--shape prose|word|runon] [--pipeline]
// Default sizes 0.1 1 2 4 (MB of text). --pipeline runs createPipeline().analyze (the path the CLI
// and the server take, with any splitting of huge texts) instead of the stages one by one.
// Not part of `npm test`.
import { readArticle } from '../src/article/read-article.ts';
import { buildConfig } from '../src/config/config.ts';
import { createPipeline } from '../src/pipeline/pipeline.ts';
import { STAGES } from '../src/pipeline/registry.ts';
import { syntheticArticles } from './synthetic.ts';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : null;
};
const shape = flag('--shape') ?? 'prose';
const whole = args.includes('--pipeline');
const sizes = args.filter((a) => !a.startsWith('--')).map(Number);
if (!sizes.length) sizes.push(0.1, 1, 2, 4);

/** About `bytes` of article text of the chosen shape. */
function makeText(bytes: number): string {
  if (shape === 'word') return 'The mayor said ' + 'x'.repeat(bytes) + ' on Friday.';
  const parts: string[] = [];
  let size = 0;
  for (const a of syntheticArticles(1_000_000, 3, 0)) {
    const t = shape === 'runon' ? a.text.replace(/[.!?]+(\s)/g, ',$1').replace(/\n+/g, ' ') : a.text;
    parts.push(t);
    size += t.length + 2;
    if (size >= bytes) break;
  }
  return parts.join(shape === 'runon' ? ' ' : '\n\n');
}

const config = buildConfig({ maxBytes: 64 * 1024 * 1024 });
const runs = STAGES.map((s) => ({ name: s.name, run: s.create({ config }) }));
const pipeline = whole ? createPipeline(config) : null;
const mb = () => process.memoryUsage().rss / 1e6;
const warm = makeText(200_000);
if (pipeline) pipeline.analyze({ id: 'warm', text: warm });
else {
  const d = readArticle({ id: 'warm', text: warm }, config);
  for (const s of runs) s.run(d);
}

console.log(`shape ${shape}${whole ? ', whole pipeline' : ''}; time (s) and RSS after the stage (MB)`);
const head = ['MB', 'article', ...(whole ? ['pipeline'] : runs.map((r) => r.name)), 'total s', 's/MB', 'peak MB'];
console.log(head.map((h) => h.padStart(10)).join(''));
for (const size of sizes) {
  const text = makeText(size * 1e6);
  const cells: string[] = [(text.length / 1e6).toFixed(2)];
  let total = 0;
  let peak = mb();
  const time = (f: () => void) => {
    const t = performance.now();
    f();
    const s = (performance.now() - t) / 1000;
    total += s;
    peak = Math.max(peak, mb());
    cells.push(`${s.toFixed(2)}/${mb().toFixed(0)}`);
  };
  if (pipeline) {
    cells.push('-');
    time(() => pipeline.analyze({ id: `long-${size}`, text }));
  } else {
    let doc!: ReturnType<typeof readArticle>;
    time(() => (doc = readArticle({ id: `long-${size}`, text }, config)));
    for (const s of runs) time(() => s.run(doc));
  }
  cells.push(total.toFixed(2), (total / (text.length / 1e6)).toFixed(2), peak.toFixed(0));
  console.log(cells.map((c) => c.padStart(10)).join(''));
}
console.log(`max RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
