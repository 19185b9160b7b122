// `dyad recode --db OLD --out NEW`: the stored articles analysed again with the current dictionaries and
// models into a new store, then what changed. The old store is only read.
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { ingestSources } from '../../ingest/ingest.ts';
import { compare, describe, holdings, storedRecords } from '../../recode/recode.ts';
import { isStoreUrl, openStore, showTarget } from '../../store/open.ts';
import { UsageError } from '../main.ts';
import { checkStorePath } from '../store-path.ts';
import { summary } from './ingest.ts';

export interface RecodeCommandOptions {
  db?: string;
  out?: string;
  actors?: string[];
  workers?: number;
  progress?: boolean;
  err?: NodeJS.WritableStream;
  stdout?: NodeJS.WritableStream;
}

export async function recodeCommand(opts: RecodeCommandOptions): Promise<number> {
  const err = opts.err ?? process.stderr;
  const db = checkStorePath(opts.db);
  if (!opts.out) throw new UsageError('recode needs --out NEW: the new store to write (the old one is only read)');
  if (opts.out === db) throw new UsageError(`--out ${opts.out}: the same store as --db; recode writes a new store and leaves the old one as it is`);
  if (!isStoreUrl(opts.out) && existsSync(opts.out) && statSync(opts.out).size > 0) throw new UsageError(`--out ${opts.out}: already exists; give a new file so nothing stored is overwritten`);
  const out = checkStorePath(opts.out, true);
  const old = await openStore(db);
  try {
    const before = await holdings(old);
    const source = await storedRecords(old);
    const fresh = await openStore(out);
    try {
      const rep = await ingestSources([source], {
        db: out,
        store: fresh,
        workers: opts.workers ?? availableParallelism(),
        config: { actorFiles: opts.actors },
        progress: opts.progress,
        err,
      });
      err.write(summary(rep, showTarget(out)) + '\n');
      const after = await holdings(fresh);
      (opts.stdout ?? process.stdout).write(describe(compare(before, after, rep)) + '\n');
      return rep.internal ? 1 : 0;
    } finally {
      await fresh.close();
    }
  } finally {
    await old.close();
  }
}
