// The command table: every subcommand with its options. Each command's code loads only when it runs,
// and exit codes are decided here alone.
//
// Exit codes: 0 ok; 1 a runtime failure (the store could not be read, a record failed inside dyad);
// 2 a usage error (an unknown command or option, a bad option value, a --db or --out that cannot be
// used). Every failure is one line on standard error; DYAD_DEBUG=1 adds the stack of an unexpected one.
import { Command, CommanderError, Option } from 'commander';
import { isDyadError } from '../doc/errors.ts';
import { country, day, duration, eventType, month, nonNegative, oneOf, positive as int, quadClass } from './options.ts';
import { UsageError } from './usage-error.ts';

export { UsageError };

const collect = (v: string, prev: string[]) => [...prev, v];

export interface Io {
  out?: NodeJS.WritableStream;
  err?: NodeJS.WritableStream;
}

/** How URLs are fetched; shared by analyze, ingest and watch. A new Option each time: commander keeps state on them. */
const fetchOpts = () => [
  new Option('--allow-private', 'also fetch from loopback, private, link-local and multicast addresses (refused by default)'),
  new Option('--timeout <s>', 'give up on a URL after this many seconds, redirects included (default 30)').argParser(int),
  new Option('--max-redirects <n>', 'follow at most this many redirects (default 5)').argParser(nonNegative),
] as const;

