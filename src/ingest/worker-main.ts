// One analysis worker: builds the pipeline once from the config it is given, then analyses the
// records it is sent, one message in, one message out.
import { parentPort, workerData } from 'node:worker_threads';
import { buildConfig, type WrittenConfig } from '../config/config.ts';
import { isDyadError } from '../doc/errors.ts';
import type { RawRecord } from '../doc/record.ts';
import { createPipeline } from '../pipeline/pipeline.ts';
import { analyseRecord, type Identity } from './prepare.ts';

export interface Task {
  seq: number;
  record: RawRecord;
  id: Identity;
}

const pipeline = createPipeline(buildConfig(workerData as WrittenConfig));

parentPort!.on('message', (task: Task) => {
  try {
    parentPort!.postMessage({ seq: task.seq, input: analyseRecord(pipeline, task.record, task.id) });
  } catch (e) {
    const code = isDyadError(e) ? e.code : 'INTERNAL';
    parentPort!.postMessage({ seq: task.seq, code, error: isDyadError(e) ? e.message : `record ${task.record.id}: internal error: ${(e as Error).message}` });
  }
});
parentPort!.postMessage({ ready: true });
