// The PostgreSQL write path, with the SQLite backend's rules (sqlite/write.ts): a batch is one
// transaction. For each article: skip a known identity; else find a near-duplicate through the MinHash
// bands (a syndicated copy joins that story, and its events become extra mentions of the story's
// events); then write actors, mentions, quotes, events and layer versions. Only the article row and
// its MinHash bands go in at once (the batch's later articles look for their story there); the rest is
// collected and written at the end (batch.ts), so an article costs two or three round trips.
//
// A transaction-level advisory lock makes writers take turns, as SQLite's single writer does: two
// ingesters on one shared store never race on the same story (both taking a copy for an original) or
// deadlock on the summary rows. Readers never wait for it.
import { flatten, type FlatArticle } from '../flatten.ts';
import { identity } from '../identity.ts';
import { bands, COPY_THRESHOLD, COPY_WINDOW_DAYS, fromBlob, similarity, toBlob, withinWindow } from '../minhash.ts';
import type { ArticleInput, WriteResult } from '../store.ts';
import { Batch, type Queryable } from './batch.ts';

export type { Queryable };
export const WRITE_LOCK = 0x64796164 + 1;

/**
 * PostgreSQL text cannot hold U+0000, which SQLite stores and scraped text now and then carries: it
 * becomes U+FFFD, one UTF-16 unit for one, so every offset still points at the same character.
 */
const clean = (v: unknown): unknown =>
  typeof v === 'string' ? (v.includes('\0') ? v.replace(/\0/g, '\uFFFD') : v) : Array.isArray(v) ? v.map(clean) : v;

/** A connection whose every parameter is cleaned of U+0000. */
export const cleaned = (db: Queryable): Queryable => ({ query: (sql, params) => db.query(sql, params?.map(clean)) });

