// The news texts the speed benches read: JSONL files given on the command line, or else the gold
// article texts under ../shared/gold (read at run time, never copied into the project).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawRecord } from '../src/doc/record.ts';

const gold = join(import.meta.dirname, '..', '..', 'shared', 'gold');

/** Which gold texts make the default corpus: PolNeAR article texts, newswire NER texts, or both. */
export interface CorpusChoice {
  quotes?: boolean;
  entities?: boolean;
}

export function benchRecords(bench: string, files: string[], choice: CorpusChoice): RawRecord[] {
  const records = files.length
    ? files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as RawRecord))
    : goldRecords(choice);
  if (!records.length) {
    console.error(`bench/${bench}: no records (give a JSONL file, or keep ../shared/gold beside the checkout)`);
    process.exit(2);
  }
  return records;
}

function goldRecords(choice: CorpusChoice): RawRecord[] {
  const out: RawRecord[] = [];
  for (const split of ['train', 'dev']) {
    const dir = join(gold, 'quotes', split, 'text');
    if (choice.quotes && existsSync(dir)) for (const f of readdirSync(dir).sort()) out.push({ id: f, text: readFileSync(join(dir, f), 'utf8') });
    const recs = join(gold, 'entities', split, 'records.jsonl');
    if (choice.entities && existsSync(recs)) {
      for (const l of readFileSync(recs, 'utf8').split('\n')) if (l.trim()) { const r = JSON.parse(l); out.push({ id: r.id, text: r.text }); }
    }
  }
  return out;
}

/**
 * Articles to warm up on before a timed run (JIT, lazy loads): every gold text of `choice` that is not
 * among the timed records, some 1,000 articles, as in a process that has already analysed that many.
 * Warming up on the timed articles themselves would leave every one of their words in the name
 * tagger's word cache and wink's lexicon, which flatters the run; in a long ingest those hold the
 * words of earlier, different articles, and that is what this reproduces.
 */
export function warmupRecords(choice: CorpusChoice, timed: readonly RawRecord[]): RawRecord[] {
  const ids = new Set(timed.map((r) => r.id));
  return goldRecords(choice).filter((r) => !ids.has(r.id));
}
