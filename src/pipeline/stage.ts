import type { Doc } from '../doc/doc.ts';
import type { LayerName } from '../doc/types.ts';
import type { Config } from '../config/config.ts';

/** What a stage's run function receives besides the doc. Built once per pipeline. */
export interface StageContext {
  config: Config;
}

/**
 * A pipeline stage: a name, a version, what it reads and writes, and a factory that loads what the
 * stage needs once (dictionaries, models) and returns the function run on every doc. Stages do no I/O
 * in `run`: they get a Doc and return nothing, having added their layers.
 */
export interface Stage {
  name: string;
  version: string;
  reads: LayerName[];
  writes: LayerName[];
  create(ctx: StageContext): (doc: Doc) => void;
}
