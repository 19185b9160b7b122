// What `dyad watch` follows: URLs, folders and files, given as arguments or in a list file (one a
// line; blank lines and lines starting with # are skipped). A path is kept as an absolute path, so
// its state in the store is found again whatever folder the next run starts in; a path in a list
// file is taken from the list file's folder, as a manifest's paths are.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DyadError } from '../../doc/errors.ts';
import { isUrl } from '../url/read-url.ts';

/** A source as its state is keyed: a URL as given (trimmed), a path made absolute from `base`. */
export const sourceKey = (s: string, base = process.cwd()): string => (isUrl(s) ? s.trim() : resolve(base, s.trim()));

export function readWatchList(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new DyadError('UNREADABLE', `${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const base = dirname(resolve(file));
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).map((l) => sourceKey(l, base));
}

/** The arguments, then the list file's entries, each once, in that order. */
export function watchList(args: string[], listFile?: string): string[] {
  const all = [...args.map((a) => sourceKey(a)), ...(listFile ? readWatchList(listFile) : [])];
  return [...new Set(all)];
}
