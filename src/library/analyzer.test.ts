// The library surface a script imports (src/index.ts): analyze a text or a record, write records to a
// store and read them back, a bad record reported and the rest written.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAnalyzer, DyadError, openStore, type Analysis } from '../index.ts';

const dir = mkdtempSync(join(tmpdir(), 'dyad-library-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const analyzer = createAnalyzer({ today: '2024-05-01' });
const TEXT = 'Russian President Vladimir Putin criticised NATO on Tuesday.\n"We will not accept this," Putin told reporters in Moscow.';

describe('createAnalyzer', () => {
  it('analyses a plain text into the contract, events and quotes typed', () => {
    const a: Analysis = analyzer.analyze(TEXT);
    expect(analyzer.stages).toEqual(['nlp', 'syntax', 'actors', 'quotes', 'events']);
    expect(a.id).toMatch(/^text-\d+$/);
    const e = a.events.find((x) => x.plover === 'ACCUSE')!;
    expect([e.cameo, e.source[0].actorId, e.target[0].actorId, e.negated]).toEqual(['111', 'vladimir-putin', 'nato', false]);
    expect(TEXT.slice(e.trigger!.start, e.trigger!.end)).toBe('criticised');
    expect(a.quotes[0].speakerActor?.id).toBe('vladimir-putin');
  });

  it('takes a record with its own id and date, and refuses one without text in a DyadError', () => {
    const a = analyzer.analyze({ id: 'mine-1', text: TEXT, date: '2019-03-04' });
    expect([a.id, a.article.date]).toEqual(['mine-1', '2019-03-04']);
    expect(() => analyzer.analyze({ id: 'empty' } as never)).toThrow(DyadError);
    expect(() => analyzer.analyze({ id: 'empty' } as never)).toThrow(/^empty: needs a string id and a string text or html$/);
  });

  it('writes records to a store, reports the bad one, and the store reads them back', async () => {
    const store = await openStore(join(dir, 'lib.db'));
    try {
      const report = await analyzer.write(store, [
        { id: 'a1', url: 'https://paper.example/putin-nato', date: '2024-04-02', text: TEXT },
        { id: 'bad', text: 42 } as never,
        { id: 'a2', date: '2024-04-03', text: 'Turkish President Recep Tayyip Erdogan praised Hungary on Wednesday.' },
      ]);
      expect(report).toMatchObject({ added: 2, skipped: 0 });
      expect(report.failed).toEqual([{ id: 'bad', code: 'BAD_RECORD', error: 'bad: needs a string id and a string text or html' }]);
      const events = await store.events({ source: 'vladimir-putin' });
      expect(events.map((e) => [e.plover, e.target?.key, e.article.recordId])).toEqual([['ACCUSE', 'nato', 'a1']]);
      // the same record again is known and skipped
      expect((await analyzer.write(store, [{ id: 'a1', url: 'https://paper.example/putin-nato', date: '2024-04-02', text: TEXT }])).skipped).toBe(1);
    } finally {
      await store.close();
    }
  });
});
