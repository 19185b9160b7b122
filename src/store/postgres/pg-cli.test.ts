// The commands on a PostgreSQL URL: `dyad ingest --db postgres://…`, the query and export commands, and
// `dyad serve`'s store check, which must not look for a file named like the URL.
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../cli/commands/demo.ts';
import { exportCommand } from '../../cli/commands/export.ts';
import { ingestCommand } from '../../cli/commands/ingest.ts';
import { dyadsCommand, eventsCommand, searchCommand } from '../../cli/commands/queries.ts';
import { runServer } from '../../server/serve.ts';
import { pgBinDir, PG_MISSING, startPgServer, type PgServer } from './harness.ts';

const bin = pgBinDir();
if (!bin && process.env.CI !== 'true') console.log(`skipping the PostgreSQL command tests: ${PG_MISSING}`);

async function run(cmd: (out: PassThrough) => Promise<number>): Promise<string> {
  const out = new PassThrough();
  let s = '';
  out.on('data', (d) => (s += d));
  expect(await cmd(out)).toBe(0);
  return s;
}

describe.skipIf(!bin && process.env.CI !== 'true')('commands on a PostgreSQL store', () => {
  let server: PgServer;
  let url: string;
  beforeAll(async () => {
    server = await startPgServer(bin);
    url = (await server.createDatabase()).replace('dyad@', 'dyad:hunter2@'); // trust auth ignores the password
  });
  afterAll(() => server?.stop());

  it('ingests the examples into a URL, says so without the password, and a second run adds nothing', async () => {
    const err = new PassThrough();
    let said = '';
    err.on('data', (d) => (said += d));
    const files = ['russia-taliban-1-wire.txt', 'russia-taliban-2-herald-copy.html', 'turkey-russia-grain.txt'].map((f) => EXAMPLES + f);
    expect(await ingestCommand(files, { db: url, workers: 0, progress: false, err })).toBe(0);
    expect(await ingestCommand(files, { db: url, workers: 0, progress: false, err })).toBe(0);
    const lines = said.trim().split('\n');
    expect(lines[0]).toMatch(/^ingested 3 records into postgres:\/\/dyad:\*\*\*@127\.0\.0\.1:\d+\/t\d+_\d+: 2 new, 1 syndicated copy merged/);
    expect(lines[1]).toMatch(/: 0 new, 0 syndicated copies merged, 3 already stored/);
    expect(said).not.toContain('hunter2');
  });

  it('answers the query and export commands from the URL', async () => {
    const events = JSON.parse(await run((out) => eventsCommand({ db: url, source: 'RUS', json: true, out })));
    expect(events.length).toBeGreaterThan(0);
    expect(events.some((e: { numSources: number }) => e.numSources === 2)).toBe(true); // the wire story and its copy
    expect(await run((out) => dyadsCommand({ db: url, csv: true, out }))).toMatch(/^source,target,events/);
    expect(await run((out) => searchCommand('grain', { db: url, out }))).toContain('[grain]');
    const jsonl = await run((stdout) => exportCommand({ db: url, format: 'jsonl', stdout }));
    expect(jsonl.trim().split('\n')).toHaveLength(3);
  });

  it('serve takes a URL for --db (no file check) and reports a database that is not there', async () => {
    const missing = server.url('nosuch');
    const err = await runServer({ db: missing, port: 0 }).catch((e: Error) => e);
    expect(String(err)).toMatch(/cannot open the PostgreSQL store .*nosuch: database "nosuch" does not exist/);
  });
});
