import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel, ModelError, parseModel, serializeModel } from './model.ts';
import { DEFAULT_MODEL } from './tagger.ts';
import { TAGS } from './tags.ts';

function tinyModel() {
  const T = TAGS.length;
  const index = new Map([['cl:mensah', 0], ['bias', 1]]);
  const weights = new Float32Array(2 * T);
  weights[TAGS.indexOf('U-PERSON')] = 2.5;
  weights[T] = 0.25;
  const trans = new Float32Array((T + 1) * T);
  trans[3] = -1.5;
  return { tags: TAGS, index, weights, trans };
}

describe('NER model file', () => {
  it('round-trips weights rounded to the scale', () => {
    const text = serializeModel(tinyModel(), { note: 'test' }, 100);
    const m = parseModel(text, 'tiny');
    expect(m.tags).toEqual(TAGS);
    expect(m.header.note).toBe('test');
    const r = m.index.get('cl:mensah')!;
    expect(m.weights[r * TAGS.length + TAGS.indexOf('U-PERSON')]).toBeCloseTo(2.5);
    expect(m.weights[m.index.get('bias')! * TAGS.length]).toBeCloseTo(0.25);
    expect(m.trans[3]).toBeCloseTo(-1.5);
  });

  it('rejects a truncated file, naming the problem', () => {
    const lines = serializeModel(tinyModel(), {}, 100).split('\n');
    const cut = lines.slice(0, 4).join('\n');
    expect(() => parseModel(cut, 'cut.txt')).toThrow(ModelError);
    expect(() => parseModel(cut, 'cut.txt')).toThrow(/cut\.txt.*truncated or corrupt/);
  });

  it('rejects a file that is not a model, and a bad weight with its line number', () => {
    expect(() => parseModel('hello\n', 'x.txt')).toThrow(/x\.txt:1: not a dyad NER model/);
    const text = serializeModel(tinyModel(), {}, 100).replace('\tbias', '\tbias').replace(/(cl:mensah\t)\d+:/, '$199:');
    expect(() => parseModel(text, 'y.txt')).toThrow(/y\.txt:\d+: bad weight "99:/);
    const badHead = serializeModel(tinyModel(), {}, 100).replace(/^(.*\n)\{.*\n/, '$1{not json\n');
    expect(() => parseModel(badHead, 'z.txt')).toThrow(/z\.txt:2: header is not valid JSON/);
  });

  it('reports a missing file clearly', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-ner-'));
    expect(() => loadModel(join(dir, 'none.txt'))).toThrow(/none\.txt: cannot be read/);
    writeFileSync(join(dir, 'empty.txt'), '');
    expect(() => loadModel(join(dir, 'empty.txt'))).toThrow(/not a dyad NER model/);
  });

  it('loads the bundled model in well under a second', () => {
    const t = performance.now();
    const m = loadModel(DEFAULT_MODEL);
    expect(performance.now() - t).toBeLessThan(3000);
    expect(m.tags).toEqual(TAGS);
    expect(m.index.size).toBeGreaterThan(10_000);
  });
});
