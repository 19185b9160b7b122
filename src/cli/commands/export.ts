// `dyad export --format gdelt|jsonl|csv|graphml|gexf [--out FILE]`: the store for other tools.
import type { EventRow, GraphQuery, Store } from '../../store/store.ts';
import { UsageError } from '../main.ts';
import { withClaims } from './claims.ts';
import { GDELT_COLUMNS, gdeltRow } from './export-formats.ts';
import { detailGraph, withoutSelfLoops } from './graph-detail.ts';
import { gexf, graphml } from './graph-formats.ts';
import { csvLine, openOut, writer, type Column } from './output.ts';
import { pages } from './pages.ts';
import { ACTOR_CSV, EVENT_CSV, QUOTE_CSV } from './tidy-csv.ts';

async function writeCsv<T>(write: (s: string) => Promise<void>, columns: Column<T>[], rows: AsyncIterable<T>): Promise<void> {
  await write(csvLine(columns.map((c) => c[0])) + '\n');
  for await (const r of rows) await write(csvLine(columns.map((c) => c[1](r))) + '\n');
}
import { withStore } from './queries.ts';

/** A graph export holds every edge (the store's graph query lists its heaviest 500 by default). */
const ALL_EDGES = Number.MAX_SAFE_INTEGER;

export const FORMATS = ['gdelt', 'jsonl', 'csv', 'quotes', 'actors', 'graphml', 'gexf'] as const;

export interface ExportOptions extends GraphQuery {
  db?: string;
  format: string;
  out?: string;
  /** GDELT: print the column names as a first line (GDELT files have none). */
  header?: boolean;
  stdout?: NodeJS.WritableStream;
  /** gdelt, csv: also negated and not-asserted events (intended, conditional, wished, claimed). */
  allModes?: boolean;
  /** graphml, gexf: keep edges from an actor to itself (left out by default). */
  selfLoops?: boolean;
  /** Where the one-line note on what was left out goes (default standard error). */
  stderr?: NodeJS.WritableStream;
}

const count = (n: number) => n.toLocaleString('en');

/**
 * The events an event export writes: counted ones, or every one with --all-modes. Those left out are
 * counted so the export can say so, instead of dropping them without a word.
 */
async function* chosen(store: Store, allModes: boolean | undefined, tally: { written: number; left: number }): AsyncGenerator<EventRow> {
  for await (const e of store.allEvents({ includeNegated: true })) {
    if (e.negated && !allModes) tally.left++;
    else tally.written++, yield e;
  }
}

export async function exportCommand(opts: ExportOptions): Promise<number> {
  if (!(FORMATS as readonly string[]).includes(opts.format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  if (opts.allModes && !['gdelt', 'csv'].includes(opts.format))
    throw new UsageError(`--all-modes: only gdelt and csv export events one by one (${opts.format === 'jsonl' ? 'jsonl holds every event with its factuality already' : 'graph edges count asserted events only'})`);
  if (opts.selfLoops && !['graphml', 'gexf'].includes(opts.format)) throw new UsageError('--self-loops: only graphml and gexf have edges');
  const tally = { written: 0, left: 0 };
  return withStore(opts.db, async (store) => {
    const out: NodeJS.WritableStream = opts.out ? await openOut(opts.out) : (opts.stdout ?? process.stdout);
    const write = writer(out);
    const added = new Date();
    switch (opts.format) {
      case 'gdelt':
        if (opts.header) await write(GDELT_COLUMNS.join('\t') + '\n');
        for await (const e of chosen(store, opts.allModes, tally)) await write(gdeltRow(e, added) + '\n');
        break;
      case 'csv':
        await writeCsv(write, EVENT_CSV, withClaims(store, chosen(store, opts.allModes, tally)));
        break;
      case 'quotes':
        await writeCsv(write, QUOTE_CSV, pages((p) => store.quotes(p), Infinity));
        break;
      case 'actors':
        await writeCsv(write, ACTOR_CSV, pages((p) => store.actors(p), Infinity));
        break;
      case 'jsonl':
        for await (const { contract } of store.contracts()) await write(JSON.stringify(contract) + '\n');
        break;
      default: {
        const q: GraphQuery = { since: opts.since, until: opts.until, quadClass: opts.quadClass, country: opts.country, minWeight: opts.minWeight, limit: opts.limit ?? ALL_EDGES };
        const g = await detailGraph(store, withoutSelfLoops(await store.graph(q), opts.selfLoops), q);
        await write(opts.format === 'graphml' ? graphml(g) : gexf(g));
      }
    }
    if (opts.out) await new Promise<void>((r, j) => (out as NodeJS.WritableStream).end(() => r()).once('error', j));
    if (opts.format === 'gdelt' || opts.format === 'csv') {
      const left = tally.left ? `; ${count(tally.left)} negated or not asserted left out (--all-modes keeps them)` : opts.allModes ? ', every mode' : '';
      (opts.stderr ?? process.stderr).write(`dyad export: ${count(tally.written)} events written${left}\n`);
    }
    return 0;
  });
}
