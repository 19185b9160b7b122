// What a write batch collects on the way and writes once at its end, one statement per table: entity
// mentions, sections, quotes and the actors they name, events with their actors and mentions (kept
// here too by story, for the batch's later copies to match), and the sums (actor counters, monthly and
// total dyad summaries, layer versions). Round trips, not PostgreSQL's work, were most of a batch's time.
import type pg from 'pg';

/** What the writer needs of a connection. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<pg.QueryResult<any>>;
}

interface Counts { mentions: number; articles: number; quotes: number; asSource: number; asTarget: number }
interface DyadSum { s: number; t: number; month: string; n: number; q: number[]; g: number[]; gsum: number; gn: number }
type Row = unknown[];

/** Column arrays for unnest(): rows [[a, b], [c, d]] -> [[a, c], [b, d]]. */
const columns = (rows: Row[], width: number) => Array.from({ length: width }, (_, i) => rows.map((r) => r[i]));

const SUMS = ['n', 'q1', 'q2', 'q3', 'q4', 'g1', 'g2', 'g3', 'g4', 'gsum', 'gn'].map((c) => `${c} = x.${c} + excluded.${c}`).join(', ');
const SUM_TYPES = ['int', 'int', 'int', 'int', 'int', 'float8', 'float8', 'float8', 'float8', 'float8', 'int'];
/** Typed array parameters for n, q1..q4, g1..g4, gsum, gn, numbered from `from`. */
const sumParams = (from: number) => SUM_TYPES.map((t, i) => `$${from + i}::${t}[]`).join(', ');
const sums = (d: DyadSum): Row => [d.n, ...d.q, ...d.g, d.gsum, d.gn];

export class Batch {
  /** Identities stored before the batch or written by it. */
  readonly known = new Set<string>();
  readonly mentions: Row[] = [];
  readonly sections: Row[] = [];
  readonly quotes: { row: Row; about: number[] }[] = [];
  readonly events: Row[] = [];
  readonly eventActors: Row[] = [];
  readonly eventMentions: Row[] = [];
  /** Events that syndicated copies mentioned again: their counts are taken again at the end. */
  readonly recount = new Set<number>();
  /** New events of the batch by story (root article id), in id order: what later copies match. */
  readonly storyEvents = new Map<number, { id: number; mergeKey: string }[]>();
  private readonly counts = new Map<number, Counts>();
  private readonly dyads = new Map<string, DyadSum>();
  private readonly versions = new Map<string, { layer: string; version: string; n: number }>();

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

  version(layer: string, version: string): void {
    const key = `${layer}\n${version}`;
    const had = this.versions.get(key);
    if (had) had.n++;
    else this.versions.set(key, { layer, version, n: 1 });
  }

