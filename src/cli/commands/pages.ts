// A store query returns at most MAX_PAGE rows a call. A command asked for more (`--limit 100000`)
// reads page after page until it has what was asked or the store has no more.
import { MAX_PAGE, type Page } from '../../store/store.ts';

export async function* pages<T>(fetch: (p: Required<Page>) => Promise<T[]>, limit: number, offset = 0, size = MAX_PAGE): AsyncGenerator<T> {
  let left = limit;
  let at = offset;
  while (left > 0) {
    const want = Math.min(left, size);
    const rows = await fetch({ limit: want, offset: at });
    for (const r of rows) yield r;
    if (rows.length < want) return;
    left -= rows.length;
    at += rows.length;
  }
}
