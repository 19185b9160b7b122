// Long inputs are analysed in time linear in their length: a giant word, a run-on paragraph with no
// sentence end, and an article of many paragraphs (run in chunks) each take a bounded time per MB.
// (Before: a 128 KB word took 12 s, a 250 KB run-on paragraph 13 s and 1.3 GB, 4 MB of prose 62 s.)
import { describe, expect, it } from 'vitest';
import { syntheticArticles } from '../bench/synthetic.ts';
import { buildConfig } from '../src/config/config.ts';
import { createPipeline } from '../src/pipeline/pipeline.ts';

const pipeline = createPipeline(buildConfig({ maxBytes: 64 * 1024 * 1024 }));
const prose = (chars: number) => {
  const parts: string[] = [];
  let n = 0;
  for (const a of syntheticArticles(100_000, 5, 0)) {
    parts.push(a.text);
    if ((n += a.text.length + 2) >= chars) break;
  }
  return parts.join('\n\n');
};
const timed = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const out = f();
  return [out, (performance.now() - t) / 1000];
};

describe('long inputs', () => {
  it('analyses a 128 KB word in a moment, in tokens of at most 256 characters, the sentence around it kept', () => {
    const text = 'The mayor of Ellis said ' + 'x'.repeat(128 * 1024) + ' on Friday.';
    const doc = pipeline.analyze({ id: 'word', text });
    const tokens = doc.get('tokens');
    expect(Math.max(...tokens.map((t) => t.end - t.start))).toBeLessThanOrEqual(256);
    expect(tokens.slice(0, 5).map((t) => t.text)).toEqual(['The', 'mayor', 'of', 'Ellis', 'said']);
    expect(tokens.at(-1)!.text).toBe('.');
    for (const t of tokens) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
  }, 30_000);

  it('analyses a 128 KB word in time linear in its length: at most 8x a 32 KB word (quadratic would be 16x)', () => {
    // A different word each run, so nothing is answered from a cache.
    const word = (n: number, i: number) => 'The mayor of Ellis said ' + 'xyz'[i].repeat(n) + ' on Friday.';
    const best = (n: number) => Math.min(...[0, 1, 2].map((i) => timed(() => pipeline.analyze({ id: `word-${n}-${i}`, text: word(n, i) }))[1]));
    best(8 * 1024); // warm up
    const small = best(32 * 1024);
    const big = best(128 * 1024);
    expect(big / small).toBeLessThan(8);
  }, 120_000);

  it('analyses a 300 KB run-on paragraph with no sentence end in bounded pieces', () => {
    const text = prose(300_000).replace(/[.!?]+(\s)/g, ',$1').replace(/\n+/g, ' ');
    const [doc, s] = timed(() => pipeline.analyze({ id: 'runon', text }));
    expect(s).toBeLessThan(20);
    const sentences = doc.get('sentences');
    expect(Math.max(...sentences.map((x) => x.end - x.start))).toBeLessThanOrEqual(10_000);
    expect(doc.get('events').length).toBeGreaterThan(0);
  }, 60_000);

  it('takes no more time per MB for 1.2 MB of prose than for 300 KB (within 2x), with every index valid', () => {
    const small = prose(300_000);
    const big = prose(1_200_000);
    pipeline.analyze({ id: 'warm', text: prose(20_000) });
    const [, s1] = timed(() => pipeline.analyze({ id: 'small', text: small }));
    const [doc, s2] = timed(() => pipeline.analyze({ id: 'big', text: big }));
    expect(s2 / big.length / (s1 / small.length)).toBeLessThan(2);
    const { tokens, sentences, deps, entities, mentions, quotes, events } = doc.layers;
    expect(deps!.length).toBe(tokens!.length);
    for (const x of sentences!) expect([tokens![x.tokenStart].start, tokens![x.tokenEnd - 1].end]).toEqual([x.start, x.end]);
    for (let i = 1; i < tokens!.length; i++) expect(tokens![i].start).toBeGreaterThanOrEqual(tokens![i - 1].end);
    for (const d of deps!) if (d.head >= 0) expect(d.head).toBeLessThan(tokens!.length);
    for (const m of mentions!) if (m.antecedent != null) expect(entities![m.antecedent].start).toBeLessThan(m.start);
    for (const e of events!) if (e.quoteIndex != null) expect(quotes![e.quoteIndex].end).toBeGreaterThan(e.trigger.start - 5000);
  }, 180_000);
});
