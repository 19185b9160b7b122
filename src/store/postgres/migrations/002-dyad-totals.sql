-- As the SQLite backend's 002: per directed pair totals over all months, kept on write next to
-- dyad_months, so `dyad dyads` without a date range reads the top pairs from an index; and events by
-- source country alone, newest first.

CREATE TABLE dyad_totals (
  source_actor_id BIGINT NOT NULL,
  target_actor_id BIGINT NOT NULL,
  n INTEGER NOT NULL,
  q1 INTEGER NOT NULL, q2 INTEGER NOT NULL, q3 INTEGER NOT NULL, q4 INTEGER NOT NULL,
  g1 DOUBLE PRECISION NOT NULL, g2 DOUBLE PRECISION NOT NULL, g3 DOUBLE PRECISION NOT NULL, g4 DOUBLE PRECISION NOT NULL,
  gsum DOUBLE PRECISION NOT NULL,
  gn INTEGER NOT NULL,
  PRIMARY KEY (source_actor_id, target_actor_id)
);
CREATE INDEX dyad_totals_n ON dyad_totals(n DESC);
CREATE INDEX dyad_totals_target ON dyad_totals(target_actor_id);

INSERT INTO dyad_totals
  SELECT source_actor_id, target_actor_id, SUM(n), SUM(q1), SUM(q2), SUM(q3), SUM(q4), SUM(g1), SUM(g2), SUM(g3), SUM(g4), SUM(gsum), SUM(gn)
  FROM dyad_months GROUP BY source_actor_id, target_actor_id;

CREATE INDEX events_src_date ON events(source_country, date DESC NULLS LAST);
