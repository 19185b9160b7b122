-- As the SQLite backend's 003: `negated` in the actor and country indexes, so a page of an event list
-- (negated events left out, newest first) is read from the index.
DROP INDEX events_src_actor;
DROP INDEX events_tgt_actor;
DROP INDEX events_src_date;
DROP INDEX events_tgt;
CREATE INDEX events_src_actor ON events(source_actor_id, date DESC NULLS LAST, negated);
CREATE INDEX events_tgt_actor ON events(target_actor_id, date DESC NULLS LAST, negated);
CREATE INDEX events_src_date ON events(source_country, date DESC NULLS LAST, negated);
CREATE INDEX events_tgt ON events(target_country, date DESC NULLS LAST, negated);
