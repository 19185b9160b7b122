// Chunks of a huge article: the ranges, and the join of the chunks' layers into one Doc.
import { describe, expect, it } from 'vitest';
import { syntheticArticles } from '../../bench/synthetic.ts';
import { readArticle } from '../article/read-article.ts';
import { buildConfig } from '../config/config.ts';
import type { Block } from '../doc/types.ts';
import { chunkOf, chunkRanges, joinChunks } from './chunks.ts';
import { STAGES } from './registry.ts';

const body = (start: number, end: number, role: Block['role'] = 'body'): Block => ({ start, end, role });

describe('chunkRanges', () => {
  it('cuts after the block that fills a chunk, and a last chunk with no body joins the one before', () => {
    const blocks = [body(0, 10, 'title'), body(11, 61), body(62, 112), body(113, 163), body(164, 170, 'related')];
    expect(chunkRanges(blocks, 100)).toEqual([[0, 3], [3, 5]]);
    expect(chunkRanges(blocks, 1000)).toEqual([[0, 5]]);
    expect(chunkRanges(blocks.slice(0, 3), 100)).toEqual([[0, 3]]);
  });
});

describe('joinChunks', () => {
  it('joins chunks into the layers one pass over the whole makes: same tokens, sentences and parse, indices shifted', () => {
    const config = buildConfig({});
    const runs = STAGES.map((s) => ({ s, run: s.create({ config }) }));
    const text = [...syntheticArticles(6, 21, 0)].map((a) => a.text).join('\n\n');
    const whole = readArticle({ id: 'a', text, date: '2024-05-01' }, config);
    for (const { run } of runs) run(whole);
    const doc = readArticle({ id: 'a', text, date: '2024-05-01' }, config);
    const ranges = chunkRanges(doc.get('blocks'), 1500);
    expect(ranges.length).toBeGreaterThan(2);
    const parts = ranges.map(([a, b]) => chunkOf(doc, a, b));
    for (const { run } of runs) for (const p of parts) run(p);
    joinChunks(doc, parts, STAGES.flatMap((s) => s.writes));
    for (const layer of ['tokens', 'sentences', 'deps'] as const) expect(doc.layers[layer]).toEqual(whole.layers[layer]);
    expect(doc.get('blocks')).toEqual(whole.get('blocks'));
    // each synthetic story names its own actors, so chunks at story breaks find what the whole does
    const spans = (d: typeof doc, l: 'entities' | 'quotes') => d.get(l).map((x) => d.slice(x));
    expect(spans(doc, 'entities')).toEqual(spans(whole, 'entities'));
    expect(spans(doc, 'quotes')).toEqual(spans(whole, 'quotes'));
    expect(doc.get('events').map((e) => [doc.slice(e.trigger), e.quoteIndex])).toEqual(whole.get('events').map((e) => [whole.slice(e.trigger), e.quoteIndex]));
    const ante = (d: typeof doc) => d.get('mentions').map((m) => [d.slice(m), m.antecedent == null ? null : d.slice(d.get('entities')[m.antecedent])]);
    // a mention resolves as in the whole, or (its antecedent in an earlier chunk) not at all
    const [got, want] = [ante(doc), ante(whole)];
    expect(got.map((g) => g[0])).toEqual(want.map((x) => x[0]));
    got.forEach((g, i) => expect(g[1] === null || g[1] === want[i][1]).toBe(true));
    expect(got.filter((g) => g[1] !== null).length).toBeGreaterThan(got.filter((g, i) => g[1] !== want[i][1]).length);
  }, 60_000);
});
