-- Event lists filter out negated events and sort newest first: with `negated` in the actor and country
-- indexes, a page is read from the index alone, with no lookup of each skipped row in the table.
DROP INDEX events_src_actor;
DROP INDEX events_tgt_actor;
DROP INDEX events_src_date;
DROP INDEX events_tgt;
CREATE INDEX events_src_actor ON events(source_actor_id, date, negated);
CREATE INDEX events_tgt_actor ON events(target_actor_id, date, negated);
CREATE INDEX events_src_date ON events(source_country, date, negated);
CREATE INDEX events_tgt ON events(target_country, date, negated);
