// `dyad demo`: ingests the bundled example articles into a fresh store, prints what dyad found
// (actors, dyads, a few quotes) and the command to browse the store next. The store is kept.
// An existing --db file is never touched unless --force says to replace it: it may be someone's store.
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest } from '../../ingest/ingest.ts';
import { openStore } from '../../store/open.ts';
import { checkStorePath } from '../store-path.ts';
import { summary } from './ingest.ts';
import { actorName, emit, num } from './output.ts';

export const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));

export async function demoCommand(opts: { db?: string; force?: boolean; out?: NodeJS.WritableStream; err?: NodeJS.WritableStream; workers?: number }): Promise<number> {
  const out = opts.out ?? process.stdout;
  const err = opts.err ?? process.stderr;
  const db = opts.db ?? join(tmpdir(), `dyad-demo-${Date.now()}.db`);
  if (existsSync(db)) {
    if (!opts.force) {
      err.write(`dyad: --db ${db} already exists; the demo will not touch it (choose a new file, or add --force to replace it)\n`);
      return 2;
    }
    err.write(`dyad: --force: replacing the existing store ${db}\n`);
  } else checkStorePath(db, true);
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
  out.write(`Ingesting the example articles in ${EXAMPLES}\n`);
  const rep = await ingest([EXAMPLES], { db, workers: opts.workers ?? 0, progress: false, err });
  out.write(summary(rep, db) + '\n');
  const store = await openStore(db, { readonly: true });
  try {
    const s = await store.stats();
    out.write(`\nThe store: ${s.articles} articles (${s.copies} syndicated ${s.copies === 1 ? 'copy' : 'copies'}), ${s.actors} actors, ${s.quotes} quotes, ${s.events} events\n`);
    out.write('\n== Actors, by mentions (dyad actors)\n');
    emit(await store.actors({ limit: 12 }), [['actor', (r) => r.name], ['country', (r) => r.country], ['sector', (r) => r.sector], ['mentions', (r) => r.mentions],
      ['quotes', (r) => r.quotes], ['as source', (r) => r.asSource], ['as target', (r) => r.asTarget]], { out });
    out.write('\n== Dyads: who did what to whom (dyad dyads)\n');
    emit(await store.dyads({ limit: 12 }), [['source', (r) => actorName(r.source)], ['target', (r) => actorName(r.target)], ['events', (r) => r.count],
      ['coop v/m', (r) => `${r.quad[0]}/${r.quad[1]}`], ['conflict v/m', (r) => `${r.quad[2]}/${r.quad[3]}`], ['mean goldstein', (r) => num(r.meanGoldstein)]], { out });
    out.write('\n== Events reported by more than one outlet\n');
    const merged = (await store.events({ limit: 200 })).filter((e) => e.numSources > 1);
    emit(merged, [['source', (r) => actorName(r.source) || r.sourceText], ['type', (r) => r.plover], ['target', (r) => actorName(r.target) || r.targetText],
      ['mentions', (r) => r.numMentions], ['sources', (r) => r.numSources]], { out });
    out.write('\n== A few quotes (dyad quotes)\n');
    emit((await store.quotes({ kind: 'direct', limit: 6 })), [['speaker', (r) => actorName(r.speaker) || r.speakerText], ['quote', (r) => r.text]], { out });
  } finally {
    await store.close();
  }
  out.write(`\nNext, browse the store:\n  dyad serve --db ${db}\n`);
  out.write(`or ask it questions:\n  dyad events --db ${db} --source RUS\n  dyad search --db ${db} "grain deal"\n`);
  return 0;
}
