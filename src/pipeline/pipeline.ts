import type { Config } from '../config/config.ts';
import { Doc } from '../doc/doc.ts';
import { DyadError, isDyadError } from '../doc/errors.ts';
import type { RawRecord } from '../doc/record.ts';
import { readArticle } from '../article/read-article.ts';
import { checkOrder } from './check.ts';
import { chunkOf, chunkRanges, joinChunks } from './chunks.ts';
import type { Stage } from './stage.ts';
import { STAGES } from './registry.ts';

export interface Pipeline {
  /** The stages that run after the article stage, in order. */
  readonly stages: readonly Stage[];
  /** Analyses one record. Throws DyadError for a record that cannot be analysed. */
  analyze(record: RawRecord): Doc;
}

/** Builds the pipeline once: checks the stage order, then loads each stage's resources. */
export function createPipeline(config: Config, stages: readonly Stage[] = STAGES): Pipeline {
  const active = stages.filter((s) => !config.disable.includes(s.name));
  const problems = checkOrder(active);
  if (problems.length) throw new Error(`the pipeline cannot run: ${problems.join('; ')}`);
  const runs = active.map((s) => ({ stage: s, run: s.create({ config }) }));
  return {
    stages: active,
    analyze(record: RawRecord): Doc {
      const doc = readArticle(record, config);
      // a huge article runs in chunks of whole blocks, joined after (see chunks.ts)
      const ranges = chunkRanges(doc.get('blocks'));
      const parts = ranges.length > 1 ? ranges.map(([from, to]) => chunkOf(doc, from, to)) : [doc];
      for (const { stage, run } of runs) {
        for (const part of parts) {
          try {
            run(part);
          } catch (e) {
            if (isDyadError(e)) throw e;
            throw new DyadError('INTERNAL', `stage '${stage.name}' failed: ${(e as Error).message}`);
          }
        }
        for (const layer of stage.writes) if (layer !== 'text' && layer !== 'meta') doc.provenance[layer] ??= `${stage.name}@${stage.version}`;
      }
      if (parts.length > 1) joinChunks(doc, parts, runs.flatMap((r) => r.stage.writes));
      return doc;
    },
  };
}
