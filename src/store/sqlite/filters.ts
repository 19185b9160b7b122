// Shared pieces of the read queries: how a user's actor filter ("RUS", "vladimir-putin", "Putin")
// becomes SQL, row shapes to API shapes, and page bounds.
import type Database from 'better-sqlite3';
import { MAX_PAGE, type Page } from '../store.ts';

export const COUNTRY = /^[A-Z]{3}$/;

export function page(p: Page | undefined, def = 50): { limit: number; offset: number } {
  const limit = Math.max(0, Math.min(MAX_PAGE, Math.floor(p?.limit ?? def)));
  const offset = Math.max(0, Math.floor(p?.offset ?? 0));
  return { limit, offset };
}

/** Actor ids for a filter value: exact key, else name or key containing it (case-insensitive). */
export function actorIds(db: Database.Database, value: string): number[] {
  const exact = db.prepare('SELECT id FROM actors WHERE key = ?').pluck().all(value) as number[];
  if (exact.length) return exact;
  const like = `%${value.replace(/[%_\\]/g, (c) => '\\' + c)}%`;
  return db.prepare("SELECT id FROM actors WHERE name LIKE ? ESCAPE '\\' OR key LIKE ? ESCAPE '\\'").pluck().all(like, like) as number[];
}

/**
 * A condition on an actor column: a three-letter upper-case value is a country code (matched on the
 * country column when there is one, else on the actor's country); anything else names actors.
 */
export function actorCondition(db: Database.Database, value: string, actorCol: string, countryCol: string | null, params: unknown[]): string {
  if (COUNTRY.test(value)) {
    params.push(value);
    return countryCol ? `${countryCol} = ?` : `${actorCol} IN (SELECT id FROM actors WHERE country = ?)`;
  }
  const ids = actorIds(db, value);
  if (!ids.length) return '0';
  return `${actorCol} IN (${ids.join(',')})`;
}



export const ARTICLE_COLS = 'a.id AS aId, a.record_id AS aRecordId, a.source AS aSource, a.url AS aUrl, a.date AS aDate, a.title AS aTitle, a.copy_of AS aCopyOf, a.date_source AS aDateSource, a.created_at AS aStoredAt';


/**
 * A user's search text as an FTS5 query: "quoted phrases" stay phrases, other words become quoted
 * terms (all must match), so punctuation in the input never becomes FTS syntax.
 */
export function ftsQuery(text: string): string {
  const parts: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const words = (m[1] ?? m[2]).match(/[\p{L}\p{N}]+/gu);
    if (words?.length) parts.push(`"${words.join(' ')}"`);
  }
  return parts.join(' ');
}

export { toActor, toArticle, type ActorCols } from '../rows.ts';
