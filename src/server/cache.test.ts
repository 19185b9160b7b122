import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCache } from './cache.ts';

const tick = () => new Promise((r) => setImmediate(r));

describe('createCache', () => {
  afterEach(() => vi.useRealTimers());
  it('shares one answer between requests together and within the lifetime', async () => {
    const cache = createCache(1000);
    let calls = 0;
    const make = async () => String(++calls);
    expect(await Promise.all([cache('a', make), cache('a', make)])).toEqual(['1', '1']);
    expect(await cache('a', make)).toBe('1');
    expect(calls).toBe(1);
  });
  it('after the lifetime, answers once more with the old answer while reading a fresh one', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const cache = createCache(1000);
    let calls = 0;
    const make = async () => String(++calls);
    await cache('a', make);
    vi.setSystemTime(Date.now() + 1500);
    expect(await cache('a', make)).toBe('1');
    await tick();
    expect(await cache('a', make)).toBe('2');
    vi.setSystemTime(Date.now() + 20_000);
    expect(await cache('a', make)).toBe('3');
  });
  it('forgets failures and drops the oldest entry when full', async () => {
    const cache = createCache(60_000, 2);
    await expect(cache('x', () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    await tick();
    expect(await cache('x', async () => 'ok')).toBe('ok');
    await cache('y', async () => 'y');
    await cache('z', async () => 'z');
    expect(await cache('x', async () => 'again')).toBe('again');
  });
  it('keeps serving the old answer when a refresh fails, and tries again on the next request', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const cache = createCache(1000);
    await cache('a', async () => 'old');
    vi.setSystemTime(Date.now() + 1500);
    expect(await cache('a', () => Promise.reject(new Error('busy')))).toBe('old');
    await tick();
    expect(await cache('a', async () => 'new')).toBe('old');
    await tick();
    expect(await cache('a', async () => 'newer')).toBe('new');
  });
});
