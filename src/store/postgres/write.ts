// The PostgreSQL write path, with the SQLite backend's rules (sqlite/write.ts): a batch is one
// transaction. For each article: skip a known identity; else find a near-duplicate through the MinHash
// bands (a syndicated copy joins that story, and its events become extra mentions of the story's
// events); then write actors, mentions, quotes, events and layer versions. The monthly dyad summary and
// the actor counters are summed over the batch and written once at its end.
//
// A transaction-level advisory lock makes writers take turns, as SQLite's single writer does: two
// ingesters on one shared store never race on the same story (both taking a copy for an original) or
// deadlock on the summary rows. Readers never wait for it.
import type pg from 'pg';
import { flatten, type FlatArticle, type FlatEvent } from '../flatten.ts';
import { identity } from '../identity.ts';
import { bands, COPY_THRESHOLD, fromBlob, similarity, toBlob } from '../minhash.ts';
import type { ArticleInput, WriteResult } from '../store.ts';

export const WRITE_LOCK = 0x64796164 + 1;

/** What the writer needs of a connection. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<pg.QueryResult<any>>;
}

/**
 * PostgreSQL text cannot hold U+0000, which SQLite stores and scraped text now and then carries: it
 * becomes U+FFFD, one UTF-16 unit for one, so every offset still points at the same character.
 */
const clean = (v: unknown): unknown =>
  typeof v === 'string' ? (v.includes('\0') ? v.replace(/\0/g, '\uFFFD') : v) : Array.isArray(v) ? v.map(clean) : v;

/** A connection whose every parameter is cleaned of U+0000. */
export const cleaned = (db: Queryable): Queryable => ({ query: (sql, params) => db.query(sql, params?.map(clean)) });

interface Counts { mentions: number; articles: number; quotes: number; asSource: number; asTarget: number }
interface DyadSum { s: number; t: number; month: string; n: number; q: number[]; g: number[]; gsum: number; gn: number }

/** Everything a batch adds to the summaries, written in one statement each at the end. */
class Batch {
  readonly counts = new Map<number, Counts>();
  readonly dyads = new Map<string, DyadSum>();
  readonly versions = new Map<string, { layer: string; version: string; n: number }>();
  count(id: number): Counts {
    let c = this.counts.get(id);
    if (!c) this.counts.set(id, (c = { mentions: 0, articles: 0, quotes: 0, asSource: 0, asTarget: 0 }));
    return c;
  }
  dyad(s: number, t: number, month: string, quadClass: number | null, goldstein: number | null): void {
    const key = `${s}:${t}:${month}`;
    let d = this.dyads.get(key);
    if (!d) this.dyads.set(key, (d = { s, t, month, n: 0, q: [0, 0, 0, 0], g: [0, 0, 0, 0], gsum: 0, gn: 0 }));
    d.n++;
    if (quadClass && quadClass >= 1 && quadClass <= 4) {
      d.q[quadClass - 1]++;
      d.g[quadClass - 1] += goldstein ?? 0;
    }
    d.gsum += goldstein ?? 0;
    if (goldstein !== null) d.gn++;
  }
}

const SUMS = 'n = x.n + excluded.n, q1 = x.q1 + excluded.q1, q2 = x.q2 + excluded.q2, q3 = x.q3 + excluded.q3, q4 = x.q4 + excluded.q4, g1 = x.g1 + excluded.g1, g2 = x.g2 + excluded.g2, g3 = x.g3 + excluded.g3, g4 = x.g4 + excluded.g4, gsum = x.gsum + excluded.gsum, gn = x.gn + excluded.gn';
const DYAD_TYPES = ['int', 'int', 'int', 'int', 'int', 'float8', 'float8', 'float8', 'float8', 'float8', 'int'];
/** The parameters for n, q1..q4, g1..g4, gsum, gn as typed arrays, numbered from `from`. */
const DYAD_ARRAYS = (from: number) => DYAD_TYPES.map((t, i) => `$${from + i}::${t}[]`).join(', ');

