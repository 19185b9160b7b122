// One POST /api/analyze worker: builds the pipeline once, then turns each record it is sent into
// contract JSON, already serialised, so the server thread only copies a string back to the client.
import { parentPort } from 'node:worker_threads';
import { buildConfig } from '../config/config.ts';
import { toContract } from '../doc/contract.ts';
import { isDyadError } from '../doc/errors.ts';
import type { RawRecord } from '../doc/record.ts';
import { createPipeline } from '../pipeline/pipeline.ts';

const pipeline = createPipeline(buildConfig());
// Stages load their models on first use (about a second): do it before saying ready, so the time cap
// on a request measures its own work.
pipeline.analyze({ id: 'warm-up', text: '"We will talk again," the minister told reporters in the capital on Monday.' });

parentPort!.on('message', (task: { seq: number; record: RawRecord }) => {
  try {
    parentPort!.postMessage({ seq: task.seq, json: JSON.stringify(toContract(pipeline.analyze(task.record))) });
  } catch (e) {
    parentPort!.postMessage({ seq: task.seq, code: isDyadError(e) ? e.code : 'INTERNAL', error: isDyadError(e) ? e.message : `internal error: ${(e as Error).message}` });
  }
});
parentPort!.postMessage({ ready: true });
