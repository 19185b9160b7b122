// `dyad enqueue PATH…`: the records of files, folders and URLs go on the store's job queue, read as
// `dyad ingest` reads them (dates by manifest and --date filled in here, as ingest fills them),
// for `dyad worker` processes anywhere to analyse. Records the store has already are not queued.
import { writeFileSync, appendFileSync } from 'node:fs';
import { identity } from '../store/identity.ts';
import { openStore } from '../store/open.ts';
import type { WrittenConfig } from '../config/config.ts';
import { inputSources } from '../ingest/ingest.ts';
import { fillDate, readManifest } from '../ingest/manifest.ts';
import { identify } from '../ingest/prepare.ts';
import type { FetchSettings } from '../ingest/url/fetch.ts';
import { openQueue, QUEUE, type JobData } from './boss.ts';

export interface EnqueueOptions {
  /** The store's postgres:// URL: its database holds the queue. */
  db: string;
  config?: WrittenConfig;
  fetch?: FetchSettings;
  date?: string;
  manifest?: string;
  /** Every bad record as a JSON line here. */
  errors?: string;
  /** Expiry of an active job and the first retry delay, in seconds, for the jobs sent from now on. */
  expireSeconds?: number;
  retryDelay?: number;
  err?: NodeJS.WritableStream;
}

export interface EnqueueReport {
  records: number;
  queued: number;
  /** Stored already, or read twice in this run. */
  skipped: number;
  failed: number;
  seconds: number;
}

const CHUNK = 200;

export async function enqueue(paths: string[], opts: EnqueueOptions): Promise<EnqueueReport> {
  const err = opts.err ?? process.stderr;
  const started = Date.now();
  const manifest = opts.manifest ? readManifest(opts.manifest) : null;
  const sources = inputSources(paths, opts);
  const store = await openStore(opts.db);
  const rep: EnqueueReport = { records: 0, queued: 0, skipped: 0, failed: 0, seconds: 0 };
  if (opts.errors) writeFileSync(opts.errors, '');
  try {
    const boss = await openQueue(opts.db, { superviseSeconds: 0, expireSeconds: opts.expireSeconds, retryDelay: opts.retryDelay, onError: (e) => err.write(`dyad: queue: ${e.message}\n`) });
    try {
      let jobs: { name: string; data: JobData }[] = [];
      const send = async () => {
        if (!jobs.length) return;
        await boss.insert(jobs);
        rep.queued += jobs.length;
        jobs = [];
      };
      const seen = new Set<string>();
      for (const source of sources) {
        for await (const item of source.read()) {
          rep.records++;
          if ('error' in item) {
            rep.failed++;
            err.write(`dyad: ${item.error.message}\n`);
            if (opts.errors) appendFileSync(opts.errors, JSON.stringify({ id: item.id, origin: item.origin, code: item.error.code, error: item.error.message }) + '\n');
            continue;
          }
          if (item.warning) err.write(`dyad: ${item.warning}\n`);
          const record = fillDate(item.record, source.name, manifest, opts.date ?? null);
          const id = identify(record, item.source);
          const key = identity(id);
          if (seen.has(key) || (await store.has(id))) {
            rep.skipped++;
            continue;
          }
          seen.add(key);
          jobs.push({ name: QUEUE, data: { record, source: item.source } });
          if (jobs.length >= CHUNK) await send();
        }
      }
      await send();
    } finally {
      await boss.stop({ graceful: false, close: true, wait: true });
    }
  } finally {
    await store.close();
  }
  rep.seconds = (Date.now() - started) / 1000;
  return rep;
}
