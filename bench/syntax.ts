// The dependency parser on UD English-EWT test: attachment scores on the treebank's words (tagged by
// wink) and end to end on dyad's own tokens and sentences, model load time, and parsing speed per CPU
// second on one core (tagging and parsing words already tokenised by wink; best of 3 passes).
//   npx tsx bench/syntax.ts [--model FILE] [--split test|dev]
import { join } from 'node:path';
import { readConllu } from '../src/syntax/conllu.ts';
import { scoreDyadTokens, scoreGoldWords, type Scores } from '../src/syntax/evaluate.ts';
import { DEFAULT_MODEL, loadModel } from '../src/syntax/model-file.ts';
import { tagInput } from '../src/syntax/tagger.ts';
import { toExample, winkTags } from '../src/syntax/treebank.ts';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
};
const split = opt('--split') ?? 'test';
const path = join(new URL('../../shared/corpora/ud-english-ewt/', import.meta.url).pathname, `en_ewt-ud-${split}.conllu`);
const sents = readConllu(path);

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
let t = cpu();
const w0 = performance.now();
const model = loadModel(opt('--model') ?? DEFAULT_MODEL);
console.log(`model load: ${((performance.now() - w0) / 1000).toFixed(3)} s wall, ${(cpu() - t).toFixed(3)} s CPU (${model.info.provenance.trainedOn})`);

const fmt = (s: Scores & { tags?: number }) => `${s.tags !== undefined ? `tags ${s.tags.toFixed(3)}  ` : ''}UAS ${s.uas.toFixed(3)}  LAS ${s.las.toFixed(3)}  (LAS with subtypes ${s.lasFull.toFixed(3)})${s.aligned !== undefined ? `  words tokenised as in the treebank ${(100 * s.aligned).toFixed(1)}%` : ''}`;
console.log(`EWT ${split}, ${sents.length} sentences`);
console.log(`  treebank words, wink tags: ${fmt(scoreGoldWords(model, sents))}`);
console.log(`  dyad's tokens, end to end: ${fmt(scoreDyadTokens(model, sents))}`);

// speed: tagging and parsing words already tokenised (wink's tags given), as the syntax stage does
const inputs = sents.map((s) => ({ s, wink: winkTags(s), forms: s.words.map((w) => w.form) }));
const words = inputs.reduce((a, x) => a + x.forms.length, 0);
const run = () => { for (const x of inputs) model.parser.parse(toExample(x.s, model.tagger.tag(tagInput(x.forms, x.wink))).e); };
run(); // warm-up
let best = Infinity;
for (let pass = 0; pass < 3; pass++) {
  t = cpu();
  run();
  best = Math.min(best, cpu() - t);
}
console.log(`speed: ${Math.round(words / best).toLocaleString('en')} words/s per CPU second (${words} words, best of 3 passes); peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
