// A throwaway PostgreSQL server for tests: initdb into a temporary folder, pg_ctl start on a free port
// of 127.0.0.1 (its unix socket in the same folder), one fresh database per test, and stop + remove
// at the end. Run as root, the server runs as the `postgres` system user (initdb refuses root).
// Three things stop it: stop() (the tests' afterAll), the process's exit handler, and a watchdog shell
// that stops it if this process dies without either (SIGKILL, a crashed worker).
import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const PG_MISSING = 'PostgreSQL binaries not found (no /usr/lib/postgresql/*/bin/initdb): apt-get install -y postgresql';

/** The newest /usr/lib/postgresql/N/bin with initdb and pg_ctl, or $DYAD_PG_BIN; null when there is none. */
export function pgBinDir(): string | null {
  const env = process.env.DYAD_PG_BIN;
  if (env) return existsSync(join(env, 'initdb')) ? env : null;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const found = readdirSync(root)
    .filter((v) => /^\d+$/.test(v) && existsSync(join(root, v, 'bin', 'initdb')) && existsSync(join(root, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return found.length ? join(root, found[0], 'bin') : null;
}

export interface PgServer {
  port: number;
  dir: string;
  /** The URL of a database of this server (default: the `postgres` maintenance database). */
  url(database?: string): string;
  /** A new empty database; returns its URL. */
  createDatabase(): Promise<string>;
  /** Stops the server at once and removes its folder. Safe to call twice. */
  stop(): void;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

/** Runs a PostgreSQL program as the unprivileged user when this process is root. */
function runner(bin: string): { cmd: (prog: string, args: string[]) => [string, string[]]; uid: number | null; gid: number | null } {
  if (process.getuid?.() !== 0) return { cmd: (p, a) => [join(bin, p), a], uid: null, gid: null };
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { cmd: (p, a) => ['runuser', ['-u', 'postgres', '--', join(bin, p), ...a]], uid, gid };
}

export async function startPgServer(bin = pgBinDir()): Promise<PgServer> {
  if (!bin) throw new Error(PG_MISSING);
  const run = runner(bin);
  const exec = (prog: string, args: string[]) => {
    const [c, a] = run.cmd(prog, args);
    return execFileSync(c, a, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
  };
  // As root the server runs as `postgres`, which must reach the folder: /tmp, whatever TMPDIR says.
  const dir = mkdtempSync(join(run.uid !== null ? '/tmp' : tmpdir(), 'dyad-pg-'));
  if (run.uid !== null) chownSync(dir, run.uid, run.gid!);
  const data = join(dir, 'data');
  let stopped = false;
  let watchdog: number | undefined;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', stop);
    try {
      if (existsSync(join(data, 'postmaster.pid'))) exec('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } catch {
      // the watchdog below still stops it
    }
    if (watchdog) {
      try {
        process.kill(watchdog, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', stop);
  try {
    exec('initdb', ['-D', data, '-U', 'dyad', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    let port = 0;
    for (let attempt = 0; ; attempt++) {
      port = await freePort();
      const opts = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=16MB -c max_connections=40`;
      try {
        exec('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-o', opts, '-w', '-t', '30', 'start']);
        break;
      } catch (e) {
        if (attempt >= 2) throw new Error(`pg_ctl start failed: ${(e as Error).message}\n${readLog(dir)}`);
      }
    }
    watchdog = startWatchdog(dir, run.cmd('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']));
    const url = (database = 'postgres') => `postgres://dyad@127.0.0.1:${port}/${database}`;
    let n = 0;
    return {
      port,
      dir,
      url,
      async createDatabase() {
        const name = `t${process.pid}_${++n}`;
        const c = new pg.Client({ connectionString: url() });
        await c.connect();
        try {
          await c.query(`CREATE DATABASE ${name}`);
        } finally {
          await c.end();
        }
        return url(name);
      },
      stop,
    };
  } catch (e) {
    stop();
    throw e;
  }
}

const readLog = (dir: string) => {
  try {
    return readFileSync(join(dir, 'server.log'), 'utf8').slice(-2000);
  } catch {
    return '';
  }
};

/** A detached shell that stops the server and removes its folder once this process is gone. */
function startWatchdog(dir: string, [cmd, args]: [string, string[]]): number | undefined {
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const script = `while kill -0 ${process.pid} 2>/dev/null && [ -d ${quote(dir)} ]; do sleep 1; done; ${[cmd, ...args].map(quote).join(' ')} >/dev/null 2>&1; rm -rf ${quote(dir)}`;
  const child = spawn('sh', ['-c', script], { detached: true, stdio: 'ignore' });
  child.unref();
  return child.pid;
}

let told = false;

/**
 * The PostgreSQL entry of the shared store suite (store.case.test.ts): one server for the test file,
 * started on first use, and a fresh database for each test. Null, after one line saying so, when the
 * binaries are missing; with CI=true a missing PostgreSQL fails every case instead of skipping.
 */
export function pgCaseBackend(open: (url: string) => Promise<import('../store.ts').Store>) {
  const bin = pgBinDir();
  if (!bin && process.env.CI !== 'true') {
    if (!told) console.log(`skipping the PostgreSQL store tests: ${PG_MISSING}`);
    told = true;
    return null;
  }
  let server: Promise<PgServer> | null = null;
  return {
    make: () => ({
      open: async () => {
        server ??= startPgServer(bin);
        return open(await (await server).createDatabase());
      },
      done: () => undefined, // the databases go with the server's folder
    }),
    stop: async () => {
      if (server) (await server.catch(() => null))?.stop();
    },
  };
}
