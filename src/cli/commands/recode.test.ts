import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../store/open.ts';
import { ingestCommand } from './ingest.ts';
import { recodeCommand } from './recode.ts';

const sink = () => {
  let text = '';
  return { write: (s: string) => ((text += s), true), get text() { return text; } } as unknown as NodeJS.WritableStream & { text: string };
};

// Articles written for this test; the people are invented.
const ARTICLES = [
  { id: 'a1', date: '2025-03-02', text: 'Port strike\n\nAmani Wekesa met the dock workers in Mombasa on Monday. Wekesa said the strike would end.' },
  { id: 'a2', date: '2025-03-03', text: 'Talks go on\n\nAmani Wekesa criticised the port authority on Tuesday and asked for new talks.' },
];

describe('dyad recode', () => {
  it('writes a new store with the current dictionaries, says what changed and leaves the old store as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-recode-'));
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, ARTICLES.map((a) => JSON.stringify(a)).join('\n') + '\n');
    const old = join(dir, 'old.db');
    expect(await ingestCommand([input], { db: old, workers: 0, progress: false, err: sink() })).toBe(0);
    const oldBytes = readFileSync(old);
    const actors = join(dir, 'mine.tsv');
    writeFileSync(actors, 'kind\tid\tname\tgender\taliases\troles\nperson\tamani-wekesa\tAmani Wekesa\tf\tWekesa\tKEN GOV governor 2022-08-25..\n');
    const out = join(dir, 'new.db');
    const said = sink();
    expect(await recodeCommand({ db: old, out, actors: [actors], workers: 0, progress: false, err: sink(), stdout: said })).toBe(0);
    expect(said.text).toMatch(/^recoded 2 articles/);
    expect(said.text).toMatch(/actors \d+ -> \d+ \(1 gone/);
    expect(said.text).toContain('~amani wekesa (3)');
    const fresh = await openStore(out);
    const rows = await fresh.articles({});
    expect(rows.map((r) => [r.recordId, r.date]).sort()).toEqual([['a1', '2025-03-02'], ['a2', '2025-03-03']]);
    expect((await fresh.actors({ name: 'amani-wekesa' }))[0]).toMatchObject({ key: 'amani-wekesa', country: 'KEN', mentions: 3 });
    await fresh.close();
    expect(readFileSync(old).equals(oldBytes)).toBe(true);
    // Ingesting the same articles again with the new file says how to recode them.
    const told = sink();
    await ingestCommand([input], { db: old, workers: 0, progress: false, err: told, actors: [actors] });
    expect(told.text).toContain(`the 2 already stored kept their analysis; to code them with ${actors}, run dyad recode --db ${old} --out NEW.db --actors ${actors}`);
    // A second recode into the same new store is refused rather than written over it.
    await expect(recodeCommand({ db: old, out, workers: 0, progress: false, err: sink(), stdout: sink() })).rejects.toThrow(/already exists/);
    expect(statSync(out).size).toBeGreaterThan(0);
  }, 180_000);
});
