// Retrains the dependency parser (data/syntax/model.bin) from UD English-EWT train and GUM's free genres
// (EWT alone with --ewt-only), then prints its scores on EWT dev. Reproducible: same data, options and seed, same model.
//   npx tsx bench/syntax-train.ts [--ewt-only] [--epochs N] [--label-epochs N] [--out FILE] [--limit N] [--tag-epochs N]
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readConllu, type TreeSentence } from '../src/syntax/conllu.ts';
import { scoreDyadTokens, scoreGoldWords } from '../src/syntax/evaluate.ts';
import { DEFAULT_MODEL, loadModel, saveModel } from '../src/syntax/model-file.ts';
import { DEFAULTS, labelSet, trainLabels, trainMoves } from '../src/syntax/train.ts';
import { tagInput, Tagger, trainTagger, type TaggedSentence } from '../src/syntax/tagger.ts';
import { toExample, winkTags } from '../src/syntax/treebank.ts';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
};
const corpora = new URL('../../shared/corpora/', import.meta.url).pathname;
const ewt = join(corpora, 'ud-english-ewt');
const gum = join(corpora, 'gum');
const out = opt('--out') ?? DEFAULT_MODEL;
const opts = { ...DEFAULTS, epochs: Number(opt('--epochs') ?? DEFAULTS.epochs), labelEpochs: Number(opt('--label-epochs') ?? DEFAULTS.labelEpochs), log: (l: string) => console.log(l) };

let sents: TreeSentence[] = readConllu(join(ewt, 'en_ewt-ud-train.conllu'));
const files = ['en_ewt-ud-train.conllu'];
if (!args.includes('--ewt-only')) {
  for (const f of readdirSync(gum).filter((f) => f.endsWith('.conllu')).sort()) {
    sents = sents.concat(readConllu(join(gum, f)));
    files.push(`gum/${f}`);
  }
}
if (opt('--limit')) sents = sents.slice(0, Number(opt('--limit')));
let t = Date.now();
const tagData: TaggedSentence[] = sents.map((s) => ({ forms: s.words.map((w) => w.form), wink: winkTags(s), gold: s.words.map((w) => w.upos) }));
console.log(`${sents.length} sentences, ${tagData.reduce((a, x) => a + x.forms.length, 0)} words tagged by wink in ${Date.now() - t} ms`);
// The parser learns from the tags it will see: each fold's tags come from a tagger trained on the others.
t = Date.now();
const FOLDS = 4;
const tagEpochs = Number(opt('--tag-epochs') ?? 6);
const tags: string[][] = new Array(sents.length);
for (let f = 0; f < FOLDS; f++) {
  const w = trainTagger(tagData.filter((_, k) => k % FOLDS !== f), tagEpochs, opts.seed + 10 + f, opts.prune.tags);
  const tg = new Tagger(w);
  tagData.forEach((s, k) => { if (k % FOLDS === f) tags[k] = tg.tag(tagInput(s.forms, s.wink)); });
}
let agree = 0, words = 0;
tags.forEach((ts, k) => ts.forEach((g, j) => { words++; if (g === tagData[k].gold[j]) agree++; }));
console.log(`jackknifed tags (${FOLDS} folds): ${((100 * agree) / words).toFixed(2)}% right, in ${((Date.now() - t) / 1000).toFixed(1)} s`);
const tagWeights = trainTagger(tagData, tagEpochs, opts.seed + 20, opts.prune.tags, opts.log);
const examples = sents.map((s, k) => toExample(s, tags[k]));
t = Date.now();
const moves = trainMoves(examples, opts);
console.log(`moves trained in ${((Date.now() - t) / 1000).toFixed(1)} s`);
t = Date.now();
const labels = labelSet(examples);
const labeller = trainLabels(examples, labels, opts);
console.log(`labels trained in ${((Date.now() - t) / 1000).toFixed(1)} s`);
const { epochs, labelEpochs, exploreFrom, explore, seed, prune } = opts;
saveModel(out, {
  version: 1,
  labels,
  provenance: {
    trainedOn: files.length > 1 ? `UD English-EWT train + ${files.length - 1} GUM files` : 'UD English-EWT train',
    source: 'UniversalDependencies/UD_English-EWT commit 15d613d8447b3478787d4c278730a1e48a945efb; GUM free genres (see data/syntax/README.md)',
    licence: 'CC BY-SA 4.0',
    tags: `own UPOS tagger (averaged perceptron reading wink-eng-lite-web-model's tags, ${tagEpochs} epochs; parser trained on ${FOLDS}-fold jackknifed tags)`,
    options: { epochs, labelEpochs, exploreFrom, explore, seed, prune },
  },
}, moves, labeller, tagWeights);
const model = loadModel(out);
const dev = readConllu(join(ewt, 'en_ewt-ud-dev.conllu'));
const fmt = (s: { uas: number; las: number; lasFull: number; aligned?: number; tags?: number }) =>
  `${s.tags !== undefined ? `tags ${s.tags.toFixed(3)} ` : ''}UAS ${s.uas.toFixed(3)} LAS ${s.las.toFixed(3)} (with subtypes ${s.lasFull.toFixed(3)})${s.aligned !== undefined ? `, ${(100 * s.aligned).toFixed(1)}% of words tokenised alike` : ''}`;
console.log(`EWT dev, treebank words: ${fmt(scoreGoldWords(model, dev))}`);
console.log(`EWT dev, dyad's tokens:  ${fmt(scoreDyadTokens(model, dev))}`);
console.log(`model: ${out} (${moves.vals.length} move weights, ${labeller.vals.length} label weights)`);
