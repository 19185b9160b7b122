import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { buildConfig } from '../../config/config.ts';
import { toContract } from '../../doc/contract.ts';
import { DyadError, isDyadError } from '../../doc/errors.ts';
import type { RawRecord } from '../../doc/record.ts';
import { readArticleFile, readStdinArticle } from '../../ingest/read-file.ts';
import { readJsonl } from '../../ingest/jsonl.ts';
import { createPipeline, type Pipeline } from '../../pipeline/pipeline.ts';
import { UsageError } from '../main.ts';
import { summarise } from '../summary.ts';
import type { FetchRequest, FetchSettings } from '../../ingest/url/fetch.ts';
import { isUrl, readUrl } from '../../ingest/url/read-url.ts';
import { fetchSettings } from './ingest.ts';

export interface AnalyzeOptions {
  jsonl?: string;
  json?: boolean;
  date?: string;
  actors?: string[];
  maxBytes?: number;
  out?: NodeJS.WritableStream;
  err?: NodeJS.WritableStream;
  /** What `-` reads (default process.stdin; tests give a stream). */
  stdin?: Readable;
  allowPrivate?: boolean;
  /** Seconds per URL. */
  timeout?: number;
  maxRedirects?: number;
  /** How URLs are fetched (tests give a resolver); the flags above are added to it. */
  fetch?: FetchSettings;
}

/** `dyad analyze`: returns the exit code. A record that fails is reported and the run goes on. */
export async function analyzeCommand(files: string[], opts: AnalyzeOptions): Promise<number> {
  const out = opts.out ?? process.stdout;
  const err = opts.err ?? process.stderr;
  if (!opts.jsonl && !files.length) throw new UsageError('analyze needs files, - for standard input, or --jsonl FILE');
  if (opts.json && files.length !== 1) throw new UsageError('--json takes exactly one file');
  const config = buildConfig({ maxBytes: opts.maxBytes, actorFiles: opts.actors });
  const pipeline = createPipeline(config);
  if (opts.jsonl) return analyzeJsonl(pipeline, opts.jsonl, out, err, config.maxBytes, opts.stdin ?? process.stdin);
  let failed = 0;
  for (const file of files) {
    try {
      const warn = (m: string) => err.write(`dyad: ${oneLine(m)}\n`);
      const records = isUrl(file)
        ? await fetchRecords(file, { ...opts.fetch, ...fetchSettings(opts), maxBytes: config.maxBytes }, warn, opts.json ?? false)
        : [file === '-' ? await readStdinArticle(opts.stdin ?? process.stdin, config.maxBytes, warn) : readArticleFile(file, config.maxBytes, warn)];
      for (const record of records) {
        if (opts.date) record.date = opts.date;
        const doc = pipeline.analyze(record);
        out.write(opts.json ? JSON.stringify(toContract(doc), null, 2) + '\n' : summarise(doc) + '\n');
      }
    } catch (e) {
      if (e instanceof UsageError) throw e;
      failed++;
      err.write(`dyad: ${oneLine(isDyadError(e) ? e.message : `${file}: internal error: ${(e as Error).message}`)}\n`);
    }
  }
  return failed === files.length ? 1 : 0;
}

/** One contract line per input line, in order; a bad line yields {id, error}. */
async function analyzeJsonl(pipeline: Pipeline, path: string, out: NodeJS.WritableStream, err: NodeJS.WritableStream, maxBytes: number, stdin: Readable): Promise<number> {
  const input = path === '-' ? stdin : createReadStream(path);
  await new Promise<void>((resolve, reject) => {
    input.once('error', (e: NodeJS.ErrnoException) => reject(new UsageError(`${path}: cannot be read (${e.code ?? e.message})`)));
    input.once('readable', () => resolve());
    input.once('end', () => resolve());
  });
  for await (const { item } of readJsonl(input, path, maxBytes)) {
    const line_ = 'record' in item ? analyzeOne(pipeline, item.record) : { id: item.id, error: item.error.message };
    if ('error' in line_) err.write(`dyad: ${line_.error}\n`);
    out.write(JSON.stringify(line_) + '\n');
  }
  return 0;
}

function analyzeOne(pipeline: Pipeline, record: RawRecord): object {
  try {
    return toContract(pipeline.analyze(record));
  } catch (e) {
    if (isDyadError(e)) return { id: record.id, error: oneLine(e.message) };
    return { id: record.id, error: oneLine(`record ${record.id}: internal error: ${(e as Error).message}`) };
  }
}

/** Errors are reported one line each, whatever a stage put in its message. */
const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/**
 * The records at a URL: one page, or a feed's items. A bad feed item is reported and the others are
 * analysed; a page that cannot be fetched throws its one-line error. --json prints one article, so a
 * feed of several items is refused with it.
 */
async function fetchRecords(url: string, req: FetchRequest, warn: (m: string) => void, json: boolean): Promise<RawRecord[]> {
  const records: RawRecord[] = [];
  const errors: DyadError[] = [];
  for await (const item of readUrl(url, req)) {
    if ('error' in item) errors.push(item.error);
    else {
      if (item.warning) warn(item.warning);
      records.push(item.record);
    }
  }
  if (!records.length && errors.length) {
    for (const e of errors.slice(1)) warn(e.message);
    throw errors[0];
  }
  for (const e of errors) warn(e.message);
  if (json && records.length > 1) throw new DyadError('BAD_RECORD', `${url}: a feed of ${records.length} items; --json prints one article (dyad ingest reads feeds, dyad analyze without --json shows each)`);
  return records;
}
