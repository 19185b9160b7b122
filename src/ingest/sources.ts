// Paths -> raw records: files and folders (recursively, in name order), by extension. Each record
// carries the outlet it came from (the URL's host, else the feed's title), so copies of one story
// from several outlets count as several sources.
import { closeSync, createReadStream, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { DyadError, isDyadError } from '../doc/errors.ts';
import type { RawRecord } from '../doc/record.ts';
import { hostOf } from './canonical-url.ts';
import { decodeBytes } from './decode.ts';
import { looksLikeFeed, readFeed } from './feed.ts';
import { readJsonRecords } from './json-file.ts';
import { readJsonl } from './jsonl.ts';
import { readArticleFile } from './read-file.ts';

export const ARTICLE_EXT = new Set(['.txt', '.html', '.htm', '.xhtml']);
export const FEED_EXT = new Set(['.rss', '.atom', '.xml', '.json', '.feed']);
export const JSONL_EXT = new Set(['.jsonl', '.ndjson']);

export type SourceItem = { record: RawRecord; source: string | null; warning?: string } | { error: DyadError; id: string; origin: string };

/**
 * Every ingestible file under the paths, sorted, once each. A path given that does not exist is an
 * error; a file or folder found inside that cannot be read is passed to `onSkip` with the reason, and
 * the walk goes on. Folders are entered once each by their real path, so a symbolic link back into
 * the walk (a loop) is skipped, not followed forever.
 */
export function listFiles(paths: string[], onSkip: (path: string, reason: string) => void = () => {}): string[] {
  const out = new Set<string>();
  const entered = new Set<string>();
  const why = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;
  const walk = (p: string, top: boolean) => {
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      if (top) throw new DyadError('UNREADABLE', `${p}: cannot be read (${why(e)})`);
      onSkip(p, `cannot be read (${why(e)})`);
      return;
    }
    if (st.isDirectory()) {
      let real: string;
      let names: string[];
      try {
        real = realpathSync(p);
        names = readdirSync(p).sort();
      } catch (e) {
        if (top) throw new DyadError('UNREADABLE', `${p}: cannot be read (${why(e)})`);
        onSkip(p, `folder cannot be read (${why(e)})`);
        return;
      }
      if (entered.has(real)) {
        if (!top) onSkip(p, 'a link back to a folder already read');
        return;
      }
      entered.add(real);
      for (const name of names) if (!name.startsWith('.')) walk(join(p, name), false);
    } else if (st.isFile()) {
      const ext = extname(p).toLowerCase();
      if (top || ARTICLE_EXT.has(ext) || FEED_EXT.has(ext) || JSONL_EXT.has(ext)) out.add(p);
    }
  };
  for (const p of paths) walk(p, true);
  return [...out];
}

/**
 * A quick count of the records in a file (lines of a JSONL file; 1 otherwise), for the progress bar,
 * read 1 MB at a time so a file of any size costs no more memory than that.
 */
export function estimateRecords(file: string): number {
  if (!JSONL_EXT.has(extname(file).toLowerCase())) return 1;
  let fd: number | null = null;
  try {
    fd = openSync(file, 'r');
    const buf = Buffer.alloc(1 << 20);
    let n = 0;
    let last = 10;
    for (let got = readSync(fd, buf); got > 0; got = readSync(fd, buf)) {
      for (let i = buf.indexOf(10); i >= 0 && i < got; i = buf.indexOf(10, i + 1)) n++;
      last = buf[got - 1];
    }
    return n + (last !== 10 ? 1 : 0);
  } catch {
    return 1;
  } finally {
    if (fd != null) closeSync(fd);
  }
}

const fail = (e: unknown, id: string, origin: string): SourceItem => {
  if (isDyadError(e)) return { error: e, id, origin };
  return { error: new DyadError('INTERNAL', `${origin}: ${(e as Error).message}`), id, origin };
};

/** The records of one file, as they are read. */
export async function* readSource(file: string, maxBytes: number): AsyncGenerator<SourceItem> {
  const ext = extname(file).toLowerCase();
  if (JSONL_EXT.has(ext)) {
    let n = 0;
    try {
      for await (const { n: lineNo, item } of readJsonl(createReadStream(file), file, maxBytes)) {
        n = lineNo;
        if ('error' in item) yield { error: item.error, id: item.id, origin: `${file}:${n}` };
        else yield { record: item.record, source: hostOf(item.record.url) };
      }
    } catch (e) {
      // a file that cannot be read (permission denied, a folder, a disk error midway) is one error;
      // the records read before it stand, and the ingest goes on with the next file
      const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      const where = n ? ` after line ${n}` : '';
      yield { error: new DyadError('UNREADABLE', `${file}: cannot be read${where} (${code})`), id: file, origin: file };
    }
    return;
  }
  if (FEED_EXT.has(ext)) {
    let text: string;
    try {
      text = decodeBytes(readFileSync(file)).text;
    } catch (e) {
      yield fail(new DyadError('UNREADABLE', `${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`), file, file);
      return;
    }
    if (looksLikeFeed(text)) {
      try {
        const feed = readFeed(text, file);
        for (const r of feed.records) {
          if (isDyadError(r)) yield { error: r, id: file, origin: file };
          else yield { record: r, source: hostOf(r.url) ?? feed.source };
        }
      } catch (e) {
        yield fail(e, file, file);
      }
      return;
    }
    if (ext === '.json') {
      try {
        for (const { where, item } of readJsonRecords(text, file)) {
          if ('error' in item) yield { error: item.error, id: item.id, origin: where };
          else yield { record: item.record, source: hostOf(item.record.url) };
        }
      } catch (e) {
        yield fail(e, file, file);
      }
      return;
    }
  }
  try {
    let warning: string | undefined;
    const record = readArticleFile(file, maxBytes, (m) => (warning = m), file);
    yield { record, source: null, ...(warning ? { warning } : {}) };
  } catch (e) {
    yield fail(e, file, file);
  }
}
