-- What `dyad watch` knows of each source it follows (a feed, a page, a folder), so a restart resumes:
-- the validators of the last answer (conditional GET), when it was last fetched and last gave
-- something new, counts, and the failures that set when it is next tried.
CREATE TABLE watch_sources (
  source TEXT PRIMARY KEY,
  first_fetch TEXT,
  last_fetch TEXT,
  last_ok TEXT,
  last_new TEXT,
  last_status TEXT,
  etag TEXT,
  last_modified TEXT,
  items_seen INTEGER NOT NULL DEFAULT 0,
  items_added INTEGER NOT NULL DEFAULT 0,
  errors INTEGER NOT NULL DEFAULT 0,
  failures INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  next_due TEXT
);
