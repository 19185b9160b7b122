// The worker pool when a worker dies on a record: only that record fails, and a new worker goes on.
import { describe, expect, it } from 'vitest';
import { syntheticArticles } from '../../bench/synthetic.ts';
import type { RawRecord } from '../doc/record.ts';
import { createPool } from './pool.ts';
import { identify } from './prepare.ts';

const DYING = new URL('../../test/fixtures/dying-worker.js', import.meta.url);

describe('createPool', () => {
  it('replaces a worker that exits or throws on a record, fails that record alone, and analyses the rest', async () => {
    const good = [...syntheticArticles(3, 7, 0)].map((a): RawRecord => ({ id: a.id, text: a.text, date: a.date }));
    const records: RawRecord[] = [good[0], { id: 'die-exit', text: good[1].text }, good[1], { id: 'die-throw', text: good[2].text }, good[2]];
    const pool = await createPool(1, {}, { script: DYING });
    try {
      const outcomes = await Promise.all(records.map((r) => pool.run(r, identify(r, null))));
      const got = outcomes.map((o, i) => ('input' in o ? ['ok', records[i].id] : [o.code, o.error]));
      expect(got).toEqual([
        ['ok', good[0].id],
        ['INTERNAL', 'record die-exit: the analysis worker died on it (exit code 3); a new worker goes on with the other records'],
        ['ok', good[1].id],
        ['INTERNAL', 'record die-throw: the analysis worker died on it (a crash while analysing); a new worker goes on with the other records'],
        ['ok', good[2].id],
      ]);
      for (const o of outcomes) if ('input' in o) expect(o.input.contract.article.text.length).toBeGreaterThan(50);
      // a pool that lost two workers still analyses
      const after = await pool.run(good[0], identify(good[0], null));
      expect('input' in after && after.input.contract.article.text).toBe(('input' in outcomes[0] && outcomes[0].input.contract.article.text) || 'missing');
    } finally {
      await pool.close();
    }
  }, 120_000);
});
