// The write path: one transaction per batch. For each article: skip a known identity; else find a
// near-duplicate through the MinHash bands (a syndicated copy joins that story, and its events become
// extra mentions of the story's events); then write actors, mentions, quotes, events, the monthly dyad
// summary, FTS rows and layer versions.
import type Database from 'better-sqlite3';
import { flatten, type FlatEvent } from '../flatten.ts';
import { bands, COPY_THRESHOLD, COPY_WINDOW_DAYS, fromBlob, similarity, toBlob, withinWindow } from '../minhash.ts';
import { identity } from '../identity.ts';
import type { ArticleInput, WriteResult } from '../store.ts';


export function createWriter(db: Database.Database, opts: { copyWindowDays?: number } = {}) {
  const window = opts.copyWindowDays ?? COPY_WINDOW_DAYS;
  const q = {
    has: db.prepare('SELECT 1 FROM articles WHERE ident = ?').pluck(),
    article: db.prepare(`INSERT INTO articles (record_id, ident, source, url, canonical_url, content_hash, date, date_source, title, origin, copy_of, body, doc_text, contract, provenance, minhash, created_at)
      VALUES (@recordId, @ident, @source, @url, @canonicalUrl, @contentHash, @date, @dateSource, @title, @origin, @copyOf, @body, @docText, @contract, @provenance, @minhash, @createdAt)`),
    fts: db.prepare('INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)'),
    band: db.prepare('INSERT OR IGNORE INTO minhash_bands (band, article_id) VALUES (?, ?)'),
    candidates: db.prepare('SELECT b.article_id AS id, a.minhash AS sig, a.copy_of AS copyOf, a.date FROM minhash_bands b JOIN articles a ON a.id = b.article_id WHERE b.band = ? ORDER BY b.article_id'),
    section: db.prepare('INSERT INTO sections (article_id, idx, heading, paragraphs) VALUES (?, ?, ?, ?)'),
    actorGet: db.prepare('SELECT id, dict_id AS dictId FROM actors WHERE key = ?'),
    actorAdd: db.prepare('INSERT INTO actors (key, name, country, sector, dict_id) VALUES (?, ?, ?, ?, ?)'),
    actorFix: db.prepare('UPDATE actors SET name = ?, country = ?, sector = ?, dict_id = ? WHERE id = ?'),
    actorCountry: db.prepare('UPDATE actors SET country = ?, sector = COALESCE(sector, ?) WHERE id = ? AND country IS NULL AND dict_id IS NULL'),
    mention: db.prepare('INSERT INTO entity_mentions (article_id, actor_id, type, text, start, "end", how) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    quote: db.prepare('INSERT INTO quotes (article_id, idx, date, kind, text, start, "end", speaker_text, speaker_actor_id, cue_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    quoteFts: db.prepare('INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)'),
    about: db.prepare('INSERT OR IGNORE INTO quote_about (actor_id, quote_id) VALUES (?, ?)'),
    event: db.prepare(`INSERT INTO events (article_id, date, date_source, history, plover, cameo, mode, context, goldstein, quad_class, negated, source_actor_id, target_actor_id,
      source_country, target_country, source_text, target_text, trigger_text, sentence_text, merge_key, factuality, story_id)
      VALUES (@articleId, @date, @dateSource, @history, @plover, @cameo, @mode, @context, @goldstein, @quadClass, @negated, @sourceActor, @targetActor,
      @sourceCountry, @targetCountry, @sourceText, @targetText, @triggerText, @sentenceText, @mergeKey, @factuality, @storyId)`),
    eventActor: db.prepare('INSERT INTO event_actors (event_id, role, idx, actor_id, text) VALUES (?, ?, ?, ?, ?)'),
    eventMention: db.prepare('INSERT INTO event_mentions (event_id, article_id, idx, source, trigger_start, trigger_end, sentence_start, sentence_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    storyEvents: db.prepare('SELECT id, merge_key AS mergeKey FROM events WHERE story_id = ? ORDER BY id'),
    sourceSeen: db.prepare('SELECT 1 FROM event_mentions WHERE event_id = ? AND source = ? LIMIT 1').pluck(),
    // A copy's mention is one more mention in one more article, and one more source if its outlet is new.
    bump: db.prepare('UPDATE events SET num_mentions = num_mentions + 1, num_articles = num_articles + 1, num_sources = num_sources + @newSource WHERE id = @id'),
    dyad: db.prepare(`INSERT INTO dyad_months (source_actor_id, target_actor_id, month, n, q1, q2, q3, q4, g1, g2, g3, g4, gsum, gn)
      VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT DO UPDATE SET n = n + 1, q1 = q1 + excluded.q1, q2 = q2 + excluded.q2, q3 = q3 + excluded.q3, q4 = q4 + excluded.q4,
      g1 = g1 + excluded.g1, g2 = g2 + excluded.g2, g3 = g3 + excluded.g3, g4 = g4 + excluded.g4, gsum = gsum + excluded.gsum, gn = gn + excluded.gn`),
    dyadTotal: db.prepare(`INSERT INTO dyad_totals (source_actor_id, target_actor_id, n, q1, q2, q3, q4, g1, g2, g3, g4, gsum, gn)
      VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT DO UPDATE SET n = n + 1, q1 = q1 + excluded.q1, q2 = q2 + excluded.q2, q3 = q3 + excluded.q3, q4 = q4 + excluded.q4,
      g1 = g1 + excluded.g1, g2 = g2 + excluded.g2, g3 = g3 + excluded.g3, g4 = g4 + excluded.g4, gsum = gsum + excluded.gsum, gn = gn + excluded.gn`),
    count: db.prepare(`UPDATE actors SET mentions = mentions + @mentions, articles = articles + 1, quotes = quotes + @quotes,
      as_source = as_source + @asSource, as_target = as_target + @asTarget WHERE id = @id`),
    version: db.prepare(`INSERT INTO layer_versions (layer, version, articles, first_seen, last_seen) VALUES (?, ?, 1, ?, ?)
      ON CONFLICT DO UPDATE SET articles = articles + 1, last_seen = excluded.last_seen`),
  };
  // key -> [id, whether the stored row already has its dictionary entry]
  const actorIds = new Map<string, [number, boolean]>();
  // Unknown actors ("~name") whose stored row has a country, or was just given one.
  const withCountry = new Set<string>();
  /** An unknown person stored before any article gave a country takes the first country a later one gives. */
  function fillCountry(key: string, id: number, a: { country: string | null; sector: string | null; dictId: string | null } | undefined): void {
    if (!a?.country || a.dictId || key[0] !== '~' || withCountry.has(key)) return;
    q.actorCountry.run(a.country, a.sector, id);
    withCountry.add(key);
  }

  function actorId(key: string | null, a?: { name: string; country: string | null; sector: string | null; dictId: string | null }): number | null {
    if (!key) return null;
    const cached = actorIds.get(key);
    if (cached !== undefined && (cached[1] || !a?.dictId)) {
      fillCountry(key, cached[0], a);
      return cached[0];
    }
    const row = q.actorGet.get(key) as { id: number; dictId: string | null } | undefined;
    let id: number;
    if (row) {
      id = row.id;
      if (a?.dictId && !row.dictId) q.actorFix.run(a.name, a.country, a.sector, a.dictId, id);
    } else {
      id = Number(q.actorAdd.run(key, a?.name ?? key, a?.country ?? null, a?.sector ?? null, a?.dictId ?? null).lastInsertRowid);
    }
    actorIds.set(key, [id, Boolean(row?.dictId || a?.dictId)]);
    if (row) fillCountry(key, id, a);
    return id;
  }

  /** The story this article is a copy of (its root article id), or null: near-identical and within the window. */
  function findStory(sig: number[], bandKeys: number[], date: string | null): number | null {
    const seen = new Set<number>();
    for (const b of bandKeys) {
      for (const c of q.candidates.iterate(b) as Iterable<{ id: number; sig: Buffer | null; copyOf: number | null; date: string | null }>) {
        if (seen.has(c.id) || !c.sig) continue;
        seen.add(c.id);
        if (!withinWindow(date, c.date, window)) continue;
        // The first match ends the scan (iterate, not all): a story's root comes first in its bands, so
        // the Nth copy of a story reads one candidate, not the N - 1 before it.
        if (similarity(sig, fromBlob(c.sig)) >= COPY_THRESHOLD) return c.copyOf ?? c.id;
      }
    }
    return null;
  }

  function writeEvent(e: FlatEvent, articleId: number, storyId: number, articleDate: string | null, now: string, a: ReturnType<typeof flatten>['actors']): number {
    const date = e.date ?? articleDate ?? now.slice(0, 10);
    const src = e.sources[0]?.actor ?? null;
    const tgt = e.targets[0]?.actor ?? null;
    const sourceActor = actorId(src, src ? a.get(src) : undefined);
    const targetActor = actorId(tgt, tgt ? a.get(tgt) : undefined);
    const id = Number(q.event.run({
      articleId, date, dateSource: e.dateSource, history: e.history ? 1 : 0, plover: e.plover, cameo: e.cameo, mode: e.mode, context: e.context, goldstein: e.goldstein, quadClass: e.quadClass,
      negated: e.negated ? 1 : 0, sourceActor, targetActor, sourceCountry: e.sourceCountry, targetCountry: e.targetCountry,
      sourceText: e.sources[0]?.text ?? null, targetText: e.targets[0]?.text ?? null, triggerText: e.trigger.text, sentenceText: e.sentence.text, mergeKey: e.mergeKey, factuality: e.factuality, storyId,
    }).lastInsertRowid);
    for (const [role, list] of [['source', e.sources], ['target', e.targets]] as const) {
      list.forEach((x, i) => q.eventActor.run(id, role, i, actorId(x.actor, x.actor ? a.get(x.actor) : undefined), x.text));
    }
    if (!e.negated && !e.history && sourceActor !== null && targetActor !== null) {
      const quad = [1, 2, 3, 4].map((k) => (e.quadClass === k ? 1 : 0));
      const g = quad.map((x) => x * (e.goldstein ?? 0));
      q.dyad.run(sourceActor, targetActor, date.slice(0, 7), ...quad, ...g, e.goldstein ?? 0, e.goldstein === null ? 0 : 1);
      q.dyadTotal.run(sourceActor, targetActor, ...quad, ...g, e.goldstein ?? 0, e.goldstein === null ? 0 : 1);
    }
    return id;
  }

  function writeOne(input: ArticleInput, res: WriteResult, now: string): void {
    const ident = identity(input);
    if (q.has.get(ident)) {
      res.skipped++;
      return;
    }
    const c = input.contract;
    const bandKeys = input.minhash.length ? bands(input.minhash) : [];
    const date = c.article.date ?? now.slice(0, 10);
    const story = bandKeys.length ? findStory(input.minhash, bandKeys, date) : null;
    const { text: body, ...articleRest } = c.article;
    const articleId = Number(q.article.run({
      recordId: c.id, ident, source: input.source, url: input.url, canonicalUrl: input.canonicalUrl, contentHash: input.contentHash, date,
      dateSource: c.article.dateSource ?? (c.article.date ? 'record' : 'ingest'),
      title: c.article.title, origin: input.origin, copyOf: story, body, docText: input.text === body ? null : input.text,
      contract: JSON.stringify({ ...c, article: articleRest }), provenance: JSON.stringify(input.provenance),
      minhash: input.minhash.length ? toBlob(input.minhash) : null, createdAt: now,
    }).lastInsertRowid);
    q.fts.run(articleId, c.article.title ?? '', body);
    for (const b of bandKeys) q.band.run(b, articleId);
    (c.article.sections ?? []).forEach((s, i) => q.section.run(articleId, i, s.heading, JSON.stringify(s.paragraphs)));
    for (const [layer, version] of Object.entries(input.provenance)) q.version.run(layer, version, now, now);

    const flat = flatten(input);
    const counts = new Map<string, { mentions: number; quotes: number; asSource: number; asTarget: number }>();
    for (const [key, a] of flat.actors) {
      actorId(key, a);
      counts.set(key, { mentions: 0, quotes: 0, asSource: 0, asTarget: 0 });
    }
    for (const m of flat.mentions) if (m.actor) counts.get(m.actor)!.mentions++;
    for (const qt of flat.quotes) if (qt.speaker) counts.get(qt.speaker)!.quotes++;
    for (const m of flat.mentions) q.mention.run(articleId, actorId(m.actor), m.type, m.text, m.start, m.end, m.how);
    for (const qt of flat.quotes) {
      const qid = Number(q.quote.run(articleId, qt.idx, date, qt.kind, qt.text, qt.start, qt.end, qt.speakerText, actorId(qt.speaker), qt.cue).lastInsertRowid);
      q.quoteFts.run(qid, qt.text);
      for (const k of qt.about) q.about.run(actorId(k), qid);
    }

    // A copy's events are matched, in order, to the story's events with the same merge key.
    const pool = new Map<string, number[]>();
    if (story !== null) {
      for (const r of q.storyEvents.all(story) as { id: number; mergeKey: string }[]) {
        pool.set(r.mergeKey, [...(pool.get(r.mergeKey) ?? []), r.id]);
      }
      res.merged++;
    } else res.added++;
    for (const e of flat.events) {
      const match = pool.get(e.mergeKey)?.shift();
      if (match === undefined && !e.negated) {
        if (e.sources[0]?.actor) counts.get(e.sources[0].actor)!.asSource++;
        if (e.targets[0]?.actor) counts.get(e.targets[0].actor)!.asTarget++;
      }
      const eventId = match ?? writeEvent(e, articleId, story ?? articleId, date, now, flat.actors);
      if (match !== undefined) q.bump.run({ id: match, newSource: input.source === null || !q.sourceSeen.get(match, input.source) ? 1 : 0 });
      q.eventMention.run(eventId, articleId, e.idx, input.source, e.trigger.start, e.trigger.end, e.sentence.start, e.sentence.end);
      if (match !== undefined) {
        res.mentions++;
      } else res.events++;
    }
    for (const [key, n] of counts) q.count.run({ id: actorId(key), ...n });
  }

  const writeBatch = db.transaction((batch: ArticleInput[]) => {
    const res: WriteResult = { added: 0, merged: 0, skipped: 0, events: 0, mentions: 0 };
    const now = new Date().toISOString();
    for (const input of batch) writeOne(input, res, now);
    return res;
  });

  return {
    has: (k: { canonicalUrl: string | null; contentHash: string }) => Boolean(q.has.get(identity(k))),
    write: (batch: ArticleInput[]): WriteResult => {
      try {
        return writeBatch(batch);
      } catch (e) {
        actorIds.clear(); // rolled back: cached ids may no longer exist
        withCountry.clear();
        throw e;
      }
    },
  };
}
