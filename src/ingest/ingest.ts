// Ingest: paths -> records -> (skip known) -> workers analyse -> results put back in input order ->
// written in batches, one transaction each. Known articles are skipped before analysis, so a re-run
// after a crash only analyses what the last finished batch had not written.
import { appendFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { DEFAULT_MAX_BYTES, type WrittenConfig } from '../config/config.ts';
import { openStore } from '../store/open.ts';
import type { ArticleInput, Store } from '../store/store.ts';
import { fillDate, readManifest } from './manifest.ts';
import { identify } from './prepare.ts';
import { createPool, type Outcome, type Pool } from './pool.ts';
import { createProgress, type Progress } from './progress.ts';
import { estimateRecords, listFiles, readSource, type SourceItem } from './sources.ts';
import { identity } from '../store/identity.ts';
import type { FetchSettings } from './url/fetch.ts';
import { isUrl, readUrl } from './url/read-url.ts';

export interface IngestOptions {
  db: string;
  /** Analysis workers (default: one per core); 0 analyses in this thread. */
  workers?: number;
  /** Write every bad record here as a JSON line {id, origin, code, error}. */
  errors?: string;
  /** Articles per write transaction (default 100). */
  batchSize?: number;
  config?: WrittenConfig;
  /** Show the progress bar (default: when stderr is a terminal). */
  progress?: boolean;
  err?: NodeJS.WritableStream;
  /** An open store to write to, instead of opening `db` (kept open). */
  store?: Store;
  /** The day (YYYY-MM-DD) of every record that carries none of its own (`--date`). */
  date?: string;
  /** A JSONL or CSV file mapping files or record ids to days (`--manifest`); before `date`. */
  manifest?: string;
  /** Near-identical texts are copies of one story only within this many days (default 7). */
  copyWindowDays?: number;
  /** The analysis worker entry (tests give one that dies on a chosen record). */
  workerScript?: URL;
  /** How URLs are fetched: private addresses, time and redirect caps (the size cap is config.maxBytes). */
  fetch?: FetchSettings;
  /** An open analysis pool to use, instead of starting one (kept open): `dyad watch` keeps one across rounds. */
  pool?: Pool;
}

/** One input of an ingest: a file, a URL, or records read elsewhere (a watched feed), read in turn. */
export interface IngestSource {
  /** The file or URL, for dates by manifest and for messages. */
  name: string;
  /** Records, for the progress bar (1 when not known). */
  estimate: number;
  read(): AsyncIterable<SourceItem>;
}

export interface IngestReport {
  records: number;
  added: number;
  merged: number;
  skipped: number;
  failed: number;
  /** Of the failed, those that failed inside dyad (a worker died on them, a stage threw), not from their input. */
  internal: number;
  events: number;
  mentions: number;
  seconds: number;
  /** Analysed articles per second. */
  rate: number;
}

/**
 * Ingests files, folders and URLs (http:// or https://): files are read first, in name order, then
 * the URLs as given, each a page or a feed.
 */
export async function ingest(paths: string[], opts: IngestOptions): Promise<IngestReport> {
  return ingestSources(inputSources(paths, opts), opts);
}

/** The files (in name order, the --errors file left out) and then the URLs of the paths, as sources to read. */
export function inputSources(paths: string[], opts: Pick<IngestOptions, 'err' | 'errors' | 'config' | 'fetch'>): IngestSource[] {
  const err = opts.err ?? process.stderr;
  const skip = opts.errors ? resolve(opts.errors) : null;
  const urls = paths.filter(isUrl);
  const files = listFiles(paths.filter((p) => !isUrl(p)), (p, reason) => err.write(`dyad: skipped ${p}: ${reason}\n`)).filter((f) => resolve(f) !== skip);
  const maxBytes = opts.config?.maxBytes ?? DEFAULT_MAX_BYTES;
  return [
    ...files.map((f) => ({ name: f, estimate: estimateRecords(f), read: () => readSource(f, maxBytes) })),
    ...urls.map((u) => ({ name: u, estimate: 1, read: () => readUrl(u.trim(), { ...opts.fetch, maxBytes }) })),
  ];
}

/** Ingests the records of each source in turn (see the top of this file). */
export async function ingestSources(sources: IngestSource[], opts: IngestOptions): Promise<IngestReport> {
  const err = opts.err ?? process.stderr;
  const manifest = opts.manifest ? readManifest(opts.manifest) : null;
  const store = opts.store ?? (await openStore(opts.db, { copyWindowDays: opts.copyWindowDays }));
  const pool = opts.pool ?? (await createPool(opts.workers ?? availableParallelism(), opts.config ?? {}, { script: opts.workerScript }));
  const batchSize = opts.batchSize ?? 100;
  const started = Date.now();
  const rep: IngestReport = { records: 0, added: 0, merged: 0, skipped: 0, failed: 0, internal: 0, events: 0, mentions: 0, seconds: 0, rate: 0 };
  if (opts.errors) writeFileSync(opts.errors, '');
  const bar: Progress = createProgress(sources.reduce((n, s) => n + s.estimate, 0), opts.progress ?? Boolean((err as NodeJS.WriteStream).isTTY), err);

  const report = (id: string, origin: string | null, code: string, error: string) => {
    rep.failed++;
    if (code === 'INTERNAL') rep.internal++;
    bar.log(`dyad: ${error}`);
    if (opts.errors) appendFileSync(opts.errors, JSON.stringify({ id, origin, code, error }) + '\n');
    bar.tick();
  };

  // Results come back out of order; they are written in input order so ids are stable across runs.
  const done = new Map<number, Outcome & { id: string; origin: string | null }>();
  let next = 0;
  let seq = 0;
  let inFlight = 0;
  let batch: ArticleInput[] = [];
  let wake: (() => void) | null = null;
  const flush = async () => {
    if (!batch.length) return;
    const r = await store.write(batch);
    batch = [];
    rep.added += r.added;
    rep.merged += r.merged;
    rep.skipped += r.skipped;
    rep.events += r.events;
    rep.mentions += r.mentions;
  };
  const drain = async () => {
    while (done.has(next)) {
      const o = done.get(next)!;
      done.delete(next++);
      if ('input' in o) {
        batch.push(o.input);
        bar.tick();
      } else report(o.id, o.origin, o.code, o.error);
      if (batch.length >= batchSize) await flush();
    }
  };
  const seen = new Set<string>();

  try {
    for (const source of sources) {
      const file = source.name;
      for await (const item of source.read()) {
        rep.records++;
        if ('error' in item) {
          report(item.id, item.origin, item.error.code, item.error.message);
          continue;
        }
        if (item.warning) bar.log(`dyad: ${item.warning}`);
        const record = fillDate(item.record, file, manifest, opts.date ?? null);
        const id = identify(record, item.source);
        const key = identity(id);
        if (seen.has(key) || (await store.has(id))) {
          rep.skipped++;
          bar.tick();
          continue;
        }
        seen.add(key);
        const n = seq++;
        inFlight++;
        void pool.run(record, id).then((o) => {
          done.set(n, { ...o, id: record.id, origin: id.origin });
          inFlight--;
          wake?.();
        });
        while (inFlight >= pool.capacity) {
          await new Promise<void>((r) => (wake = r));
          wake = null;
          await drain();
        }
        await drain();
      }
    }
    while (inFlight > 0) {
      await new Promise<void>((r) => (wake = r));
      wake = null;
      await drain();
    }
    await drain();
    await flush();
  } finally {
    bar.stop();
    if (!opts.pool) await pool.close();
    if (!opts.store) await store.close();
  }
  rep.seconds = (Date.now() - started) / 1000;
  rep.rate = rep.seconds ? Math.round(((rep.added + rep.merged) / rep.seconds) * 10) / 10 : 0;
  return rep;
}
