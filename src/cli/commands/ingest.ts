// `dyad ingest PATH…`: analyse files and folders into the store, then say what changed.
import { availableParallelism } from 'node:os';
import { ingest, type IngestReport } from '../../ingest/ingest.ts';
import { checkDay } from '../../ingest/manifest.ts';
import { showTarget } from '../../store/open.ts';
import { UsageError } from '../main.ts';
import { checkStorePath } from '../store-path.ts';
import type { FetchSettings } from '../../ingest/url/fetch.ts';

export interface IngestCommandOptions {
  db?: string;
  errors?: string;
  workers?: number;
  batch?: number;
  actors?: string[];
  maxBytes?: number;
  progress?: boolean;
  /** The day of every record that carries none (YYYY-MM-DD). */
  date?: string;
  /** JSONL or CSV: files or record ids -> days. */
  manifest?: string;
  /** Copies of one story only within this many days (default 7). */
  copyWindow?: number;
  /** Exit 1 when any record failed, bad input included (a script that must not go on with a partial store). */
  strict?: boolean;
  allowPrivate?: boolean;
  /** Seconds per URL. */
  timeout?: number;
  maxRedirects?: number;
  err?: NodeJS.WritableStream;
}

export async function ingestCommand(paths: string[], opts: IngestCommandOptions): Promise<number> {
  if (!paths.length) throw new UsageError('ingest needs files, folders or URLs');
  const err = opts.err ?? process.stderr;
  if (opts.date !== undefined && !checkDay(opts.date)) throw new UsageError(`--date ${opts.date}: expected a day as YYYY-MM-DD`);
  const db = checkStorePath(opts.db, true);
  const rep = await ingest(paths, {
    db,
    errors: opts.errors,
    workers: opts.workers ?? availableParallelism(),
    batchSize: opts.batch,
    config: { actorFiles: opts.actors, maxBytes: opts.maxBytes },
    progress: opts.progress,
    date: opts.date,
    manifest: opts.manifest,
    copyWindowDays: opts.copyWindow,
    fetch: fetchSettings(opts),
    err,
  });
  err.write(summary(rep, showTarget(db)) + '\n');
  // Stored articles keep the analysis they were stored with: new dictionaries reach them by a recode.
  if (rep.skipped && opts.actors?.length) err.write(`dyad: the ${rep.skipped} already stored kept their analysis; to code them with ${opts.actors.join(', ')}, run dyad recode --db ${db} --out NEW.db --actors ${opts.actors.join(' --actors ')}\n`);
  return exitCode(rep, opts.strict);
}

/**
 * 1 when nothing was stored and something failed, or when any record failed inside dyad (a worker
 * died on it, a stage threw): that is dyad's fault, not the input's, and the store lacks it. Bad
 * input alone (not JSON, empty, too large), with other records stored, is reported and exits 0,
 * unless `strict`, where any failed record exits 1 (the good ones are stored all the same).
 */
export function exitCode(rep: IngestReport, strict = false): number {
  if (rep.internal || (strict && rep.failed)) return 1;
  return rep.failed && !rep.added && !rep.merged && !rep.skipped ? 1 : 0;
}

export function summary(r: IngestReport, db: string): string {
  const parts = [`${r.added} new`, `${r.merged} syndicated ${r.merged === 1 ? 'copy' : 'copies'} merged`, `${r.skipped} already stored`, r.internal ? `${r.failed} failed (${r.internal} inside dyad)` : `${r.failed} failed`];
  return `ingested ${r.records} records into ${db}: ${parts.join(', ')}; ${r.events} events, ${r.mentions} extra mentions; ${r.seconds.toFixed(1)} s (${r.rate} articles/s)`;
}

/** The fetch flags as the fetcher takes them. */
export function fetchSettings(o: { allowPrivate?: boolean; timeout?: number; maxRedirects?: number }): FetchSettings {
  return { allowPrivate: o.allowPrivate ?? false, timeoutMs: o.timeout !== undefined ? o.timeout * 1000 : undefined, maxRedirects: o.maxRedirects };
}
