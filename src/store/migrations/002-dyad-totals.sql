-- Per directed pair totals over all months, kept on write next to dyad_months: `dyad dyads` without a
-- date range reads the top pairs straight from an index instead of summing every month of every pair.
-- And events by source country alone, newest first, without the target column in the way.

CREATE TABLE dyad_totals (
  source_actor_id INTEGER NOT NULL,
  target_actor_id INTEGER NOT NULL,
  n INTEGER NOT NULL,
  q1 INTEGER NOT NULL, q2 INTEGER NOT NULL, q3 INTEGER NOT NULL, q4 INTEGER NOT NULL,
  g1 REAL NOT NULL, g2 REAL NOT NULL, g3 REAL NOT NULL, g4 REAL NOT NULL,
  gsum REAL NOT NULL,
  gn INTEGER NOT NULL,
  PRIMARY KEY (source_actor_id, target_actor_id)
) WITHOUT ROWID;
CREATE INDEX dyad_totals_n ON dyad_totals(n DESC);
CREATE INDEX dyad_totals_target ON dyad_totals(target_actor_id);

INSERT INTO dyad_totals
  SELECT source_actor_id, target_actor_id, SUM(n), SUM(q1), SUM(q2), SUM(q3), SUM(q4), SUM(g1), SUM(g2), SUM(g3), SUM(g4), SUM(gsum), SUM(gn)
  FROM dyad_months GROUP BY source_actor_id, target_actor_id;

CREATE INDEX events_src_date ON events(source_country, date);
