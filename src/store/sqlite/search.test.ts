// SQLite full-text search: ranked hits across article text and quotes, pages that add up to the whole
// list, syndicated copies left out, and the bound on how many matches one query ranks.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeArticle } from '../test-articles.ts';
import { search } from './read-quotes.ts';
import { openSqliteStore } from './sqlite-store.ts';

const PLACES = ['Oslo', 'Lagos', 'Lima', 'Hanoi', 'Quito', 'Dakar', 'Riga', 'Tunis', 'Accra', 'Minsk', 'Sofia', 'Baku'];
const WORDS = ['cranes', 'tugboats', 'ferries', 'dredgers', 'tankers', 'barges', 'pilots', 'dockers', 'trawlers', 'liners', 'pontoons', 'gantries'];

// Article i names the harbour once, except article 3, which names it four times (the best bm25 match).
function article(i: number, url = `https://port.example/${i}`) {
  const place = PLACES[i];
  const extra = i === 3 ? ' The harbour was shut, the harbour master said, and the harbour road closed.' : '';
  const quote = `The ${WORDS[i]} will leave the harbour at dawn,`;
  const text = `${place} officials counted ${i + 2} ${WORDS[i]} near the harbour on a ${WORDS[(i + 5) % 12]} morning.${extra}\n"${quote}" a ${place} port officer said.`;
  return makeArticle({ id: `p${i}`, url, date: `2024-03-${String(i + 1).padStart(2, '0')}`, title: `${place} port report`, text,
    quotes: [{ text: quote, speaker: 'officer', actor: null, cue: 'said' }] });
}

let dir: string;
let db: Database.Database;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-search-'));
  const store = openSqliteStore(join(dir, 's.db'));
  await store.write(PLACES.map((_, i) => article(i)));
  // a syndicated copy of article 3: stored, but never a hit of its own
  await store.write([article(3, 'https://copies.example/3')]);
  await store.close();
  db = new Database(join(dir, 's.db'), { readonly: true });
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('sqlite search', () => {
  it('ranks article text and quotes together, best first, and its pages add up to the whole list', () => {
    const all = search(db, { text: 'harbour', limit: 100 });
    expect(all).toHaveLength(24); // 12 articles and their 12 quotes; the copy adds nothing
    expect(all[0]).toMatchObject({ kind: 'article', article: { recordId: 'p3', copyOf: null } });
    expect(all[0].snippet).toContain('[harbour]');
    expect(all.every((h) => h.article.url?.startsWith('https://port.example/'))).toBe(true);
    for (let i = 1; i < all.length; i++) expect(all[i].rank).toBeGreaterThanOrEqual(all[i - 1].rank);
    const quotes = all.filter((h) => h.kind === 'quote');
    expect(quotes).toHaveLength(12);
    for (const q of quotes) expect(q.snippet).toMatch(/^The \w+ will leave the \[harbour\] at dawn,$/);
    const paged = [0, 5, 10, 15, 20].flatMap((offset) => search(db, { text: 'harbour', limit: 5, offset }));
    expect(paged.map((h) => [h.kind, h.article.id, h.quoteId])).toEqual(all.map((h) => [h.kind, h.article.id, h.quoteId]));
    expect(search(db, { text: 'harbour', in: 'quote', limit: 100 }).map((h) => h.quoteId)).toEqual(quotes.map((h) => h.quoteId));
    expect(search(db, { text: '"leave the harbour"', in: 'article', limit: 100 })).toHaveLength(12);
    expect(search(db, { text: 'Lima ferries' }).map((h) => [h.kind, h.article.recordId])).toEqual([['article', 'p2']]);
  });

  it('ranks only the newest matches when a word is everywhere, so one query never scores the whole store', () => {
    const hits = search(db, { text: 'harbour', in: 'article', limit: 100 }, 5);
    // the five newest matching rows are the copy (13) and articles 12..9; the copy is left out
    expect(hits.map((h) => h.article.recordId).sort()).toEqual(['p10', 'p11', 'p8', 'p9']);
    expect(search(db, { text: 'harbour', in: 'article', limit: 10, offset: 5 }, 5)).toEqual([]);
    // a rare word is still found wherever it is
    expect(search(db, { text: 'Oslo' }, 5).map((h) => h.article.recordId)).toEqual(['p0']);
  });
});
