// The two halves of turning a raw record into a store row. `identify` runs on the main thread before
// any analysis (hash, canonical URL, outlet), so a known article is skipped without being analysed;
// `analyseRecord` runs in a worker: the pipeline, the contract, and the MinHash of the body.
import { createHash } from 'node:crypto';
import { toContract } from '../doc/contract.ts';
import type { RawRecord } from '../doc/record.ts';
import type { Pipeline } from '../pipeline/pipeline.ts';
import { minhash } from '../store/minhash.ts';
import type { ArticleInput } from '../store/store.ts';
import { canonicalUrl, hostOf, pageCanonical } from './canonical-url.ts';

export interface Identity {
  url: string | null;
  canonicalUrl: string | null;
  contentHash: string;
  source: string | null;
  origin: string | null;
}

export function identify(record: RawRecord, source: string | null): Identity {
  const raw = record.html ?? record.text ?? '';
  const url = record.url ?? (record.html ? pageCanonical(record.html) : null);
  return {
    url: url ?? null,
    canonicalUrl: canonicalUrl(url),
    contentHash: createHash('sha256').update(raw).digest('hex'),
    source: hostOf(url) ?? source,
    origin: record.origin ?? null,
  };
}

export function analyseRecord(pipeline: Pipeline, record: RawRecord, id: Identity): ArticleInput {
  const doc = pipeline.analyze({ ...record, url: id.url });
  const contract = toContract(doc);
  const provenance: Record<string, string> = {};
  for (const [layer, by] of Object.entries(doc.provenance)) if (by) provenance[layer] = by;
  return { contract, text: doc.text, minhash: minhash(contract.article.text), provenance, ...id };
}
