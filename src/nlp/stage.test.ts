import { describe, expect, it } from 'vitest';
import { buildConfig } from '../config/config.ts';
import { readTextArticle } from '../article/text-article.ts';
import { nlpStage } from './stage.ts';

const run = (text: string) => {
  const doc = readTextArticle({ id: 't', text });
  nlpStage.create({ config: buildConfig() })(doc);
  return doc;
};

describe('sentences and tokens', () => {
  it('ends a sentence at a newline even without punctuation', () => {
    const doc = run('Officials met in the capital on Monday and talked\nThe talks ended late.');
    expect(doc.get('sentences').map((s) => doc.slice(s))).toEqual(['Officials met in the capital on Monday and talked', 'The talks ended late.']);
  });
  it('gives every token its text and a lemma, also in an expanded "cannot"', () => {
    // wink leaves "cannot" whole before a full stop, and gives it no lemma.
    const doc = run('Asked whether the budget would pass, the minister said: "We cannot."');
    for (const t of doc.get('tokens')) {
      expect(t.text).toBe(doc.slice(t));
      expect(typeof t.lemma).toBe('string');
    }
    expect(doc.get('tokens').find((t) => t.text === 'cannot')?.lemma).toBe('cannot');
  });
  it('keeps a quotation of several sentences in one sentence span', () => {
    const text = 'Reporters asked about the deal.\n"We will sign it. It is good for both sides. Nobody doubts that," the envoy said. The room fell silent.';
    const doc = run(text);
    const sents = doc.get('sentences').map((s) => doc.slice(s));
    expect(sents).toContain('"We will sign it. It is good for both sides. Nobody doubts that," the envoy said.');
    expect(sents).toContain('The room fell silent.');
  });
  it('does not let an unclosed quotation swallow the next paragraph', () => {
    const doc = run('Talks stall\n"We will not go back, the envoy said. Then he left.\nA second paragraph starts here. It has two sentences.');
    const sents = doc.get('sentences');
    const blocks = new Set(sents.map((s) => s.block));
    expect(blocks.size).toBe(2);
    expect(sents.filter((s) => s.block === [...blocks][1]).length).toBe(2);
  });
  it('gives tokens offsets that slice back to their text, contractions included', () => {
    const text = "The minister said they won't attend and can't be reached.";
    const doc = run(text);
    const toks = doc.get('tokens');
    expect(toks.map((t) => doc.slice(t)).join('')).toBe(text.replace(/\s/g, ''));
    for (const t of toks) expect(doc.slice(t).toLowerCase()).toBe(t.norm);
    expect(toks.find((t) => t.norm === 'minister')?.pos).toBe('NOUN');
  });
  it('reads many paragraphs at once and still gives each its own sentences and exact offsets', () => {
    const paras = ['Ministers gathered in Lusaka', "They didn't agree. Talks resume on Friday.", '"We can\'t wait," the envoy said', 'Results follow.'];
    const doc = run(`Summit ends\n\n${paras.join('\n\n')}\n`);
    const sents = doc.get('sentences');
    expect(sents.map((s) => doc.slice(s))).toEqual([paras[0], "They didn't agree.", 'Talks resume on Friday.', paras[2], paras[3]]);
    const bodyBlocks = doc.get('blocks').flatMap((b, k) => (b.role === 'body' ? [k] : []));
    expect(new Set(sents.map((s) => s.block))).toEqual(new Set(bodyBlocks));
    const toks = doc.get('tokens');
    for (const t of toks) expect(doc.slice(t).toLowerCase()).toBe(t.norm);
    expect(toks.some((t) => t.pos === 'SPACE')).toBe(false);
    for (const s of sents) expect(doc.slice({ start: toks[s.tokenStart].start, end: toks[s.tokenEnd - 1].end })).toBe(doc.slice(s));
  });
});
