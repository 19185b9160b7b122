// The analyzer a script uses: the CLI's pipeline built once from the same settings, taking a text or a
// record and giving the analysis contract (docs/contract.md), or writing what it analysed to a store.
import { buildConfig, type WrittenConfig } from '../config/config.ts';
import { toContract } from '../doc/contract.ts';
import { DyadError, isDyadError } from '../doc/errors.ts';
import type { RawRecord } from '../doc/record.ts';
import { analyseRecord, identify } from '../ingest/prepare.ts';
import { createPipeline } from '../pipeline/pipeline.ts';
import type { Store, WriteResult } from '../store/store.ts';
import type { Analysis } from './types.ts';

/** What `createAnalyzer` takes: the settings a config file or the CLI's flags give. */
export type AnalyzerOptions = WrittenConfig;

/** One input: a plain text, or a record with an id and text or html (as `analyze --jsonl` reads it). */
export type AnalyzerInput = string | RawRecord;

export interface WriteReport extends WriteResult {
  /** Records that could not be analysed, each with its id and a one-line reason; the others were written. */
  failed: { id: string; code: string; error: string }[];
}

export interface Analyzer {
  /** The stages that run, in order. */
  readonly stages: readonly string[];
  /** Analyses one input. Throws a DyadError (with a stable `code`) for input that cannot be analysed. */
  analyze(input: AnalyzerInput): Analysis;
  /**
   * Analyses the records and writes them to the store in one batch, as `dyad ingest` does: a copy of a
   * stored story merges into it, a known one is skipped. A record that fails is reported, never thrown.
   */
  write(store: Store, records: Iterable<AnalyzerInput>): Promise<WriteReport>;
}

let texts = 0;

/** A text becomes a record with an id of its own; a record is checked to have what the pipeline reads. */
function asRecord(input: AnalyzerInput): RawRecord {
  if (typeof input === 'string') return { id: `text-${++texts}`, text: input };
  if (typeof input?.id !== 'string' || (typeof input.text !== 'string' && typeof input.html !== 'string'))
    throw new DyadError('BAD_RECORD', `${typeof input?.id === 'string' ? input.id : 'a record'}: needs a string id and a string text or html`);
  return input;
}

/** Builds the pipeline once (dictionaries and models load here); analyze and write reuse it. */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const config = buildConfig(options);
  const pipeline = createPipeline(config);
  return {
    stages: pipeline.stages.map((s) => s.name),
    analyze(input) {
      return toContract(pipeline.analyze(asRecord(input)));
    },
    async write(store, records) {
      const batch = [];
      const failed: WriteReport['failed'] = [];
      for (const input of records) {
        try {
          const record = asRecord(input);
          batch.push(analyseRecord(pipeline, record, identify(record, null)));
        } catch (e) {
          const [code, error] = isDyadError(e) ? [e.code, e.message] : ['INTERNAL', (e as Error).message];
          failed.push({ id: typeof input === 'string' ? 'text' : String(input?.id), code, error });
        }
      }
      const written = batch.length ? await store.write(batch) : { added: 0, merged: 0, skipped: 0, events: 0, mentions: 0 };
      return { ...written, failed };
    },
  };
}