export function buildProgram(io: Io = {}): Command {
  const program = new Command('dyad')
    .description('Turns news reports into actors, quotes and events, with the exact words as evidence.')
    .option('-V, --version', 'print the version of dyad, its dictionaries and its models')
    .showHelpAfterError('(run dyad --help for the commands)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => void (io.out ?? process.stdout).write(s), writeErr: (s) => void (io.err ?? process.stderr).write(s) });
  // --until before --since is refused for every command that takes both, as the API refuses it.
  program.hook('preAction', (_, cmd) => {
    const o = cmd.opts();
    if (o.since && o.until && o.until < o.since) throw new UsageError(`--until ${o.until} is before --since ${o.since}`);
  });

  let fetchOptions = fetchOpts();
  program
    .command('analyze')
    .description('analyse articles: .txt or .html files, http(s) URLs, - for standard input, or --jsonl records')
    .argument('[files...]', 'article files (.txt, .html), URLs of pages or feeds, or - for stdin')
    .option('--jsonl <file>', 'read JSON lines ({id, text|html, url?, date?}); write contract JSON lines')
    .option('--json', 'print the analysis of a single file as contract JSON')
    .option('--date <day>', 'publication date (YYYY-MM-DD) for files that carry none', day)
    .option('--actors <file>', 'an actor dictionary that adds to or overrides the bundled ones', collect, [])
    .option('--max-bytes <n>', 'reject records over this many bytes', int)
    .addOption(fetchOptions[0]).addOption(fetchOptions[1]).addOption(fetchOptions[2])
    .addHelpText('after', '\nExamples:\n  dyad analyze article.txt\n  dyad analyze https://example.org/news/story.html\n  dyad analyze --jsonl in.jsonl > out.jsonl\n  cat page.html | dyad analyze --json -')
    .action(async (files: string[], opts) => {
      const { analyzeCommand } = await import('./commands/analyze.ts');
      process.exitCode = await analyzeCommand(files, opts);
    });

  const db = '--db <store>';
  const dbHelp = 'the store: a SQLite file (default $DYAD_DB, else ./dyad.db) or a postgres:// URL';
  const query = (c: Command, def = 50, most = 'any number: large lists are read and printed a page at a time') =>
    c.option(db, dbHelp).addOption(new Option('--json', 'print one JSON array').conflicts('csv')).addOption(new Option('--csv', 'print CSV').conflicts('json'))
      .option('--limit <n>', `at most this many rows (default ${def}; ${most})`, int).option('--offset <n>', 'skip this many rows', nonNegative);

  fetchOptions = fetchOpts();
  program
    .command('ingest')
    .description('analyse .txt, .html, .jsonl and RSS/Atom/JSON Feed files (folders recursively) into the store')
    .argument('<paths...>', 'files, folders, or http(s) URLs of pages and feeds')
    .option(db, dbHelp)
    .option('--errors <file>', 'write every bad record as a JSON line here')
    .option('--workers <n>', 'analysis worker threads (default: one per core)', nonNegative)
    .option('--batch <n>', 'articles per write transaction (default 100)', int)
    .option('--actors <file>', 'an actor dictionary that adds to or overrides the bundled ones', collect, [])
    .option('--max-bytes <n>', 'reject records over this many bytes', int)
    .option('--no-progress', 'no progress bar')
    .option('--date <day>', 'publication date (YYYY-MM-DD) for records that carry none', day)
    .option('--manifest <file>', 'JSONL ({"file", "date"}) or CSV (file,date) giving files or record ids their dates')
    .option('--copy-window <days>', 'near-identical texts are copies of one story only within this many days (default 7)', nonNegative)
    .option('--strict', 'exit 1 when any record failed, bad input included (by default bad input alone exits 0 once others were stored)')
    .addOption(fetchOptions[0]).addOption(fetchOptions[1]).addOption(fetchOptions[2])
    .addHelpText('after', '\nExamples:\n  dyad ingest news/ --db news.db\n  dyad ingest https://example.org/world/rss.xml\n  dyad ingest feed.xml archive.jsonl --errors bad.jsonl\n  dyad ingest scans/2016-05-02/ --date 2016-05-02\n  dyad ingest archive/ --manifest dates.csv')
    .action(async (paths: string[], opts) => {
      const { ingestCommand } = await import('./commands/ingest.ts');
      process.exitCode = await ingestCommand(paths, { ...opts, progress: opts.progress === false ? false : undefined });
    });

  program
    .command('recode')
    .description('analyse the stored articles again with the current dictionaries and models into a new store, and say what changed (actors, events); the old store is only read')
    .option(db, dbHelp)
    .requiredOption('--out <store>', 'the new store to write (a new file or an empty postgres:// database)')
    .option('--actors <file>', 'an actor dictionary that adds to or overrides the bundled ones', collect, [])
    .option('--workers <n>', 'analysis worker threads (default: one per core)', nonNegative)
    .option('--no-progress', 'no progress bar')
    .addHelpText('after', '\nExamples:\n  dyad recode --db news.db --out news-2026-12.db\n  dyad recode --db news.db --out news-mine.db --actors my.yaml')
    .action(async (opts) => {
      const { recodeCommand } = await import('./commands/recode.ts');
      process.exitCode = await recodeCommand({ ...opts, progress: opts.progress === false ? false : undefined });
    });

  fetchOptions = fetchOpts();
  program
    .command('watch')
    .description('follow feeds, pages, folders and files on an interval, storing what is new; each source\'s state is kept in the store')
    .argument('[sources...]', 'http(s) URLs of feeds or pages, folders, files')
    .option('--list <file>', 'more sources, one a line (# starts a comment); read again before each round')
    .option(db, dbHelp)
    .option('--interval <time>', 'try each source this often: 90s, 15m, 1h (default 15m); a failing source waits 2, 4, 8 ... times as long', duration)
    .option('--silent-after <time>', 'report a source that has given nothing new for this long (default 1d)', duration)
    .option('--once', 'one round over the sources that are due, then exit (1 when a source failed): for cron')
    .option('--workers <n>', 'analysis worker threads (default: one per core)', nonNegative)
    .option('--actors <file>', 'an actor dictionary that adds to or overrides the bundled ones', collect, [])
    .option('--max-bytes <n>', 'reject records over this many bytes', int)
    .option('--date <day>', 'publication date (YYYY-MM-DD) for records that carry none', day)
    .option('--manifest <file>', 'JSONL or CSV giving files or record ids their dates')
    .option('--copy-window <days>', 'near-identical texts are copies of one story only within this many days (default 7)', nonNegative)
    .addOption(fetchOptions[0]).addOption(fetchOptions[1]).addOption(fetchOptions[2])
    .addHelpText('after', '\nExamples:\n  dyad watch https://example.org/world/rss.xml --db news.db\n  dyad watch --list feeds.txt --interval 30m\n  dyad watch inbox/ --once          # from cron\n  dyad sources --db news.db         # how each source is doing')
    .action(async (sources: string[], opts) => {
      const { watchCommand } = await import('./commands/watch.ts');
      process.exitCode = await watchCommand(sources, { ...opts, err: io.err });
    });

  program
    .command('sources')
    .description('the sources dyad watch follows: health, last try, last new item, counts, next try, last answer')
    .option(db, dbHelp)
    .option('--json', 'print one JSON array: the stored state of each source, with its health (new, ok, failing, silent)')
    .option('--interval <time>', 'the interval the watch runs with, for the next try (default 15m)', duration)
    .option('--silent-after <time>', 'silent when nothing new for this long (default 1d)', duration)
    .action(async (opts) => {
      const { sourcesCommand } = await import('./commands/watch.ts');
      process.exitCode = await sourcesCommand({ ...opts, out: io.out });
    });

  fetchOptions = fetchOpts();
  program
    .command('enqueue')
    .description('put the records of files, folders and URLs on the job queue of a PostgreSQL store, for dyad worker processes to analyse')
    .argument('<paths...>', 'files, folders, or http(s) URLs of pages and feeds')
    .option(db, 'the store: its postgres:// URL (default $DYAD_DB); the queue lives in its database')
    .option('--actors <file>', 'an actor dictionary the records are read with (workers analyse with their own)', collect, [])
    .option('--max-bytes <n>', 'reject records over this many bytes', int)
    .option('--date <day>', 'publication date (YYYY-MM-DD) for records that carry none', day)
    .option('--manifest <file>', 'JSONL or CSV giving files or record ids their dates')
    .option('--errors <file>', 'write every bad record as a JSON line here')
    .option('--expire <s>', 'a job active this long is taken from its worker and handed out again (default 900)', int)
    .option('--retry-delay <s>', 'seconds before the first retry of a failed job, about twice as long each next time (default 10)', int)
    .addOption(fetchOptions[0]).addOption(fetchOptions[1]).addOption(fetchOptions[2])
    .addHelpText('after', '\nExamples:\n  dyad enqueue archive/ --db postgres://dyad@db.example/news\n  dyad worker --db postgres://dyad@db.example/news     # on each machine\n  dyad queue --db postgres://dyad@db.example/news      # progress and dead letters')
    .action(async (paths: string[], opts) => {
      const { enqueueCommand } = await import('./commands/queue.ts');
      process.exitCode = await enqueueCommand(paths, { ...opts, err: io.err });
    });

  program
    .command('worker')
    .description('take jobs from the queue of a PostgreSQL store, analyse them and write them to it; run one on each machine')
    .option(db, 'the store: its postgres:// URL (default $DYAD_DB)')
    .option('--workers <n>', 'analysis threads (default: one per core)', nonNegative)
    .option('--batch <n>', 'jobs taken and written at once (default: sixteen per thread)', int)
    .option('--actors <file>', 'an actor dictionary that adds to or overrides the bundled ones', collect, [])
    .option('--max-bytes <n>', 'reject records over this many bytes', int)
    .option('--copy-window <days>', 'near-identical texts are copies of one story only within this many days (default 7)', nonNegative)
    .option('--exit-when-empty', 'stop once no job is waiting, retrying or active (a backfill)')
    .option('--supervise <s>', 'how often to hand out again the jobs of a worker that died, in seconds (default 60)', int)
    .action(async (opts) => {
      const { workerCommand } = await import('./commands/queue.ts');
      process.exitCode = await workerCommand({ ...opts, err: io.err });
    });

  program
    .command('queue')
    .description('the job queue of a PostgreSQL store: jobs by state, and the dead letters with their errors')
    .option(db, 'the store: its postgres:// URL (default $DYAD_DB)')
    .option('--json', 'print it as JSON')
    .option('--limit <n>', 'dead letters listed (default 20, newest first)', int)
    .action(async (opts) => {
      const { queueCommand } = await import('./commands/queue.ts');
      process.exitCode = await queueCommand({ ...opts, out: io.out });
    });

  query(program.command('actors').description('actors by mentions'))
    .option('--name <text>', 'names or keys containing this, or a country code')
    .option('--country <code>', 'actors of this country (ISO alpha-3)', country)
    .action(async (opts) => {
      const { actorsCommand } = await import('./commands/queries.ts');
      process.exitCode = await actorsCommand(opts);
    });

  query(program.command('quotes').description('quotes, newest first'))
    .option('--speaker <name>', 'said by this actor (key, name, or country code)')
    .option('--about <name>', 'naming this actor, or containing this word')
    .option('--since <day>', 'on or after this date (YYYY-MM-DD)', day)
    .option('--until <day>', 'on or before this date', day)
    .option('--kind <kind>', 'direct, indirect or mixed', oneOf('direct', 'indirect', 'mixed'))
    .addHelpText('after', '\nExample:\n  dyad quotes --speaker Erdogan --about Moscow --since 2024-01-01')
    .action(async (opts) => {
      const { quotesCommand } = await import('./commands/queries.ts');
      process.exitCode = await quotesCommand(opts);
    });

  query(program.command('events').description('events, newest first, with the sentence as evidence'))
    .option('--source <actor>', 'source: country code (RUS), actor key or name')
    .option('--target <actor>', 'target: country code, actor key or name')
    .option('--actor <actor>', 'either side')
    .option('--type <type>', 'PLOVER type (SUPPORT) or CAMEO code prefix (05)', eventType)
    .option('--quad-class <n>', 'quad class 1-4', quadClass)
    .option('--since <day>', 'on or after this date (YYYY-MM-DD)', day)
    .option('--until <day>', 'on or before this date', day)
    .option('--include-negated', 'also negated events')
    .option('--include-history', 'also history told in passing (events dated well before their article)')
    .addHelpText('after', '\nExample:\n  dyad events --source RUS --target AFG --type SUPPORT --since 2024-01-01')
    .action(async (opts) => {
      const { eventsCommand } = await import('./commands/queries.ts');
      process.exitCode = await eventsCommand(opts);
    });

  query(program.command('dyads').description('directed actor pairs: events by quad class, mean Goldstein, trend by month'))
    .option('--source <actor>', 'source: country code, actor key or name')
    .option('--target <actor>', 'target: country code, actor key or name')
    .option('--actor <actor>', 'either side')
    .option('--since <day>', 'from this month on (YYYY-MM or YYYY-MM-DD)', month)
    .option('--until <day>', 'up to this month', month)
    .option('--min-count <n>', 'pairs with at least this many events', int)
    .action(async (opts) => {
      const { dyadsCommand } = await import('./commands/queries.ts');
      process.exitCode = await dyadsCommand(opts);
    });

  query(program.command('search').description('full-text search over article text and quotes, with highlighted snippets'), 20, '--offset plus --limit 1000 at most')
    .argument('<text>', 'words; "quoted words" match as a phrase')
    .option('--in <where>', 'article, quote or all (default)', oneOf('article', 'quote', 'all'))
    .action(async (text: string, opts) => {
      const { searchCommand } = await import('./commands/queries.ts');
      process.exitCode = await searchCommand(text, opts);
    });

  program
    .command('show')
    .description('one stored article with its layers')
    .argument('<id>', 'article id (from events, quotes or search)')
    .option(db, dbHelp)
    .option('--json', 'print the article, its layers and provenance as JSON')
    .action(async (id: string, opts) => {
      const { showCommand } = await import('./commands/show.ts');
      process.exitCode = await showCommand(id, opts);
    });

  program
    .command('export')
    .description('export the store: gdelt (TSV, GDELT 2.0 event columns), jsonl (contract), csv (events), quotes, actors (CSV), graphml or gexf (actor network)')
    .addOption(new Option('--format <format>', 'gdelt, jsonl, csv, quotes, actors, graphml or gexf').choices(['gdelt', 'jsonl', 'csv', 'quotes', 'actors', 'graphml', 'gexf']).makeOptionMandatory())
    .option(db, dbHelp)
    .option('--out <file>', 'write here instead of standard output')
    .option('--header', 'gdelt: print the column names first')
    .option('--all-modes', 'gdelt, csv: also negated and not-asserted events (csv tells them apart in its factuality column)')
    .option('--since <day>', 'gdelt, csv, quotes: on or after this day, or from this month on (YYYY-MM-DD or YYYY-MM); graphs: from its month on', month)
    .option('--until <day>', 'gdelt, csv, quotes: on or before this day, or up to this month; graphs: up to its month', month)
    .option('--country <code>', 'gdelt, csv, graphs: either side of this country; actors: of this country', country)
    .option('--type <type>', 'gdelt, csv: PLOVER type (SUPPORT) or CAMEO code prefix (05)', eventType)
    .option('--quad-class <n>', 'gdelt, csv, graphs: only this quad class', quadClass)
    .option('--source <actor>', 'gdelt, csv, graphs: source (country code, actor key or name); quotes: the speaker')
    .option('--target <actor>', 'gdelt, csv, graphs: target (country code, actor key or name)')
    .option('--min-weight <n>', 'graphs: edges with at least this many events', int)
    .option('--self-loops', 'graphs: keep edges from an actor to itself (left out by default)')
    .addHelpText('after', '\nLeft out: gdelt, csv and the graphs hold only counted events; negated or not-asserted ones\n(intended, conditional, wished, claimed) are left out, and the export says how many on standard error.\n--all-modes keeps them in gdelt and csv; jsonl always has every event with its factuality.\nThe graphs also leave out history told in passing. See them with dyad events --include-negated --include-history.\nWhat was written, and what it was filtered by, is said on standard error; a filter a format cannot apply is refused.\n\nExamples:\n  dyad export --format gdelt --header --since 2024-01 --source RUS --out russia.tsv\n  dyad export --format gexf --country UKR --out ukraine.gexf')
    .action(async (opts) => {
      const { exportCommand } = await import('./commands/export.ts');
      process.exitCode = await exportCommand(opts);
    });

  program
    .command('serve')
    .description('serve the store as a JSON API and a web page (actor network, dyads, articles, quotes)')
    .option(db, dbHelp)
    .option('--host <host>', 'address to bind (default 127.0.0.1: this machine only)')
    .option('--port <n>', 'port (default 7300)', nonNegative)
    .addHelpText('after', '\nExample:\n  dyad serve --db news.db   # then open http://127.0.0.1:7300/')
    .action(async (opts) => {
      const { serveCommand } = await import('./commands/serve.ts');
      process.exitCode = await serveCommand(opts);
    });

  program
    .command('demo')
    .description('ingest the bundled example articles into a store and show what dyad found')
    .option(db, 'keep the demo store here (default: a new file in the temporary folder); an existing file is refused')
    .option('--force', 'replace an existing --db file (it is deleted first, and dyad says so)')
    .action(async (opts) => {
      const { demoCommand } = await import('./commands/demo.ts');
      process.exitCode = await demoCommand(opts);
    });

  return program;
}

/** One line for an error: ours as they are; anything else by its message, with the stack under DYAD_DEBUG. */
export function describeError(e: unknown): string {
  if (isDyadError(e) || e instanceof UsageError) return e.message;
  if (process.env.DYAD_DEBUG) return (e as Error)?.stack ?? String(e);
  const msg = e instanceof Error ? e.message : String(e);
  return `${msg.split('\n')[0]} (DYAD_DEBUG=1 shows where)`;
}

/** Runs one command line and gives its exit code; commands only return codes or throw. */
export async function run(argv: string[], io: Io = {}): Promise<number> {
  const err = io.err ?? process.stderr;
  if (argv[2] === '--version' || argv[2] === '-V') {
    const { versionText } = await import('./versions.ts');
    (io.out ?? process.stdout).write(await versionText());
    return 0;
  }
  process.exitCode = undefined;
  try {
    await buildProgram(io).parseAsync(argv);
    return Number(process.exitCode ?? 0);
  } catch (e) {
    // commander has printed its own line (or the help) already
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    err.write(`dyad: ${describeError(e)}\n`);
    return e instanceof UsageError ? 2 : 1;
  } finally {
    process.exitCode = undefined;
  }
}

export async function main(argv: string[]): Promise<void> {
  // `dyad demo | head`: the reader left, which ends the command quietly, not with a stack.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    process.stderr.write(`dyad: standard output: ${e.message}\n`);
    process.exit(1);
  });
  // A failure outside any command's promise (a stream's error event) is still one line.
  process.on('uncaughtException', (e) => {
    process.stderr.write(`dyad: ${describeError(e)}\n`);
    process.exit(1);
  });
  process.exitCode = await run(argv);
}
