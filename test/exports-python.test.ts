// The exports as a researcher loads them with public tools: docs/check-exports.py reads the GDELT file
// with pandas (the codebook's 61 names and types) and the GEXF and GraphML with networkx (labels,
// spells), on a store of the bundled examples. Needs Debian's python3-pandas and python3-networkx:
// skipped with a message without them, and in CI (.ci/run installs them) a failure instead.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../src/cli/commands/demo.ts';
import { exportCommand } from '../src/cli/commands/export.ts';
import { ingest } from '../src/ingest/ingest.ts';

const PYTHON = '/usr/bin/python3';
const SCRIPT = join(import.meta.dirname, '..', 'docs', 'check-exports.py');
const hasTools = (() => {
  try {
    execFileSync(PYTHON, ['-c', 'import pandas, networkx'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const dir = mkdtempSync(join(tmpdir(), 'dyad-py-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.runIf(!hasTools && process.env.CI === 'true')('pandas and networkx in CI', () => {
  it('are installed (.ci/run installs python3-pandas and python3-networkx)', () => {
    expect(hasTools, `${PYTHON} cannot import pandas and networkx`).toBe(true);
  });
});

describe.skipIf(!hasTools)('exports read by pandas and networkx', () => {
  if (!hasTools) console.log(`python export check skipped: ${PYTHON} has no pandas or networkx (apt-get install -y python3-pandas python3-networkx)`);

  it('the GDELT file has the 61 codebook columns and types; GEXF and GraphML have labels and spells', async () => {
    const db = join(dir, 'ex.db');
    const quiet = new PassThrough();
    quiet.resume();
    await ingest([EXAMPLES], { db, workers: 0, progress: false, err: quiet });
    const files = ['ex.gexf', 'ex.graphml', 'ex.tsv'].map((f) => join(dir, f));
    for (const [format, out] of [['gexf', files[0]], ['graphml', files[1]], ['gdelt', files[2]]]) await exportCommand({ db, format, out, stderr: quiet });
    const { stdout } = await promisify(execFile)(PYTHON, [SCRIPT, ...files]);
    expect(stdout).toMatch(/ex\.gexf: \d+ nodes, \d+ edges/);
    expect(stdout).toMatch(/  spells from \d{4}-\d{2}-01 to \d{4}-\d{2}-\d{2}/);
    expect(stdout).toMatch(/ex\.tsv: \d+ events, 61 columns of the codebook types \(EventCode string, Day Int64/);
    expect(stdout).toMatch(/ActionGeo for [1-9]\d* \(\d+ with lat\/long\)/);
  }, 120_000);
});
