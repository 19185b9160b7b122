// Writes vader-lexicon.tsv (word, mean valence) from VADER's vader_lexicon.txt (word, mean, sd, ratings).
// Usage: node data/tone/derive.mjs PATH/vader_lexicon.txt > data/tone/vader-lexicon.tsv
import { readFileSync } from 'node:fs';

const rows = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));
const words = rows.filter(([w, v]) => /^[a-z][a-z'-]*$/.test(w) && Number(v) !== 0);
process.stdout.write('# VADER sentiment lexicon, words only (emoticons and symbols left out): word, mean valence (-4..4).\n');
process.stdout.write('# See README.md for source and licence. Derived by derive.mjs; do not edit.\n');
process.stdout.write('word\tvalence\n');
for (const [w, v] of words) process.stdout.write(`${w}\t${v}\n`);
