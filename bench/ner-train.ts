// Trains the NER tagger on the entities train split and writes data/ner/model.txt.
//   npx tsx bench/ner-train.ts [--epochs 8] [--min-count 2] [--scale 100] [--prune 0.05] [--out data/ner/model.txt]
// Reads ../shared/gold/entities/train at training time only; the texts are never written anywhere.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { docOfText, exampleOf, type ExampleStats, type GoldRecord } from '../src/ner/examples.ts';
import { loadGazetteer } from '../src/ner/gazetteer.ts';
import { serializeModel } from '../src/ner/model.ts';
import { createNameTagger, DEFAULT_GAZETTEER, DEFAULT_MODEL } from '../src/ner/tagger.ts';
// @ts-expect-error: plain ESM scorer without types
import { score } from '../../shared/eval/tasks/entities.mjs';
import { trainModel } from '../src/ner/train.ts';

const { values } = parseArgs({
  options: {
    split: { type: 'string', default: '../shared/gold/entities/train' },
    epochs: { type: 'string', default: '8' },
    'min-count': { type: 'string', default: '2' },
    scale: { type: 'string', default: '100' },
    prune: { type: 'string', default: '0.05' },
    beam: { type: 'string', default: '60' },
    warm: { type: 'string', default: '4000' },
    seed: { type: 'string', default: '7' },
    out: { type: 'string', default: DEFAULT_MODEL },
    // Keep the last N training records out of training and score the model on them (for experiments).
    holdout: { type: 'string', default: '0' },
  },
});
const t0 = performance.now();
const all: GoldRecord[] = readFileSync(`${values.split}/records.jsonl`, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const held = Number(values.holdout);
const records = held > 0 ? all.slice(0, all.length - held) : all;
const stats: ExampleStats = { spans: 0, used: 0, untagged: 0, misaligned: 0 };
const examples = records.map((r) => exampleOf(r, stats));
console.log(`records: ${records.length}; spans ${JSON.stringify(stats)}; prepared in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
const gaz = loadGazetteer(DEFAULT_GAZETTEER);
const opts = { epochs: Number(values.epochs), minCount: Number(values['min-count']), seed: Number(values.seed) };
const model = trainModel(examples, gaz, { ...opts, log: (l) => console.log(l) });
// Prune: weights below the threshold are zeroed, so rare and useless features drop out of the file.
const prune = Number(values.prune);
for (let k = 0; k < model.weights.length; k++) if (Math.abs(model.weights[k]) < prune) model.weights[k] = 0;
// The most frequent words (with their POS) are listed in the header, so the tagger can fill its word
// cache at load time instead of during the first articles it reads.
const pairCounts = new Map<string, number>();
for (const ex of examples) ex.units.form.forEach((f, i) => {
  const k = `${ex.units.pos[i]}\u0001${f}`;
  pairCounts.set(k, (pairCounts.get(k) ?? 0) + 1);
});
const warm = [...pairCounts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, Number(values.warm)).map(([k]) => k.split('\u0001').reverse());
const header = {
  trainedOn: 'shared/gold/entities/train (English Worldwide Newswire, stanfordnlp/en-worldwide-newswire)',
  records: records.length,
  units: examples.reduce((n, e) => n + e.units.form.length, 0),
  ...opts,
  prune,
  beam: Number(values.beam),
  warm,
};
const text = serializeModel(model, header, Number(values.scale));
writeFileSync(values.out!, text);
console.log(`wrote ${values.out}: ${(text.length / 1e6).toFixed(2)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
if (held > 0) {
  const rest = all.slice(all.length - held);
  const tag = createNameTagger({ modelPath: values.out });
  const pred = new Map(rest.map((r) => [r.id, { entities: tag(docOfText(r.id, r.text)) }]));
  console.log(`held-out ${held} training records: ${score(rest, pred).summary}`);
}
