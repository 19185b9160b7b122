import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { buildConfig } from '../../config/config.ts';
import { toContract } from '../../doc/contract.ts';
import { isDyadError } from '../../doc/errors.ts';
import type { RawRecord } from '../../doc/record.ts';
import { readArticleFile, readStdinArticle } from '../../ingest/read-file.ts';
import { readJsonl } from '../../ingest/jsonl.ts';
import { createPipeline, type Pipeline } from '../../pipeline/pipeline.ts';
import { UsageError } from '../main.ts';
import { summarise } from '../summary.ts';

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
      const record = file === '-' ? await readStdinArticle(opts.stdin ?? process.stdin, config.maxBytes, warn) : readArticleFile(file, config.maxBytes, warn);
      if (opts.date) record.date = opts.date;
      const doc = pipeline.analyze(record);
      out.write(opts.json ? JSON.stringify(toContract(doc), null, 2) + '\n' : summarise(doc) + '\n');
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
