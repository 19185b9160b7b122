// The bundled parser on sentences written for dyad: the relations the event coder reads.
import { describe, expect, it } from 'vitest';
import { buildConfig } from '../config/config.ts';
import { nlpStage } from '../nlp/stage.ts';
import { createPipeline } from '../pipeline/pipeline.ts';
import { encode } from './encode.ts';
import { loadModel, saveModel } from './model-file.ts';
import { syntaxStage } from './stage.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const pipeline = createPipeline(buildConfig({}), [nlpStage, syntaxStage]);

/** "word rel head-word" for each token of the text's parse. */
function arcs(text: string): string[] {
  const doc = pipeline.analyze({ id: 't', text });
  const tokens = doc.get('tokens');
  return doc.get('deps').map((d, k) => `${tokens[k].text} ${d.rel} ${d.head < 0 ? 'ROOT' : tokens[d.head].text}`);
}

describe('syntax stage', () => {
  it('writes one arc per token, heads inside the sentence', () => {
    const doc = pipeline.analyze({ id: 't', text: 'The envoys met in Geneva. Talks resumed on Friday.' });
    const tokens = doc.get('tokens');
    const deps = doc.get('deps');
    expect(deps).toHaveLength(tokens.length);
    for (const s of doc.get('sentences')) {
      const roots = deps.slice(s.tokenStart, s.tokenEnd).filter((d) => d.head < 0);
      expect(roots).toHaveLength(1);
      for (const d of deps.slice(s.tokenStart, s.tokenEnd)) if (d.head >= 0) expect(d.head >= s.tokenStart && d.head < s.tokenEnd).toBe(true);
    }
  });

  it('finds subject and object of a plain clause', () => {
    const a = arcs('The rebels seized the airport.');
    expect(a).toContain('seized root ROOT');
    expect(a).toContain('rebels nsubj seized');
    expect(a).toContain('airport obj seized');
  });

  it('marks a passive subject, its auxiliary and its agent', () => {
    const a = arcs('The convoy was attacked by militants.');
    expect(a).toContain('convoy nsubj:pass attacked');
    expect(a).toContain('was aux:pass attacked');
    expect(a).toContain('militants obl:agent attacked');
  });

  it('coordinates subjects and attaches a preposition to its noun', () => {
    const a = arcs('Chile and Peru signed a treaty on fishing rights.');
    expect(a).toContain('Chile nsubj signed');
    expect(a).toContain('Peru conj Chile');
    expect(a).toContain('on case rights');
  });

  it('gives a control verb its infinitive complement and a negation its verb', () => {
    const a = arcs('The minister did not agree to resign.');
    expect(a).toContain('not advmod agree');
    expect(a).toContain('resign xcomp agree');
  });

  it('loads the model it saves, with the same parses', () => {
    const m = loadModel();
    const dir = mkdtempSync(join(tmpdir(), 'dyad-syntax-'));
    const path = join(dir, 'm.bin');
    saveModel(path, { version: 1, labels: [...m.parser.labels], provenance: { test: true } }, m.tables.moves, m.tables.labeller, m.tables.tagger);
    const again = loadModel(path);
    const forms = ['Troops', 'left', 'the', 'town', '.'];
    const tags = ['NOUN', 'VERB', 'DET', 'NOUN', 'PUNCT'];
    expect(again.parser.parse(encode(forms, tags))).toEqual(m.parser.parse(encode(forms, tags)));
  });

  it('says what to do when the model file is missing', () => {
    expect(() => loadModel('/nonexistent/model.bin')).toThrow(/retrain it with/);
  });
});
