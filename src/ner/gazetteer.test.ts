import { describe, expect, it } from 'vitest';
import { loadGazetteer, parseGazetteer } from './gazetteer.ts';
import { DEFAULT_GAZETTEER } from './tagger.ts';

describe('NER gazetteer', () => {
  it('flags whole entries and words of longer entries', () => {
    const g = parseGazetteer('# lists\n[country]\nSouth Sudan\nChad\n[first]\nChad\n', 'g.txt');
    expect(g.flags('chad')).toEqual(['g:country', 'g:first']);
    expect(g.flags('south')).toEqual(['gp:country']);
    expect(g.flags('sudan')).toEqual(['gp:country']);
    expect(g.flags('paris')).toEqual([]);
  });

  it('names the file and line of a bad entry', () => {
    expect(() => parseGazetteer('Chad\n', 'g.txt')).toThrow('g.txt:1: entry "Chad" comes before any [list] header');
    expect(() => parseGazetteer('[country]\nChad\n[Bad List]\n', 'g.txt')).toThrow(/g\.txt:3: bad list header/);
  });

  it('loads the bundled lists', () => {
    const g = loadGazetteer(DEFAULT_GAZETTEER);
    expect(g.lists).toEqual(expect.arrayContaining(['country', 'demonym', 'city', 'first', 'title', 'orgword']));
    expect(g.flags('kenya')).toContain('g:country');
    expect(g.flags('ministry')).toContain('g:orgword');
  });
});
