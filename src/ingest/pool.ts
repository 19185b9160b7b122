// A pool of analysis workers (worker_threads). Each worker holds a few tasks at a time, so none waits
// for the main thread between records. With size 0 the pipeline runs in this thread (tests, tiny runs).
import { Worker } from 'node:worker_threads';
import { buildConfig, type WrittenConfig } from '../config/config.ts';
import { isDyadError, type ErrorCode } from '../doc/errors.ts';
import type { RawRecord } from '../doc/record.ts';
import type { ArticleInput } from '../store/store.ts';
import { analyseRecord, type Identity } from './prepare.ts';

export type Outcome = { input: ArticleInput } | { code: ErrorCode; error: string };

export interface Pool {
  readonly size: number;
  /** How many tasks may be in flight before the caller should wait. */
  readonly capacity: number;
  run(record: RawRecord, id: Identity): Promise<Outcome>;
  close(): Promise<void>;
}

const PER_WORKER = 4;

export async function createPool(size: number, config: WrittenConfig): Promise<Pool> {
  if (size <= 0) {
    // Loaded only here: the main thread of a worker pool never holds the stages' models and
    // dictionaries (about 100 MB), only the workers do.
    const { createPipeline } = await import('../pipeline/pipeline.ts');
    const pipeline = createPipeline(buildConfig(config));
    return {
      size: 0,
      capacity: 1,
      async run(record, id) {
        try {
          return { input: analyseRecord(pipeline, record, id) };
        } catch (e) {
          if (isDyadError(e)) return { code: e.code, error: e.message };
          return { code: 'INTERNAL', error: `record ${record.id}: internal error: ${(e as Error).message}` };
        }
      },
      async close() {},
    };
  }
  const pending = new Map<number, (o: Outcome) => void>();
  const load: number[] = [];
  let seq = 0;
  let failure: Error | null = null;
  const workers = await Promise.all(
    Array.from({ length: size }, (_, i) => new Promise<Worker>((resolve, reject) => {
      const w = new Worker(new URL('./worker.js', import.meta.url), { workerData: config });
      load[i] = 0;
      w.on('message', (m: { ready?: boolean; seq: number } & Outcome) => {
        if (m.ready) return resolve(w);
        load[i]--;
        const done = pending.get(m.seq);
        pending.delete(m.seq);
        done?.('input' in m ? { input: m.input } : { code: m.code, error: m.error });
      });
      w.on('error', (e) => {
        failure = e;
        reject(e);
        for (const [, done] of pending) done({ code: 'INTERNAL', error: `an analysis worker failed: ${e.message}` });
        pending.clear();
      });
    })),
  );
  return {
    size,
    capacity: size * PER_WORKER,
    run(record, id) {
      if (failure) return Promise.resolve({ code: 'INTERNAL', error: `an analysis worker failed: ${(failure as Error).message}` });
      let best = 0;
      for (let i = 1; i < workers.length; i++) if (load[i] < load[best]) best = i;
      load[best]++;
      const n = seq++;
      return new Promise((resolve) => {
        pending.set(n, resolve);
        workers[best].postMessage({ seq: n, record, id });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