export function createWriter(opts: { copyWindowDays?: number } = {}) {
  const window = opts.copyWindowDays ?? COPY_WINDOW_DAYS;
  // key -> [id, whether the stored row already has its dictionary entry]. Ids never change once
  // committed; the cache is cleared when a batch rolls back.
  const actorIds = new Map<string, [number, boolean]>();
  const withCountry = new Set<string>();

  /** Ids of every actor of an article: new keys inserted, a dictionary entry filled in where it was missing. */
  async function resolveActors(db: Queryable, actors: FlatArticle['actors']): Promise<Map<string, number>> {
    const need = [...actors.values()].filter((a) => {
      const cached = actorIds.get(a.key);
      return cached === undefined || (!cached[1] && a.dictId);
    });
    if (need.length) {
      const col = <K extends keyof (typeof need)[number]>(k: K) => need.map((a) => a[k]);
      await db.query(`INSERT INTO actors AS x (key, name, country, sector, dict_id)
        SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
        ON CONFLICT (key) DO UPDATE SET name = excluded.name, country = excluded.country, sector = excluded.sector, dict_id = excluded.dict_id
        WHERE x.dict_id IS NULL AND excluded.dict_id IS NOT NULL`, [col('key'), col('name'), col('country'), col('sector'), col('dictId')]);
      const rows = await db.query('SELECT id, key, dict_id IS NOT NULL AS dict FROM actors WHERE key = ANY($1::text[])', [col('key')]);
      for (const r of rows.rows) actorIds.set(r.key, [r.id, r.dict]);
    }
    // An unknown person stored before any article gave a country takes the first country a later one gives (as SQLite).
    const fill = [...actors.values()].filter((a) => a.country && !a.dictId && a.key[0] === '~' && !withCountry.has(a.key));
    if (fill.length) {
      await db.query(`UPDATE actors AS x SET country = u.country, sector = COALESCE(x.sector, u.sector)
        FROM unnest($1::text[], $2::text[], $3::text[]) AS u(key, country, sector)
        WHERE x.key = u.key AND x.country IS NULL AND x.dict_id IS NULL`, [fill.map((a) => a.key), fill.map((a) => a.country), fill.map((a) => a.sector)]);
      for (const a of fill) withCountry.add(a.key);
    }
    return new Map([...actors.keys()].map((k) => [k, actorIds.get(k)![0]]));
  }

  /**
   * The story this article is a copy of (its root article id), or null: candidates band by band, in id
   * order, as SQLite. The first PAGE candidates of every band come in one query; only a band with more
   * and no match among them is read further. So the Nth copy of a story (its root first in its bands)
   * reads a page, not the N - 1 copies before it.
   */
  async function findStory(db: Queryable, sig: number[], bandKeys: number[], date: string | null): Promise<number | null> {
    type Candidate = { band: string; id: number; sig: Buffer | null; copyOf: number | null; date: string | null };
    const PAGE = 32;
    const matches = (c: Candidate) => c.sig && withinWindow(date, c.date, window) && similarity(sig, fromBlob(c.sig)) >= COPY_THRESHOLD;
    const first = (await db.query(`SELECT k.band, c.* FROM unnest($1::bigint[]) AS k(band) CROSS JOIN LATERAL (
        SELECT b.article_id AS id, a.minhash AS sig, a.copy_of AS "copyOf", a.date FROM minhash_bands b JOIN articles a ON a.id = b.article_id
        WHERE b.band = k.band ORDER BY b.article_id LIMIT ${PAGE}) c`, [bandKeys])).rows as Candidate[];
    const byBand = new Map<string, Candidate[]>();
    for (const c of first) byBand.set(String(c.band), [...(byBand.get(String(c.band)) ?? []), c]);
    for (const band of bandKeys) {
      const page = (byBand.get(String(band)) ?? []).sort((x, y) => x.id - y.id);
      let hit = page.find(matches);
      if (!hit && page.length === PAGE) {
        const rest = (await db.query(`SELECT b.article_id AS id, a.minhash AS sig, a.copy_of AS "copyOf", a.date FROM minhash_bands b
          JOIN articles a ON a.id = b.article_id WHERE b.band = $1 AND b.article_id > $2 ORDER BY b.article_id`, [band, page[PAGE - 1].id])).rows as Candidate[];
        hit = rest.find(matches);
      }
      if (hit) return hit.copyOf ?? hit.id;
    }
    return null;
  }

  /** The story's events by merge key, in id order (those stored before the batch, then the batch's own). */
  async function storyEvents(db: Queryable, story: number, b: Batch): Promise<Map<string, number[]>> {
    const pool = new Map<string, number[]>();
    const r = await db.query('SELECT id, merge_key AS "mergeKey" FROM events WHERE story_id = $1 ORDER BY id', [story]);
    for (const x of [...r.rows, ...(b.storyEvents.get(story) ?? [])]) pool.set(x.mergeKey, [...(pool.get(x.mergeKey) ?? []), x.id]);
    return pool;
  }

  async function writeOne(db: Queryable, input: ArticleInput, res: WriteResult, now: string, b: Batch): Promise<void> {
    const ident = identity(input);
    if (b.known.has(ident)) {
      res.skipped++;
      return;
    }
    b.known.add(ident);
    const c = input.contract;
    const bandKeys = input.minhash.length ? bands(input.minhash) : [];
    const date = c.article.date ?? now.slice(0, 10);
    const story = bandKeys.length ? await findStory(db, input.minhash, bandKeys, date) : null;
    const pool = story !== null ? await storyEvents(db, story, b) : new Map<string, number[]>();
    if (story !== null) res.merged++;
    else res.added++;
    const flat = flatten(input);
    const ids = await resolveActors(db, flat.actors);
    const id = (k: string | null) => (k ? ids.get(k) ?? null : null);
    // Each event either joins the story's event with its merge key, or is new.
    const matches = flat.events.map((e) => pool.get(e.mergeKey)?.shift() ?? null);
    const fresh = flat.events.filter((_, i) => matches[i] === null);

    // The article, its bands, and ids for its new events, in one statement.
    const { text: body, ...articleRest } = c.article;
    const r = await db.query(`WITH a AS (INSERT INTO articles (record_id, ident, source, url, canonical_url, content_hash, date, title, origin, copy_of, body, doc_text, contract, provenance, minhash, created_at, date_source)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $19) RETURNING id),
      b AS (INSERT INTO minhash_bands (band, article_id) SELECT DISTINCT unnest($17::bigint[]), (SELECT id FROM a) ON CONFLICT DO NOTHING)
      SELECT id, ARRAY(SELECT nextval(pg_get_serial_sequence('events', 'id')) FROM generate_series(1, $18::int)) AS "eventIds" FROM a`, [
      c.id, ident, input.source, input.url, input.canonicalUrl, input.contentHash, date, c.article.title, input.origin, story, body,
      input.text === body ? null : input.text, JSON.stringify({ ...c, article: articleRest }), JSON.stringify(input.provenance),
      input.minhash.length ? toBlob(input.minhash) : null, now, bandKeys, fresh.length, c.article.dateSource ?? (c.article.date ? 'record' : 'ingest'),
    ]);
    const articleId = r.rows[0].id as number;
    const newIds = (r.rows[0].eventIds as (string | number)[]).map(Number);

    (c.article.sections ?? []).forEach((s, i) => b.sections.push([articleId, i, s.heading, JSON.stringify(s.paragraphs)]));
    for (const [layer, version] of Object.entries(input.provenance)) b.version(layer, version);
    for (const k of flat.actors.keys()) b.count(ids.get(k)!).articles++;
    for (const m of flat.mentions) {
      if (m.actor) b.count(ids.get(m.actor)!).mentions++;
      b.mentions.push([articleId, id(m.actor), m.type, m.text, m.start, m.end, m.how]);
    }
    for (const q of flat.quotes) {
      if (q.speaker) b.count(ids.get(q.speaker)!).quotes++;
      b.quotes.push({ row: [articleId, q.idx, date, q.kind, q.text, q.start, q.end, q.speakerText, id(q.speaker), q.cue], about: q.about.map((k) => id(k)!) });
    }

    const root = story ?? articleId;
    const events = fresh.map((e, i) => {
      const eventId = newIds[i];
      const [s, t] = [id(e.sources[0]?.actor ?? null), id(e.targets[0]?.actor ?? null)];
      const day = e.date ?? date;
      if (!e.negated) {
        if (s !== null) b.count(s).asSource++;
        if (t !== null) b.count(t).asTarget++;
        if (s !== null && t !== null && !e.history) b.dyad(s, t, day.slice(0, 7), e.quadClass, e.goldstein);
      }
      e.sources.forEach((x, k) => b.eventActors.push([eventId, 'source', k, id(x.actor), x.text]));
      e.targets.forEach((x, k) => b.eventActors.push([eventId, 'target', k, id(x.actor), x.text]));
      return [eventId, articleId, day, e.plover, e.cameo, e.mode, e.context, e.goldstein, e.quadClass, e.negated ? 1 : 0, s, t,
        e.sourceCountry, e.targetCountry, e.sources[0]?.text ?? null, e.targets[0]?.text ?? null, e.trigger.text, e.sentence.text, e.mergeKey,
        e.dateSource, e.history ? 1 : 0, e.factuality, root];
    });
    b.events.push(...events);
    if (!b.storyEvents.has(root)) b.storyEvents.set(root, []);
    b.storyEvents.get(root)!.push(...fresh.map((e, i) => ({ id: newIds[i], mergeKey: e.mergeKey })));
    // Every event of the article gets a mention; a matched one is counted again across its articles and outlets.
    let next = 0;
    flat.events.forEach((e, i) => {
      const eventId = matches[i] ?? newIds[next++];
      if (matches[i] !== null) b.recount.add(eventId);
      b.eventMentions.push([eventId, articleId, e.idx, input.source, e.trigger.start, e.trigger.end, e.sentence.start, e.sentence.end]);
    });
    res.events += fresh.length;
    res.mentions += flat.events.length - fresh.length;
  }

  /** Writes a batch inside the caller's transaction: takes the writers' lock, then article by article, then the collected rows. */
  async function writeBatch(db: Queryable, batch: ArticleInput[]): Promise<WriteResult> {
    await db.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
    const res: WriteResult = { added: 0, merged: 0, skipped: 0, events: 0, mentions: 0 };
    const b = new Batch();
    const stored = await db.query('SELECT ident FROM articles WHERE ident = ANY($1::text[])', [batch.map((a) => identity(a))]);
    for (const r of stored.rows) b.known.add(r.ident);
    const now = new Date().toISOString();
    for (const input of batch) await writeOne(db, input, res, now, b);
    await b.flush(db, now);
    return res;
  }

  return { writeBatch, forget: () => (actorIds.clear(), withCountry.clear()) };
}
