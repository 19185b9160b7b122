// A pool of analysis workers (worker_threads). Each worker holds a few tasks at a time, so none waits
// for the main thread between records. With size 0 the pipeline runs in this thread (tests, tiny runs).
//
// A worker can die on a record (out of memory on a huge one, a crash in a native module, an exit):
// a worker answers its tasks in the order it was sent them, so the oldest unanswered task is the one
// it was analysing. That record alone is reported as failed; the tasks queued behind it were never
// started and go to a fresh worker that takes the dead one's place. A worker that dies before it is
// ready (the pipeline cannot be built) is not replaced: every later record would die the same way.
import { Worker } from 'node:worker_threads';
import { buildConfig, type WrittenConfig } from '../config/config.ts';
import { workerUrl } from '../doc/compiled.ts';
import { DyadError, isDyadError, type ErrorCode } from '../doc/errors.ts';
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

export interface PoolOptions {
  /** The worker entry; tests give one that dies on a chosen record. Default ./worker.js (./worker-main.js when compiled). */
  script?: URL;
}

const PER_WORKER = 4;

interface Task {
  seq: number;
  record: RawRecord;
  id: Identity;
  done: (o: Outcome) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Sent and not answered, oldest first. */
  tasks: Map<number, Task>;
  /** Given to a worker that is not ready yet: sent once it is, so a death before then is a start-up failure. */
  backlog: Task[];
}

export async function createPool(size: number, config: WrittenConfig, opts: PoolOptions = {}): Promise<Pool> {
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
  const script = opts.script ?? workerUrl('./worker-main', './worker.js', import.meta.url);
  let broken: string | null = null;
  let closing = false;
  const slots: Slot[] = [];

  const load = (slot: Slot) => slot.tasks.size + slot.backlog.length;
  const send = (slot: Slot, t: Task) => {
    if (!slot.ready) return void slot.backlog.push(t);
    slot.tasks.set(t.seq, t);
    slot.worker.postMessage({ seq: t.seq, record: t.record, id: t.id });
  };

  const start = (i: number, first: (ok: boolean, why?: string) => void) => {
    const slot: Slot = { worker: new Worker(script, { workerData: config }), ready: false, tasks: new Map(), backlog: [] };
    slots[i] = slot;
    let cause: string | null = null;
    slot.worker.on('message', (m: { ready?: boolean; seq: number } & Outcome) => {
      if (m.ready) {
        slot.ready = true;
        for (const t of slot.backlog.splice(0)) send(slot, t);
        return first(true);
      }
      const t = slot.tasks.get(m.seq);
      slot.tasks.delete(m.seq);
      t?.done('input' in m ? { input: m.input } : { code: m.code, error: m.error });
    });
    slot.worker.on('error', (e) => {
      cause = (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out of memory' : e.message;
    });
    slot.worker.on('exit', (code) => {
      if (closing) return;
      const why = cause ?? `exit code ${code}`;
      const left = [...slot.tasks.values(), ...slot.backlog.splice(0)];
      slot.tasks.clear();
      if (!slot.ready) {
        broken = `an analysis worker could not start (${why})`;
        for (const t of left) t.done({ code: 'INTERNAL', error: `record ${t.record.id}: ${broken}` });
        return first(false, why);
      }
      const [killer, ...queued] = left;
      start(i, () => {});
      for (const t of queued) send(slots[i], t);
      killer?.done({ code: 'INTERNAL', error: `record ${killer.record.id}: the analysis worker died on it (${why}); a new worker goes on with the other records` });
    });
  };

  const started = await Promise.all(Array.from({ length: size }, (_, i) => new Promise<string | null>((resolve) => start(i, (ok, why) => resolve(ok ? null : why ?? 'unknown')))));
  const failed = started.find((s) => s != null);
  if (failed != null) {
    closing = true;
    await Promise.all(slots.map((s) => s.worker.terminate()));
    throw new DyadError('INTERNAL', `an analysis worker could not start (${failed})`);
  }

  let seq = 0;
  return {
    size,
    capacity: size * PER_WORKER,
    run(record, id) {
      if (broken) return Promise.resolve({ code: 'INTERNAL', error: `record ${record.id}: ${broken}` });
      let best = 0;
      for (let i = 1; i < slots.length; i++) if (load(slots[i]) < load(slots[best])) best = i;
      return new Promise((done) => send(slots[best], { seq: seq++, record, id, done }));
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