export function createWriter() {
  // key -> [id, whether the stored row already has its dictionary entry]. Ids never change once
  // committed; the cache is cleared when a batch rolls back.
  const actorIds = new Map<string, [number, boolean]>();

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
    return new Map([...actors.keys()].map((k) => [k, actorIds.get(k)![0]]));
  }

  /** The story this article is a copy of (its root article id), or null: candidates band by band, as SQLite. */
  async function findStory(db: Queryable, sig: number[], bandKeys: number[]): Promise<number | null> {
    const rows = (await db.query(`SELECT b.band, b.article_id AS id, a.minhash AS sig, a.copy_of AS "copyOf" FROM minhash_bands b
      JOIN articles a ON a.id = b.article_id WHERE b.band = ANY($1::bigint[])`, [bandKeys])).rows as { band: number; id: number; sig: Buffer | null; copyOf: number | null }[];
    const order = new Map(bandKeys.map((b, i) => [b, i]));
    rows.sort((x, y) => order.get(x.band)! - order.get(y.band)! || x.id - y.id);
    for (const c of rows) if (c.sig && similarity(sig, fromBlob(c.sig)) >= COPY_THRESHOLD) return c.copyOf ?? c.id;
    return null;
  }

  async function writeEvent(db: Queryable, e: FlatEvent, articleId: number, date: string | null, ids: Map<string, number>, b: Batch): Promise<number> {
    const id = (k: string | null) => (k ? ids.get(k) ?? null : null);
    const sourceActor = id(e.sources[0]?.actor ?? null);
    const targetActor = id(e.targets[0]?.actor ?? null);
    const r = await db.query(`INSERT INTO events (article_id, date, plover, cameo, mode, context, goldstein, quad_class, negated, source_actor_id, target_actor_id,
      source_country, target_country, source_text, target_text, trigger_text, sentence_text, merge_key)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) RETURNING id`, [
      articleId, date, e.plover, e.cameo, e.mode, e.context, e.goldstein, e.quadClass, e.negated ? 1 : 0, sourceActor, targetActor,
      e.sourceCountry, e.targetCountry, e.sources[0]?.text ?? null, e.targets[0]?.text ?? null, e.trigger.text, e.sentence.text, e.mergeKey,
    ]);
    const eventId = r.rows[0].id as number;
    const roles = [...e.sources.map((x, i) => ['source', i, x] as const), ...e.targets.map((x, i) => ['target', i, x] as const)];
    if (roles.length) {
      await db.query(`INSERT INTO event_actors (event_id, role, idx, actor_id, text) SELECT $1::bigint, * FROM unnest($2::text[], $3::int[], $4::bigint[], $5::text[])`,
        [eventId, roles.map((x) => x[0]), roles.map((x) => x[1]), roles.map((x) => id(x[2].actor)), roles.map((x) => x[2].text)]);
    }
    if (!e.negated && sourceActor !== null && targetActor !== null) b.dyad(sourceActor, targetActor, (date ?? '0000-00').slice(0, 7), e.quadClass, e.goldstein);
    return eventId;
  }

  async function writeOne(db: Queryable, input: ArticleInput, res: WriteResult, now: string, b: Batch): Promise<void> {
    const ident = identity(input);
    if ((await db.query('SELECT 1 FROM articles WHERE ident = $1', [ident])).rows.length) {
      res.skipped++;
      return;
    }
    const c = input.contract;
    const bandKeys = input.minhash.length ? bands(input.minhash) : [];
    const story = bandKeys.length ? await findStory(db, input.minhash, bandKeys) : null;
    const date = c.article.date ?? null;
    const { text: body, ...articleRest } = c.article;
    const articleId = (await db.query(`INSERT INTO articles (record_id, ident, source, url, canonical_url, content_hash, date, title, origin, copy_of, body, doc_text, contract, provenance, minhash, created_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id`, [
      c.id, ident, input.source, input.url, input.canonicalUrl, input.contentHash, date, c.article.title, input.origin, story, body,
      input.text === body ? null : input.text, JSON.stringify({ ...c, article: articleRest }), JSON.stringify(input.provenance),
      input.minhash.length ? toBlob(input.minhash) : null, now,
    ])).rows[0].id as number;
    if (bandKeys.length) await db.query('INSERT INTO minhash_bands (band, article_id) SELECT DISTINCT unnest($1::bigint[]), $2::bigint ON CONFLICT DO NOTHING', [bandKeys, articleId]);
    const sections = c.article.sections ?? [];
    if (sections.length) {
      await db.query('INSERT INTO sections (article_id, idx, heading, paragraphs) SELECT $1::bigint, * FROM unnest($2::int[], $3::text[], $4::text[])',
        [articleId, sections.map((_, i) => i), sections.map((s) => s.heading), sections.map((s) => JSON.stringify(s.paragraphs))]);
    }
    for (const [layer, version] of Object.entries(input.provenance)) {
      const key = `${layer}\n${version}`;
      const had = b.versions.get(key);
      if (had) had.n++;
      else b.versions.set(key, { layer, version, n: 1 });
    }

    const flat = flatten(input);
    const ids = await resolveActors(db, flat.actors);
    const id = (k: string | null) => (k ? ids.get(k) ?? null : null);
    for (const k of flat.actors.keys()) b.count(ids.get(k)!).articles++;
    for (const m of flat.mentions) if (m.actor) b.count(ids.get(m.actor)!).mentions++;
    for (const qt of flat.quotes) if (qt.speaker) b.count(ids.get(qt.speaker)!).quotes++;
    const ms = flat.mentions;
    if (ms.length) {
      await db.query(`INSERT INTO entity_mentions (article_id, actor_id, type, text, start, "end", how)
        SELECT $1::bigint, * FROM unnest($2::bigint[], $3::text[], $4::text[], $5::int[], $6::int[], $7::text[])`,
        [articleId, ms.map((m) => id(m.actor)), ms.map((m) => m.type), ms.map((m) => m.text), ms.map((m) => m.start), ms.map((m) => m.end), ms.map((m) => m.how)]);
    }
    const qs = flat.quotes;
    if (qs.length) {
      const r = await db.query(`INSERT INTO quotes (article_id, date, idx, kind, text, start, "end", speaker_text, speaker_actor_id, cue_text)
        SELECT $1::bigint, $2::text, * FROM unnest($3::int[], $4::text[], $5::text[], $6::int[], $7::int[], $8::text[], $9::bigint[], $10::text[]) RETURNING id, idx`,
        [articleId, date, qs.map((x) => x.idx), qs.map((x) => x.kind), qs.map((x) => x.text), qs.map((x) => x.start), qs.map((x) => x.end),
          qs.map((x) => x.speakerText), qs.map((x) => id(x.speaker)), qs.map((x) => x.cue)]);
      const quoteIds = new Map(r.rows.map((x) => [x.idx as number, x.id as number]));
      const about = qs.flatMap((x) => x.about.map((k) => [id(k), quoteIds.get(x.idx)!] as const));
      if (about.length) {
        await db.query('INSERT INTO quote_about (actor_id, quote_id) SELECT * FROM unnest($1::bigint[], $2::bigint[]) ON CONFLICT DO NOTHING',
          [about.map((x) => x[0]), about.map((x) => x[1])]);
      }
    }

    // A copy's events are matched, in order, to the story's events with the same merge key.
    const pool = new Map<string, number[]>();
    if (story !== null) {
      const r = await db.query(`SELECT DISTINCT e.id, e.merge_key AS "mergeKey" FROM events e JOIN event_mentions m ON m.event_id = e.id
        JOIN articles a ON a.id = m.article_id WHERE a.id = $1 OR a.copy_of = $1 ORDER BY e.id`, [story]);
      for (const x of r.rows) pool.set(x.mergeKey, [...(pool.get(x.mergeKey) ?? []), x.id]);
      res.merged++;
    } else res.added++;
    const mentions: [number, number, number | null, number | null, number | null, number | null][] = [];
    const matched: number[] = [];
    for (const e of flat.events) {
      const match = pool.get(e.mergeKey)?.shift();
      if (match === undefined && !e.negated) {
        if (e.sources[0]?.actor) b.count(ids.get(e.sources[0].actor)!).asSource++;
        if (e.targets[0]?.actor) b.count(ids.get(e.targets[0].actor)!).asTarget++;
      }
      const eventId = match ?? (await writeEvent(db, e, articleId, date, ids, b));
      mentions.push([eventId, e.idx, e.trigger.start, e.trigger.end, e.sentence.start, e.sentence.end]);
      if (match !== undefined) {
        matched.push(match);
        res.mentions++;
      } else res.events++;
    }
    if (mentions.length) {
      const col = (i: number) => mentions.map((m) => m[i]);
      await db.query(`INSERT INTO event_mentions (event_id, article_id, idx, source, trigger_start, trigger_end, sentence_start, sentence_end)
        SELECT e, $1::bigint, i, $2::text, ts, te, ss, se FROM unnest($3::bigint[], $4::int[], $5::int[], $6::int[], $7::int[], $8::int[]) AS u(e, i, ts, te, ss, se)`,
        [articleId, input.source, col(0), col(1), col(2), col(3), col(4), col(5)]);
    }
    if (matched.length) {
      await db.query(`UPDATE events e SET num_mentions = m.n, num_articles = m.a, num_sources = m.s FROM (
        SELECT event_id, COUNT(*) AS n, COUNT(DISTINCT article_id) AS a, COUNT(DISTINCT COALESCE(source, '#' || article_id)) AS s
        FROM event_mentions WHERE event_id = ANY($1::bigint[]) GROUP BY event_id) m WHERE e.id = m.event_id`, [matched]);
    }
  }

  async function flushSummaries(db: Queryable, b: Batch, now: string): Promise<void> {
    const c = [...b.counts].sort((x, y) => x[0] - y[0]);
    if (c.length) {
      await db.query(`UPDATE actors a SET mentions = a.mentions + u.m, articles = a.articles + u.ar, quotes = a.quotes + u.q, as_source = a.as_source + u.s, as_target = a.as_target + u.t
        FROM unnest($1::bigint[], $2::int[], $3::int[], $4::int[], $5::int[], $6::int[]) AS u(id, m, ar, q, s, t) WHERE a.id = u.id`,
        [c.map((x) => x[0]), c.map((x) => x[1].mentions), c.map((x) => x[1].articles), c.map((x) => x[1].quotes), c.map((x) => x[1].asSource), c.map((x) => x[1].asTarget)]);
    }
    const months = [...b.dyads.values()].sort((x, y) => x.s - y.s || x.t - y.t || (x.month < y.month ? -1 : 1));
    if (months.length) {
      const totals = new Map<string, DyadSum>();
      for (const m of months) {
        const t = totals.get(`${m.s}:${m.t}`);
        if (!t) totals.set(`${m.s}:${m.t}`, { ...m, q: [...m.q], g: [...m.g] });
        else {
          t.n += m.n;
          m.q.forEach((v, i) => (t.q[i] += v));
          m.g.forEach((v, i) => (t.g[i] += v));
          t.gsum += m.gsum;
          t.gn += m.gn;
        }
      }
      const sums = (rows: DyadSum[]) => [rows.map((x) => x.n), ...[0, 1, 2, 3].map((i) => rows.map((x) => x.q[i])), ...[0, 1, 2, 3].map((i) => rows.map((x) => x.g[i])), rows.map((x) => x.gsum), rows.map((x) => x.gn)];
      await db.query(`INSERT INTO dyad_months AS x (source_actor_id, target_actor_id, month, n, q1, q2, q3, q4, g1, g2, g3, g4, gsum, gn)
        SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], ${DYAD_ARRAYS(4)})
        ON CONFLICT (source_actor_id, target_actor_id, month) DO UPDATE SET ${SUMS}`, [months.map((x) => x.s), months.map((x) => x.t), months.map((x) => x.month), ...sums(months)]);
      const t = [...totals.values()];
      await db.query(`INSERT INTO dyad_totals AS x (source_actor_id, target_actor_id, n, q1, q2, q3, q4, g1, g2, g3, g4, gsum, gn)
        SELECT * FROM unnest($1::bigint[], $2::bigint[], ${DYAD_ARRAYS(3)})
        ON CONFLICT (source_actor_id, target_actor_id) DO UPDATE SET ${SUMS}`, [t.map((x) => x.s), t.map((x) => x.t), ...sums(t)]);
    }
    const v = [...b.versions.values()];
    if (v.length) {
      await db.query(`INSERT INTO layer_versions AS x (layer, version, articles, first_seen, last_seen) SELECT l, v, n, $4::text, $4::text FROM unnest($1::text[], $2::text[], $3::int[]) AS u(l, v, n)
        ON CONFLICT (layer, version) DO UPDATE SET articles = x.articles + excluded.articles, last_seen = excluded.last_seen`,
        [v.map((x) => x.layer), v.map((x) => x.version), v.map((x) => x.n), now]);
    }
  }

  return { writeOne, flushSummaries, actorIds, newBatch: () => new Batch() };
}
