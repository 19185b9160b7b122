import { describe, expect, it } from 'vitest';
import { canonicalUrl, hostOf, pageCanonical } from './canonical-url.ts';

describe('canonicalUrl', () => {
  it('makes one key of the same article fetched in different ways', () => {
    const key = 'https://wirecast.example/world/putin-taliban';
    for (const u of [
      'https://wirecast.example/world/putin-taliban',
      'http://www.wirecast.example/world/putin-taliban/',
      'https://WIRECAST.example/world/putin-taliban#comments',
      'https://wirecast.example/world/putin-taliban?utm_source=x&utm_medium=rss',
    ]) expect(canonicalUrl(u)).toBe(key);
  });
  it('keeps parameters that choose the article, sorted', () => {
    expect(canonicalUrl('https://news.example/story?page=2&id=17&fbclid=abc')).toBe('https://news.example/story?id=17&page=2');
  });
  it('has no key for what is not a web URL', () => {
    expect(canonicalUrl('file:///tmp/a.txt')).toBeNull();
    expect(canonicalUrl('not a url')).toBeNull();
    expect(canonicalUrl(null)).toBeNull();
  });
  it('names the outlet and reads a page canonical link', () => {
    expect(hostOf('https://www.harbourherald.example/x')).toBe('harbourherald.example');
    expect(pageCanonical('<html><head><link href="https://a.example/b" rel="canonical"></head>')).toBe('https://a.example/b');
    expect(pageCanonical('<html><head></head>')).toBeNull();
  });
});
