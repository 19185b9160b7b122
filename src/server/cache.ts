// A short-lived cache of API answers, keyed by path and query. The server only reads, and a store
// changes only when an ingest commits, so an answer a few seconds old is still the answer. Identical
// requests that arrive together share one query, and once an answer is older than the lifetime the
// next request gets it once more while a fresh one is read (stale while revalidate), so no visitor
// waits on the expiry; an answer older than ten lifetimes is never served.
export type Cache = (key: string, make: () => Promise<string>) => Promise<string>;

interface Entry {
  at: number;
  body: Promise<string>;
  ready: boolean;
  refreshing: boolean;
}

export function createCache(ttlMs: number, maxEntries = 500): Cache {
  const entries = new Map<string, Entry>();
  const start = (key: string, make: () => Promise<string>, old?: Entry): Promise<string> => {
    const body = make();
    const fresh: Entry = { at: Date.now(), body, ready: false, refreshing: false };
    if (!old) entries.set(key, fresh);
    body.then(
      () => {
        fresh.ready = true;
        if (old) entries.set(key, fresh);
      },
      () => {
        // A failed answer is not kept; a failed refresh (a store error, a busy server) leaves the old
        // answer to be served, and the next request after it tries again.
        if (old) old.refreshing = false;
        else if (entries.get(key) === fresh) entries.delete(key);
      },
    );
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    return body;
  };
  return (key, make) => {
    const hit = entries.get(key);
    const age = hit ? Date.now() - hit.at : Infinity;
    if (hit && age < ttlMs) return hit.body;
    if (hit && hit.ready && age < ttlMs * 10) {
      if (!hit.refreshing) {
        hit.refreshing = true;
        start(key, make, hit).catch(() => undefined);
      }
      return hit.body;
    }
    if (hit) entries.delete(key);
    return start(key, make);
  };
}
