// POST /api/analyze off the event loop: the pipeline runs in worker threads (one by default, so the
// server thread keeps the other core), each analysing one article at a time. The queue in front of them
// is bounded: a request that finds every worker busy and the queue full is a 503 with Retry-After, not
// a wait without end. One analysis may run for `timeoutMs`; past that its worker is ended (a pipeline in
// a loop cannot be stopped any other way), the request is a 422 TOO_LARGE, and a fresh worker starts
// for the next one. Workers start on the first request, and a worker that dies is replaced.
import { Worker } from 'node:worker_threads';
import { workerUrl } from '../doc/compiled.ts';
import { DyadError, type ErrorCode } from '../doc/errors.ts';
import type { RawRecord } from '../doc/record.ts';
import { RawJson, type Deps } from './route.ts';
import { Unavailable } from './shed.ts';

export interface AnalyzePoolOptions {
  /** Worker threads (default 1). */
  workers?: number;
  /** Requests that may wait for a busy worker (default 4); one more is answered 503. */
  queue?: number;
  /** Longest one analysis may take, in ms (default 60,000). */
  timeoutMs?: number;
}

export interface AnalyzePool {
  analyze: NonNullable<Deps['analyze']>;
  /** Analyses running and waiting now. */
  load(): { running: number; waiting: number };
  close(): Promise<void>;
}

interface Task {
  record: RawRecord;
  resolve: (v: RawJson) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  task: Task | null;
  started: number;
  timer: NodeJS.Timeout | null;
}

type Reply = { ready: true } | { json: string } | { code: ErrorCode; error: string };

export function createAnalyzePool(opts: AnalyzePoolOptions = {}): AnalyzePool {
  const size = Math.max(1, opts.workers ?? 1);
  const queueMax = Math.max(0, opts.queue ?? 4);
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const slots: Slot[] = [];
  const waiting: Task[] = [];
  let meanMs = 2000;
  let closed = false;

  const running = () => slots.filter((s) => s.task).length;

  function retire(slot: Slot, why: Error): void {
    const i = slots.indexOf(slot);
    if (i < 0) return;
    slots.splice(i, 1);
    if (slot.timer) clearTimeout(slot.timer);
    slot.task?.reject(why);
    slot.task = null;
    void slot.worker.terminate();
    // A worker that could not even start would fail the same way again: tell the waiting requests.
    if (!slot.ready) for (const t of waiting.splice(0)) t.reject(why);
    pump();
  }

  function spawn(): Slot {
    const worker = new Worker(workerUrl('./analyze-worker-main', './analyze-worker.js', import.meta.url));
    worker.unref();
    const slot: Slot = { worker, ready: false, task: null, started: 0, timer: null };
    worker.on('message', (m: Reply) => {
      if ('ready' in m) {
        slot.ready = true;
        return pump();
      }
      const task = slot.task;
      if (!task) return;
      if (slot.timer) clearTimeout(slot.timer);
      meanMs = meanMs * 0.7 + (Date.now() - slot.started) * 0.3;
      slot.task = null;
      slot.timer = null;
      if ('json' in m) task.resolve(new RawJson(m.json));
      else task.reject(new DyadError(m.code, m.error));
      pump();
    });
    worker.on('error', (e) => retire(slot, new DyadError('INTERNAL', `the analysis worker failed: ${e.message}`)));
    worker.on('exit', (code) => retire(slot, new DyadError('INTERNAL', `the analysis worker stopped (exit code ${code})`)));
    return slot;
  }

  function dispatch(slot: Slot, task: Task): void {
    slot.task = task;
    slot.started = Date.now();
    slot.timer = setTimeout(() => {
      meanMs = meanMs * 0.7 + timeoutMs * 0.3;
      retire(slot, new DyadError('TOO_LARGE', `analysis stopped after ${(timeoutMs / 1000).toFixed(1)} s, the most one request may take; send a shorter text, or run dyad analyze on it`));
    }, timeoutMs);
    slot.timer.unref();
    slot.worker.postMessage({ seq: 0, record: task.record });
  }

  function pump(): void {
    for (const s of slots) {
      if (!waiting.length) break;
      if (s.ready && !s.task) dispatch(s, waiting.shift()!);
    }
    let starting = slots.filter((s) => !s.ready).length;
    while (!closed && slots.length < size && starting < waiting.length) {
      slots.push(spawn());
      starting++;
    }
  }

  return {
    analyze(record) {
      if (closed) return Promise.reject(new Unavailable('analyze', 'the server is stopping', 5));
      if (running() + waiting.length >= size + queueMax) {
        const wait = Math.ceil((meanMs * (waiting.length + 1)) / size / 1000);
        return Promise.reject(new Unavailable('analyze', `every analysis worker is busy and ${waiting.length} requests are waiting; try again later`, Math.min(120, Math.max(1, wait))));
      }
      return new Promise<RawJson>((resolve, reject) => {
        waiting.push({ record, resolve, reject });
        pump();
      });
    },
    load: () => ({ running: running(), waiting: waiting.length }),
    async close() {
      closed = true;
      for (const t of waiting.splice(0)) t.reject(new Unavailable('analyze', 'the server is stopping', 5));
      await Promise.all(slots.splice(0).map((s) => {
        if (s.timer) clearTimeout(s.timer);
        s.task?.reject(new Unavailable('analyze', 'the server is stopping', 5));
        return s.worker.terminate();
      }));
    },
  };
}
