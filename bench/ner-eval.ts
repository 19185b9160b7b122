// Scores the NER tagger alone on the entities dev split with the shared scorer, and measures speed.
//   npx tsx bench/ner-eval.ts [--split ../shared/gold/entities/dev] [--model data/ner/model.txt]
// Input goes through the text article stage and the nlp stage, as in `dyad analyze`; only the tagger
// is timed (words = units tagged).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
// @ts-expect-error: plain ESM scorer without types
import { score } from '../../shared/eval/tasks/entities.mjs';
import { docOfText, type GoldRecord } from '../src/ner/examples.ts';
import { createNameTagger, DEFAULT_MODEL } from '../src/ner/tagger.ts';

const { values } = parseArgs({
  options: {
    split: { type: 'string', default: '../shared/gold/entities/dev' },
    model: { type: 'string', default: DEFAULT_MODEL },
    repeat: { type: 'string', default: '5' },
    beam: { type: 'string' },
  },
});
const records: (GoldRecord & { nested: [number, number, string][] })[] = readFileSync(`${values.split}/records.jsonl`, 'utf8')
  .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const docs = records.map((r) => docOfText(r.id, r.text));
const words = docs.reduce((n, d) => n + d.get('tokens').length, 0);

let t = performance.now();
const l0 = process.cpuUsage();
const tag = createNameTagger({ modelPath: values.model, beam: values.beam === undefined ? undefined : Number(values.beam) });
const loadMs = performance.now() - t;
const loadCpu = process.cpuUsage(l0);

const pred = new Map<string, { entities: { start: number; end: number; type: string }[] }>();
docs.forEach((d) => pred.set(d.id, { entities: tag(d) }));
const { summary, figures } = score(records, pred);
console.log(`dev: ${summary}`);
for (const [type, f] of Object.entries(figures.perType as Record<string, { P: number; R: number; F1: number; tp: number; fp: number; fn: number }>))
  console.log(`  ${type.padEnd(6)} P ${f.P.toFixed(3)} R ${f.R.toFixed(3)} F1 ${f.F1.toFixed(3)}  (tp ${f.tp} fp ${f.fp} fn ${f.fn})`);
console.log(`  diagnostics ${JSON.stringify(figures.diagnostics)}`);

// Speed: a fresh tagger (cold word cache) on the first pass, then warm passes. CPU time of this
// process (user + system) is reported beside wall time, since the machine may be shared.
const runs = Number(values.repeat);
const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
const kw = (ms: number, n = words) => Math.round(n / (ms / 1000)).toLocaleString('en');
for (const agree of [true, false]) {
  const fresh = createNameTagger({ modelPath: values.model, harmonise: agree, beam: values.beam === undefined ? undefined : Number(values.beam) });
  let c0 = process.cpuUsage();
  t = performance.now();
  for (const d of docs) fresh(d);
  const cold = [performance.now() - t, cpuMs(process.cpuUsage(c0))];
  c0 = process.cpuUsage();
  t = performance.now();
  for (let r = 0; r < runs; r++) for (const d of docs) fresh(d);
  const warm = [(performance.now() - t) / runs, cpuMs(process.cpuUsage(c0)) / runs];
  console.log(
    `${agree ? 'with' : 'without'} harmonise: cold ${kw(cold[1])} words/s cpu (${kw(cold[0])} wall); ` +
      `warm ${kw(warm[1])} words/s cpu (${kw(warm[0])} wall)`,
  );
}
console.log(`model load ${loadMs.toFixed(0)} ms wall, ${((loadCpu.user + loadCpu.system) / 1000).toFixed(0)} ms cpu; ${words} words (tokens) in ${docs.length} articles`);
