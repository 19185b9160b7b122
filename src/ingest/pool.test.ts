// The worker pool when a worker dies on a record: only that record fails, and a new worker goes on.
// The worker entry used here is the real one, except that it dies on the records named 'die-exit'
// (process.exit) and 'die-throw' (a throw outside the per-record try), as a worker does when it runs
// out of memory on a huge record or a native module crashes.
import { describe, expect, it } from 'vitest';
import { syntheticArticles } from '../../bench/synthetic.ts';
import type { RawRecord } from '../doc/record.ts';
import { createPool, type Outcome } from './pool.ts';
import { identify } from './prepare.ts';

const DYING = new URL('../../test/fixtures/dying-worker.js', import.meta.url);
const good = [...syntheticArticles(3, 7, 0)].map((a): RawRecord => ({ id: a.id, text: a.text, date: a.date }));

/** Runs the records through a one-worker pool, each answer within a deadline (a lost task is 'lost'). */
async function runAll(records: RawRecord[]) {
  const pool = await createPool(1, {}, { script: DYING });
  try {
    const deadline = (r: RawRecord) => new Promise<Outcome>((ok) => setTimeout(() => ok({ code: 'INTERNAL', error: `lost ${r.id}` }), 40_000).unref());
    const outcomes = await Promise.all(records.map((r) => Promise.race([pool.run(r, identify(r, null)), deadline(r)])));
    // a pool that lost a worker still analyses
    const after = await Promise.race([pool.run(good[0], identify(good[0], null)), deadline(good[0])]);
    return { got: outcomes.map((o, i) => ('input' in o ? ['ok', records[i].id] : [o.code, o.error])), outcomes, after };
  } finally {
    await pool.close();
  }
}

describe('createPool', () => {
  it('replaces a worker that exits on a record: that record fails, the others (queued behind it too) are analysed', async () => {
    const { got, outcomes, after } = await runAll([good[0], { id: 'die-exit', text: good[1].text }, good[1], good[2]]);
    expect(got).toEqual([
      ['ok', good[0].id],
      ['INTERNAL', 'record die-exit: the analysis worker died on it (exit code 3); a new worker goes on with the other records'],
      ['ok', good[1].id],
      ['ok', good[2].id],
    ]);
    for (const o of outcomes) if ('input' in o) expect(o.input.contract.article.text.length).toBeGreaterThan(50);
    expect('input' in after && after.input.contract.article.text).toBe('input' in outcomes[0] && outcomes[0].input.contract.article.text);
  }, 120_000);

  it('replaces a worker that throws outside its per-record try: only that record fails, not every later one', async () => {
    const { got, after } = await runAll([good[0], { id: 'die-throw', text: good[1].text }, good[1], good[2]]);
    expect(got).toEqual([
      ['ok', good[0].id],
      ['INTERNAL', 'record die-throw: the analysis worker died on it (a crash while analysing); a new worker goes on with the other records'],
      ['ok', good[1].id],
      ['ok', good[2].id],
    ]);
    expect('input' in after).toBe(true);
  }, 120_000);
});
