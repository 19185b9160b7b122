import { describe, expect, it, vi } from 'vitest';
import { createCache } from './cache.ts';

describe('createCache', () => {
  it('shares one answer between requests together and within the lifetime, then asks again', async () => {
    vi.useFakeTimers();
    const cache = createCache(1000, 2);
    let calls = 0;
    const make = async () => String(++calls);
    expect(await Promise.all([cache('a', make), cache('a', make)])).toEqual(['1', '1']);
    vi.advanceTimersByTime(999);
    expect(await cache('a', make)).toBe('1');
    vi.advanceTimersByTime(2);
    expect(await cache('a', make)).toBe('2');
    vi.useRealTimers();
  });
  it('forgets failures and drops the oldest entry when full', async () => {
    const cache = createCache(60_000, 2);
    await expect(cache('x', () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    await Promise.resolve();
    expect(await cache('x', async () => 'ok')).toBe('ok');
    await cache('y', async () => 'y');
    await cache('z', async () => 'z');
    expect(await cache('x', async () => 'again')).toBe('again');
  });
});
