-- As the SQLite backend's 004-dates. Every article and event has a date and says where it came from. Articles: record, feed, metadata,
-- url, dateline or ingest (the ingest day, for an article that states none). Events: 'expression' (a
-- time expression in the sentence, resolved against the article day) or 'article'. An event dated
-- well before its article (history told in passing, "in 1999 X invaded Y") is marked history and
-- kept out of the dyad summaries and the event lists unless asked for.
ALTER TABLE articles ADD COLUMN date_source TEXT;
ALTER TABLE events ADD COLUMN date_source TEXT;
ALTER TABLE events ADD COLUMN history INTEGER NOT NULL DEFAULT 0;

-- Stores written before this: an undated article takes its ingest day, and its events the article's date.
UPDATE articles SET date_source = CASE WHEN date IS NULL THEN 'ingest' ELSE 'record' END, date = COALESCE(date, substr(created_at, 1, 10));
UPDATE events SET date_source = 'article', date = COALESCE(date, (SELECT a.date FROM articles a WHERE a.id = events.article_id));
UPDATE quotes SET date = (SELECT a.date FROM articles a WHERE a.id = quotes.article_id) WHERE date IS NULL;

-- The summaries had a '0000-00' month for undated events: rebuilt from the events, now all dated.
DELETE FROM dyad_months;
INSERT INTO dyad_months (source_actor_id, target_actor_id, month, n, q1, q2, q3, q4, g1, g2, g3, g4, gsum, gn)
  SELECT source_actor_id, target_actor_id, substr(date, 1, 7), COUNT(*),
    SUM(CASE WHEN quad_class = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN quad_class = 2 THEN 1 ELSE 0 END),
    SUM(CASE WHEN quad_class = 3 THEN 1 ELSE 0 END), SUM(CASE WHEN quad_class = 4 THEN 1 ELSE 0 END),
    SUM(CASE WHEN quad_class = 1 THEN COALESCE(goldstein, 0) ELSE 0 END), SUM(CASE WHEN quad_class = 2 THEN COALESCE(goldstein, 0) ELSE 0 END),
    SUM(CASE WHEN quad_class = 3 THEN COALESCE(goldstein, 0) ELSE 0 END), SUM(CASE WHEN quad_class = 4 THEN COALESCE(goldstein, 0) ELSE 0 END),
    SUM(COALESCE(goldstein, 0)), COUNT(goldstein)
  FROM events WHERE negated = 0 AND source_actor_id IS NOT NULL AND target_actor_id IS NOT NULL
  GROUP BY source_actor_id, target_actor_id, substr(date, 1, 7);
DELETE FROM dyad_totals;
INSERT INTO dyad_totals (source_actor_id, target_actor_id, n, q1, q2, q3, q4, g1, g2, g3, g4, gsum, gn)
  SELECT source_actor_id, target_actor_id, SUM(n), SUM(q1), SUM(q2), SUM(q3), SUM(q4), SUM(g1), SUM(g2), SUM(g3), SUM(g4), SUM(gsum), SUM(gn)
  FROM dyad_months GROUP BY source_actor_id, target_actor_id;

-- History is left out of event lists by default: in the covering indexes with negated, so a page is
-- still read from the index alone.
DROP INDEX events_src_actor;
DROP INDEX events_tgt_actor;
DROP INDEX events_src_date;
DROP INDEX events_tgt;
CREATE INDEX events_src_actor ON events(source_actor_id, date DESC NULLS LAST, negated, history);
CREATE INDEX events_tgt_actor ON events(target_actor_id, date DESC NULLS LAST, negated, history);
CREATE INDEX events_src_date ON events(source_country, date DESC NULLS LAST, negated, history);
CREATE INDEX events_tgt ON events(target_country, date DESC NULLS LAST, negated, history);