  async flush(db: Queryable, now: string): Promise<void> {
    if (this.mentions.length) {
      await db.query(`INSERT INTO entity_mentions (article_id, actor_id, type, text, start, "end", how)
        SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::int[], $6::int[], $7::text[])`, columns(this.mentions, 7));
    }
    if (this.sections.length) {
      await db.query('INSERT INTO sections (article_id, idx, heading, paragraphs) SELECT * FROM unnest($1::bigint[], $2::int[], $3::text[], $4::text[])', columns(this.sections, 4));
    }
    if (this.quotes.length) {
      const r = await db.query(`INSERT INTO quotes (article_id, idx, date, kind, text, start, "end", speaker_text, speaker_actor_id, cue_text)
        SELECT a, i, d, k, t, s, e, st, sa, c FROM unnest($1::bigint[], $2::int[], $3::text[], $4::text[], $5::text[], $6::int[], $7::int[], $8::text[], $9::bigint[], $10::text[])
        WITH ORDINALITY AS u(a, i, d, k, t, s, e, st, sa, c, o) ORDER BY o
        RETURNING id, article_id AS a, idx`, columns(this.quotes.map((q) => q.row), 10));
      const ids = new Map(r.rows.map((x) => [`${x.a}:${x.idx}`, x.id as number]));
      const about = this.quotes.flatMap((q) => q.about.map((actor) => [actor, ids.get(`${q.row[0]}:${q.row[1]}`)]));
      if (about.length) await db.query('INSERT INTO quote_about (actor_id, quote_id) SELECT * FROM unnest($1::bigint[], $2::bigint[]) ON CONFLICT DO NOTHING', columns(about, 2));
    }
    if (this.events.length) {
      await db.query(`INSERT INTO events (id, article_id, date, plover, cameo, mode, context, goldstein, quad_class, negated, source_actor_id, target_actor_id,
        source_country, target_country, source_text, target_text, trigger_text, sentence_text, merge_key, date_source, history, factuality, story_id)
        SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::float8[], $9::int[], $10::int[],
        $11::bigint[], $12::bigint[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[], $18::text[], $19::text[], $20::text[], $21::int[], $22::text[], $23::bigint[])`, columns(this.events, 23));
    }
    if (this.eventActors.length) {
      await db.query('INSERT INTO event_actors (event_id, role, idx, actor_id, text) SELECT * FROM unnest($1::bigint[], $2::text[], $3::int[], $4::bigint[], $5::text[])', columns(this.eventActors, 5));
    }
    if (this.eventMentions.length) {
      await db.query(`INSERT INTO event_mentions (event_id, article_id, idx, source, trigger_start, trigger_end, sentence_start, sentence_end)
        SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::int[], $4::text[], $5::int[], $6::int[], $7::int[], $8::int[])`, columns(this.eventMentions, 8));
    }
    if (this.recount.size) {
      await db.query(`UPDATE events e SET num_mentions = m.n, num_articles = m.a, num_sources = m.s FROM (
        SELECT event_id, COUNT(*) AS n, COUNT(DISTINCT article_id) AS a, COUNT(DISTINCT COALESCE(source, '#' || article_id)) AS s
        FROM event_mentions WHERE event_id = ANY($1::bigint[]) GROUP BY event_id) m WHERE e.id = m.event_id`, [[...this.recount].sort((x, y) => x - y)]);
    }
    // Rows in id order, so two writers could never lock the same rows in opposite orders.
    const counts = [...this.counts].sort((x, y) => x[0] - y[0]).map(([id, c]): Row => [id, c.mentions, c.articles, c.quotes, c.asSource, c.asTarget]);
    if (counts.length) {
      await db.query(`UPDATE actors a SET mentions = a.mentions + u.m, articles = a.articles + u.ar, quotes = a.quotes + u.q, as_source = a.as_source + u.s, as_target = a.as_target + u.t
        FROM unnest($1::bigint[], $2::int[], $3::int[], $4::int[], $5::int[], $6::int[]) AS u(id, m, ar, q, s, t) WHERE a.id = u.id`, columns(counts, 6));
    }
    const months = [...this.dyads.values()].sort((x, y) => x.s - y.s || x.t - y.t || (x.month < y.month ? -1 : 1));
    if (months.length) {
      await db.query(`INSERT INTO dyad_months AS x (source_actor_id, target_actor_id, month, n, q1, q2, q3, q4, g1, g2, g3, g4, gsum, gn)
        SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], ${sumParams(4)})
        ON CONFLICT (source_actor_id, target_actor_id, month) DO UPDATE SET ${SUMS}`, columns(months.map((d) => [d.s, d.t, d.month, ...sums(d)]), 14));
      const totals = new Map<string, DyadSum>();
      for (const m of months) {
        const t = totals.get(`${m.s}:${m.t}`);
        if (!t) {
          totals.set(`${m.s}:${m.t}`, { ...m, q: [...m.q], g: [...m.g] });
          continue;
        }
        t.n += m.n;
        m.q.forEach((v, i) => (t.q[i] += v));
        m.g.forEach((v, i) => (t.g[i] += v));
        t.gsum += m.gsum;
        t.gn += m.gn;
      }
      await db.query(`INSERT INTO dyad_totals AS x (source_actor_id, target_actor_id, n, q1, q2, q3, q4, g1, g2, g3, g4, gsum, gn)
        SELECT * FROM unnest($1::bigint[], $2::bigint[], ${sumParams(3)})
        ON CONFLICT (source_actor_id, target_actor_id) DO UPDATE SET ${SUMS}`, columns([...totals.values()].map((d) => [d.s, d.t, ...sums(d)]), 13));
    }
    const v = [...this.versions.values()];
    if (v.length) {
      await db.query(`INSERT INTO layer_versions AS x (layer, version, articles, first_seen, last_seen) SELECT l, v, n, $4::text, $4::text FROM unnest($1::text[], $2::text[], $3::int[]) AS u(l, v, n)
        ON CONFLICT (layer, version) DO UPDATE SET articles = x.articles + excluded.articles, last_seen = excluded.last_seen`,
        [v.map((x) => x.layer), v.map((x) => x.version), v.map((x) => x.n), now]);
    }
  }
}
