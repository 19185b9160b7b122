// The command table: every subcommand with its options. Each command's code loads only when it runs,
// and exit codes are decided here alone.
import { Command, InvalidArgumentError } from 'commander';
import { isDyadError } from '../doc/errors.ts';

export class UsageError extends Error {}

const int = (v: string) => {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number');
  return Math.floor(n);
};
const collect = (v: string, prev: string[]) => [...prev, v];

export function buildProgram(): Command {
  const program = new Command('dyad')
    .description('Turns news reports into actors, quotes and events, with the exact words as evidence.')
    .showHelpAfterError('(run dyad --help for the commands)');

  program
    .command('analyze')
    .description('analyse articles: .txt or .html files, - for standard input, or --jsonl records')
    .argument('[files...]', 'article files (.txt, .html) or - for stdin')
    .option('--jsonl <file>', 'read JSON lines ({id, text|html, url?, date?}); write contract JSON lines')
    .option('--json', 'print the analysis of a single file as contract JSON')
    .option('--date <day>', 'publication date (YYYY-MM-DD) for files that carry none')
    .option('--actors <file>', 'an actor dictionary that adds to or overrides the bundled ones', collect, [])
    .option('--max-bytes <n>', 'reject records over this many bytes', int)
    .addHelpText('after', '\nExamples:\n  dyad analyze article.txt\n  dyad analyze --jsonl in.jsonl > out.jsonl\n  cat page.html | dyad analyze --json -')
    .action(async (files: string[], opts) => {
      const { analyzeCommand } = await import('./commands/analyze.ts');
      process.exitCode = await analyzeCommand(files, opts);
    });

  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (e) {
    const msg = isDyadError(e) || e instanceof UsageError ? e.message : (e as Error).stack ?? String(e);
    process.stderr.write(`dyad: ${msg}\n`);
    process.exitCode = e instanceof UsageError ? 2 : 1;
  }
}
