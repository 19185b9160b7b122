// `dyad demo --db FILE` on an existing FILE: the file is left exactly as it was and the user is told why.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { demoCommand } from './demo.ts';

const dir = mkdtempSync(join(tmpdir(), 'dyad-demo-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dyad demo --db', () => {
  it('refuses an existing file without --force, leaves it untouched and names the way out', async () => {
    const db = join(dir, 'mine.db');
    writeFileSync(db, 'someone else\'s store');
    const out = new PassThrough();
    const err = new PassThrough();
    let said = '';
    err.on('data', (d) => (said += String(d)));
    const code = await demoCommand({ db, out, err, workers: 0 });
    expect(code).toBe(2);
    expect(readFileSync(db, 'utf8')).toBe('someone else\'s store');
    expect(said).toContain('already exists');
    expect(said).toContain('--force');
  });
});
