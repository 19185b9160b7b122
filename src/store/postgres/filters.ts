// Shared pieces of the PostgreSQL read queries: numbered parameters, how a user's actor filter ("RUS",
// "vladimir-putin", "Putin") becomes SQL, row shapes to API shapes, and the search text as a tsquery.
// The rules are the SQLite backend's (sqlite/filters.ts); only the SQL dialect differs.
import type pg from 'pg';
import { COUNTRY, page } from '../sqlite/filters.ts';
import { toActor, toArticle } from '../rows.ts';

export { COUNTRY, page, toActor, toArticle };

/** Collects values and hands out $1, $2… placeholders in order. */
export class Params {
  readonly values: unknown[] = [];
  add(v: unknown): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }
}

const likeOf = (value: string) => `%${value.replace(/[%_\\]/g, (c) => '\\' + c)}%`;

/** Actor ids for a filter value: exact key, else name or key containing it (case-insensitive). */
export async function actorIds(db: pg.Pool | pg.ClientBase, value: string): Promise<number[]> {
  const exact = await db.query('SELECT id FROM actors WHERE key = $1', [value]);
  if (exact.rows.length) return exact.rows.map((r) => r.id);
  const like = likeOf(value);
  const r = await db.query("SELECT id FROM actors WHERE name ILIKE $1 ESCAPE '\\' OR key ILIKE $1 ESCAPE '\\'", [like]);
  return r.rows.map((x) => x.id);
}

/**
 * A condition on an actor column: a three-letter upper-case value is a country code (matched on the
 * country column when there is one, else on the actor's country); anything else names actors, whose
 * ids are looked up first and written as literals so the planner can walk the (actor, date) index.
 */
export async function actorCondition(db: pg.Pool, value: string, actorCol: string, countryCol: string | null, p: Params): Promise<string> {
  if (COUNTRY.test(value)) {
    const v = p.add(value);
    return countryCol ? `${countryCol} = ${v}` : `${actorCol} IN (SELECT id FROM actors WHERE country = ${v})`;
  }
  const ids = await actorIds(db, value);
  return ids.length ? `${actorCol} IN (${ids.join(',')})` : 'FALSE';
}

/** The actor filter with `exactKeys`: the value is a key, or nothing. */
export async function exactCondition(db: pg.Pool, value: string, actorCol: string): Promise<string> {
  const r = await db.query('SELECT id FROM actors WHERE key = $1', [value]);
  return r.rows.length ? `${actorCol} = ${r.rows[0].id}` : 'FALSE';
}

export const likeParam = likeOf;

export const ARTICLE_COLS = 'a.id AS "aId", a.record_id AS "aRecordId", a.source AS "aSource", a.url AS "aUrl", a.date AS "aDate", a.title AS "aTitle", a.copy_of AS "aCopyOf", a.date_source AS "aDateSource", a.created_at AS "aStoredAt"';


/**
 * A user's search text as a tsquery expression, with the SQLite backend's rules: "quoted phrases" stay
 * phrases, other words are terms that must all match, and punctuation never becomes query syntax. Each
 * part goes through phraseto_tsquery, which splits words as the indexed text was split. Null when the
 * text has no words.
 */
export function tsQuery(text: string, p: Params): string | null {
  const parts: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const words = (m[1] ?? m[2]).match(/[\p{L}\p{N}]+/gu);
    if (words?.length) parts.push(`phraseto_tsquery('dyad', ${p.add(words.join(' '))})`);
  }
  return parts.length ? `(${parts.join(' && ')})` : null;
}
