// Where each verb pattern fires: on the PLOVER dev sentences and on news articles the coder is never
// scored on (the training splits of the quotes and entities gold, read at run time, never copied). A
// pattern that fires on dev sentences and on none of some 1,600 other articles was most likely written
// for those sentences, not for news (see data/verbs/README.md, "Audit").
//   npx tsx bench/pattern-use.ts [FILE]   (default data/verbs/diplomacy.verbs)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticle } from '../src/article/read-article.ts';
import { buildConfig } from '../src/config/config.ts';
import type { RawRecord } from '../src/doc/record.ts';
import { predicateReason } from '../src/events/frame/predicate.ts';
import { loadVerbs } from '../src/events/load.ts';
import { findTriggers } from '../src/events/match.ts';
import { STAGES } from '../src/pipeline/registry.ts';

const only = process.argv[2] ?? 'data/verbs/diplomacy.verbs';
const gold = join(import.meta.dirname, '..', '..', 'shared', 'gold');
const jsonl = (f: string) => (existsSync(f) ? readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)) : []);
const dev: RawRecord[] = jsonl(join(gold, 'events', 'dev', 'records.jsonl')).map((r) => ({ id: r.id, text: r.text }));
const news: RawRecord[] = [];
const qdir = join(gold, 'quotes', 'train', 'text');
if (existsSync(qdir)) for (const f of readdirSync(qdir).sort()) news.push({ id: f, text: readFileSync(join(qdir, f), 'utf8') });
for (const r of jsonl(join(gold, 'entities', 'train', 'records.jsonl'))) news.push({ id: r.id, text: r.text });
if (!dev.length || !news.length) {
  console.error('bench/pattern-use: needs ../shared/gold (events/dev, quotes/train, entities/train) beside the checkout');
  process.exit(2);
}
const config = buildConfig({});
const upTo = STAGES.slice(0, STAGES.findIndex((s) => s.name === 'events')).map((s) => s.create({ config }));
const verbs = loadVerbs();

function tally(records: readonly RawRecord[], label: string): Map<string, number> {
  const hits = new Map<string, number>();
  records.forEach((r, n) => {
    const doc = readArticle(r, config);
    for (const run of upTo) run(doc);
    const deps = doc.layers.deps ?? null;
    const tokens = doc.get('tokens').map((t, k) => (deps?.[k] && deps[k].upos !== t.pos ? { ...t, pos: deps[k].upos } : t));
    for (const s of doc.get('sentences')) {
      for (const trig of findTriggers(tokens, s.tokenStart, s.tokenEnd, verbs, true)) {
        if (trig.pattern.file !== only) continue;
        if (trig.pattern.code !== '0' && deps && !predicateReason(tokens, deps, trig.head).ok) continue;
        const key = String(trig.pattern.line);
        hits.set(key, (hits.get(key) ?? 0) + 1);
      }
    }
    if ((n + 1) % 200 === 0) process.stderr.write(`${label}: ${n + 1}/${records.length}\n`);
  });
  return hits;
}

const d = tally(dev, 'dev');
const w = tally(news, 'news');
const lines = readFileSync(only, 'utf8').split('\n');
let devOnly = 0;
console.log(`line\tdev\tnews\tpattern   (${only}; dev = ${dev.length} PLOVER sentences, news = ${news.length} articles)`);
lines.forEach((text, k) => {
  const key = String(k + 1);
  const a = d.get(key) ?? 0;
  const b = w.get(key) ?? 0;
  if (!a && !b) return;
  if (a && !b) devOnly++;
  console.log(`${key}\t${a}\t${b}\t${a && !b ? 'DEV ONLY  ' : ''}${text.trim()}`);
});
console.log(`${devOnly} patterns fire on dev sentences and on no other article`);
