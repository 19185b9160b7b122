// `dyad export --format gdelt|jsonl|csv|quotes|actors|graphml|gexf [--out FILE]`: the store for other tools.
import type { EventRow, GraphQuery, Store } from '../../store/store.ts';
import { UsageError } from '../main.ts';
import { withClaims } from './claims.ts';
import { GDELT_COLUMNS, gdeltRow } from './export-formats.ts';
import { actorTest, checkFilters, describeFilters, eventTest, type ExportFilter } from './export-filter.ts';
import { detailGraph, keepEdges, withoutSelfLoops } from './graph-detail.ts';
import { gexf, graphml } from './graph-formats.ts';
import { csvLine, openOut, writer, type Column } from './output.ts';
import { pages } from './pages.ts';
import { withStore } from './queries.ts';
import { ACTOR_CSV, EVENT_CSV, QUOTE_CSV } from './tidy-csv.ts';

/** Writes a header and the rows; gives how many rows. */
async function writeCsv<T>(write: (s: string) => Promise<void>, columns: Column<T>[], rows: AsyncIterable<T>): Promise<number> {
  await write(csvLine(columns.map((c) => c[0])) + '\n');
  let n = 0;
  for await (const r of rows) await write(csvLine(columns.map((c) => c[1](r))) + '\n'), n++;
  return n;
}

/** A graph export holds every edge (the store's graph query lists its heaviest 500 by default). */
const ALL_EDGES = Number.MAX_SAFE_INTEGER;

export const FORMATS = ['gdelt', 'jsonl', 'csv', 'quotes', 'actors', 'graphml', 'gexf'] as const;

export interface ExportOptions extends GraphQuery, ExportFilter {
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
/** "1 event", "2 events". */
const some = (n: number, what: string) => `${count(n)} ${what}${n === 1 ? '' : 's'}`;

/**
 * The events an event export writes: those the filters keep, counted ones or every one with
 * --all-modes. Those left out as not counted are counted so the export can say so, instead of
 * dropping them without a word.
 */
async function* chosen(store: Store, opts: ExportOptions, tally: { written: number; left: number }): AsyncGenerator<EventRow> {
  const keep = await eventTest(store, opts);
  for await (const e of store.allEvents({ includeNegated: true })) {
    if (!keep(e)) continue;
    if (e.negated && !opts.allModes) tally.left++;
    else tally.written++, yield e;
  }
}

/** A day or month bound as a day: a month's first day for --since, its last for --until. */
const asDay = (v: string | undefined, end: boolean) => (v && v.length === 7 ? `${v}-${end ? '31' : '01'}` : v);

export async function exportCommand(opts: ExportOptions): Promise<number> {
  if (!(FORMATS as readonly string[]).includes(opts.format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  if (opts.allModes && !['gdelt', 'csv'].includes(opts.format))
    throw new UsageError(`--all-modes: only gdelt and csv export events one by one (${opts.format === 'jsonl' ? 'jsonl holds every event with its factuality already' : 'graph edges count asserted events only'})`);
  if (opts.selfLoops && !['graphml', 'gexf'].includes(opts.format)) throw new UsageError('--self-loops: only graphml and gexf have edges');
  checkFilters(opts.format, opts);
  const tally = { written: 0, left: 0 };
  return withStore(opts.db, async (store) => {
    const out: NodeJS.WritableStream = opts.out ? await openOut(opts.out) : (opts.stdout ?? process.stdout);
    const write = writer(out);
    const added = new Date();
    let wrote = '';
    switch (opts.format) {
      case 'gdelt':
        if (opts.header) await write(GDELT_COLUMNS.join('\t') + '\n');
        for await (const e of withClaims(store, chosen(store, opts, tally))) await write(gdeltRow(e, added) + '\n');
        break;
      case 'csv':
        await writeCsv(write, EVENT_CSV, withClaims(store, chosen(store, opts, tally)));
        break;
      case 'quotes':
        wrote = `${some(await writeCsv(write, QUOTE_CSV, pages((p) => store.quotes({ ...p, speaker: opts.source, since: asDay(opts.since, false), until: asDay(opts.until, true) }), Infinity)), 'quote')} written`;
        break;
      case 'actors':
        wrote = `${some(await writeCsv(write, ACTOR_CSV, pages((p) => store.actors({ ...p, country: opts.country }), Infinity)), 'actor')} written`;
        break;
      case 'jsonl':
        let n = 0;
        for await (const { contract } of store.contracts()) await write(JSON.stringify(contract) + '\n'), n++;
        wrote = `${some(n, 'article')} written`;
        break;
      default: {
        const q: GraphQuery = { since: opts.since, until: opts.until, quadClass: opts.quadClass, country: opts.country, minWeight: opts.minWeight, limit: opts.limit ?? ALL_EDGES };
        let g = withoutSelfLoops(await store.graph(q), opts.selfLoops);
        if (opts.source || opts.target) {
          const [source, target] = [await actorTest(store, opts.source), await actorTest(store, opts.target)];
          const node = new Map(g.nodes.map((n) => [n.key, n]));
          g = keepEdges(g, (e) => source(node.get(e.source) ?? null) && target(node.get(e.target) ?? null));
        }
        const detailed = await detailGraph(store, g, q);
        await write(opts.format === 'graphml' ? graphml(detailed) : gexf(detailed));
        wrote = `${some(detailed.nodes.length, 'actor')} and ${some(detailed.edges.length, 'dyad')} written${opts.selfLoops ? '' : ' (self-loops left out)'}`;
      }
    }
    if (opts.out) await new Promise<void>((r, j) => (out as NodeJS.WritableStream).end(() => r()).once('error', j));
    const by = describeFilters(opts, opts.format === 'graphml' || opts.format === 'gexf');
    if (opts.format === 'gdelt' || opts.format === 'csv') {
      const left = tally.left ? `; ${count(tally.left)} negated or not asserted left out (--all-modes keeps them)` : opts.allModes ? ', every mode' : '';
      wrote = `${some(tally.written, 'event')} written${by ? ` (${by})` : ''}${left}`;
    } else if (by) wrote += `; filtered by ${by}`;
    (opts.stderr ?? process.stderr).write(`dyad export: ${wrote}\n`);
    return 0;
  });
}
