// One look at a watched source: what it has that the last look did not.
//
// A URL is fetched with the validators of its last full answer (ETag -> If-None-Match,
// Last-Modified -> If-Modified-Since), so a feed that has not changed answers 304 with no body.
// A folder or file has no validators; its watermark (kept where a URL keeps Last-Modified) is the
// instant up to which the last look read it. A file counts as changed when its modification time or
// its inode change time is at or after the watermark: the change time also moves when a file is
// copied in with its old modification time kept (cp -p, rsync -t) or renamed into the folder. Files
// changed in the last SETTLE_MS are left for the next look, as they may still be being written; the
// new watermark is the instant before them, so no file falls between two looks.
import { statSync } from 'node:fs';
import { DyadError, isDyadError } from '../../doc/errors.ts';
import type { SourceState } from '../../store/store.ts';
import type { IngestSource } from '../ingest.ts';
import { estimateRecords, listFiles, readSource } from '../sources.ts';
import { fetchUrl, type FetchSettings } from '../url/fetch.ts';
import { isUrl, recordsOf } from '../url/read-url.ts';

export const SETTLE_MS = 2000;

export type Poll =
  /** Nothing changed: a 304, or no file changed. */
  | { kind: 'unchanged'; status: string; etag: string | null; lastModified: string | null }
  /** Records to ingest, with the validators (or watermark) to keep once they are stored. */
  | { kind: 'read'; status: string; sources: IngestSource[]; etag: string | null; lastModified: string | null }
  | { kind: 'failed'; error: DyadError };

export interface PollOptions {
  fetch: FetchSettings;
  maxBytes: number;
  onSkip?: (path: string, reason: string) => void;
}

export async function poll(source: string, state: SourceState | undefined, opts: PollOptions): Promise<Poll> {
  return isUrl(source) ? pollUrl(source, state, opts) : pollPath(source, state, opts);
}

async function pollUrl(url: string, state: SourceState | undefined, opts: PollOptions): Promise<Poll> {
  try {
    const got = await fetchUrl(url, { ...opts.fetch, maxBytes: opts.maxBytes, etag: state?.etag, lastModified: state?.lastModified });
    if (got.notModified) return { kind: 'unchanged', status: '304 not modified', etag: got.etag ?? state?.etag ?? null, lastModified: got.lastModified ?? state?.lastModified ?? null };
    const items = recordsOf(url, got);
    // The whole answer refused (not a page or a feed, empty, binary, a feed that cannot be read): the source failed.
    const [first] = items;
    if (items.length === 1 && 'error' in first && first.id === url) return { kind: 'failed', error: first.error };
    const read: IngestSource = { name: url, estimate: items.length, read: async function* () { yield* items; } };
    return { kind: 'read', status: String(got.status), sources: [read], etag: got.etag, lastModified: got.lastModified };
  } catch (e) {
    return { kind: 'failed', error: isDyadError(e) ? e : new DyadError('FETCH', `${url}: ${(e as Error).message}`) };
  }
}

async function pollPath(path: string, state: SourceState | undefined, opts: PollOptions): Promise<Poll> {
  const cutoff = Date.now() - SETTLE_MS;
  const since = state?.lastModified ? Date.parse(state.lastModified) : -Infinity;
  let files: string[];
  try {
    files = listFiles([path], opts.onSkip);
  } catch (e) {
    return { kind: 'failed', error: isDyadError(e) ? e : new DyadError('UNREADABLE', `${path}: ${(e as Error).message}`) };
  }
  const changed = files.filter((f) => {
    let t: number;
    try {
      const st = statSync(f);
      t = Math.max(st.mtimeMs, st.ctimeMs);
    } catch {
      return false; // gone since the listing
    }
    return t >= since && t < cutoff;
  });
  const watermark = new Date(Math.max(cutoff, Number.isFinite(since) ? since : cutoff)).toISOString();
  if (!changed.length) return { kind: 'unchanged', status: 'no changed files', etag: null, lastModified: watermark };
  const sources = changed.map((f): IngestSource => ({ name: f, estimate: estimateRecords(f), read: () => readSource(f, opts.maxBytes) }));
  return { kind: 'read', status: `${changed.length} changed ${changed.length === 1 ? 'file' : 'files'}`, sources, etag: null, lastModified: watermark };
}
