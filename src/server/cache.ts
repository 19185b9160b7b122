// A short-lived cache of API answers, keyed by path and query. The server only reads, and a store
// changes only when an ingest commits, so an answer a few seconds old is still the answer; identical
// requests that arrive together share one query (the page's graph, on every visit, costs one read).
export type Cache = (key: string, make: () => Promise<string>) => Promise<string>;

export function createCache(ttlMs: number, maxEntries = 500): Cache {
  const entries = new Map<string, { at: number; body: Promise<string> }>();
  return (key, make) => {
    const now = Date.now();
    const hit = entries.get(key);
    if (hit && now - hit.at < ttlMs) return hit.body;
    if (hit) entries.delete(key);
    const body = make();
    entries.set(key, { at: now, body });
    // A failed answer is not kept; the oldest entry goes when the cache is full.
    body.catch(() => entries.get(key)?.body === body && entries.delete(key));
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    return body;
  };
}
