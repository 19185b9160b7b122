// Related links are resolved against the article's URL, or dropped when they cannot be.
import { describe, expect, it } from 'vitest';
import { resolve } from './related-links.ts';

describe('resolve', () => {
  it('resolves relative and protocol-relative links against the article URL', () => {
    expect(resolve('/world/story-2', 'https://news.example/world/story-1')).toBe('https://news.example/world/story-2');
    expect(resolve('//cdn.example/x', 'https://news.example/a')).toBe('https://cdn.example/x');
  });

  it('drops links it cannot make http(s): no article URL, javascript:, data:', () => {
    expect(resolve('//evil.example/x', null)).toBeNull();
    expect(resolve('/world/story-2', null)).toBeNull();
    expect(resolve('javascript:alert(1)', 'https://news.example/a')).toBeNull();
    expect(resolve('data:text/html,hi', 'https://news.example/a')).toBeNull();
    expect(resolve('https://other.example/y', null)).toBe('https://other.example/y');
  });
});
