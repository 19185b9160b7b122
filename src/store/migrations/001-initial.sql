-- The first schema: articles and their layers, actors, quotes, events with their mentions across
-- syndicated copies, a per-month dyad summary kept on write, and FTS5 over article text and quotes.

CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  record_id TEXT NOT NULL,
  -- identity: the canonical URL, or 'sha256:<hash>' for a record without one
  ident TEXT NOT NULL UNIQUE,
  source TEXT,
  url TEXT,
  canonical_url TEXT,
  content_hash TEXT NOT NULL,
  date TEXT,
  title TEXT,
  origin TEXT,
  copy_of INTEGER REFERENCES articles(id),
  body TEXT NOT NULL,      -- clean body text (contract article.text), searched by FTS
  doc_text TEXT,           -- the text offsets point into, when it differs from body
  contract TEXT NOT NULL,  -- contract JSON without article.text
  provenance TEXT NOT NULL,
  minhash BLOB,
  created_at TEXT NOT NULL
);
CREATE INDEX articles_hash ON articles(content_hash);
CREATE INDEX articles_date ON articles(date);
CREATE INDEX articles_copy ON articles(copy_of);

-- LSH bands of each article's MinHash signature: candidates for near-duplicates.
CREATE TABLE minhash_bands (
  band INTEGER NOT NULL,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  PRIMARY KEY (band, article_id)
) WITHOUT ROWID;

CREATE TABLE sections (
  article_id INTEGER NOT NULL REFERENCES articles(id),
  idx INTEGER NOT NULL,
  heading TEXT,
  paragraphs TEXT NOT NULL, -- JSON [{start,end}]
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

CREATE TABLE actors (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  country TEXT,
  sector TEXT,
  dict_id TEXT,
  -- counters kept on write, so listing actors never scans the mentions
  mentions INTEGER NOT NULL DEFAULT 0,
  articles INTEGER NOT NULL DEFAULT 0,
  quotes INTEGER NOT NULL DEFAULT 0,
  as_source INTEGER NOT NULL DEFAULT 0,
  as_target INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX actors_country ON actors(country);
CREATE INDEX actors_mentions ON actors(mentions DESC);

CREATE TABLE entity_mentions (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  actor_id INTEGER REFERENCES actors(id),
  type TEXT NOT NULL,
  text TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  how TEXT
);
CREATE INDEX mentions_article ON entity_mentions(article_id);
CREATE INDEX mentions_actor ON entity_mentions(actor_id, article_id);

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  idx INTEGER NOT NULL,
  date TEXT,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  speaker_text TEXT,
  speaker_actor_id INTEGER REFERENCES actors(id),
  cue_text TEXT
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_actor_id, date);
CREATE INDEX quotes_date ON quotes(date);

CREATE TABLE quote_about (
  actor_id INTEGER NOT NULL REFERENCES actors(id),
  quote_id INTEGER NOT NULL REFERENCES quotes(id),
  PRIMARY KEY (actor_id, quote_id)
) WITHOUT ROWID;
CREATE INDEX quote_about_quote ON quote_about(quote_id);

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  date TEXT,
  plover TEXT NOT NULL,
  cameo TEXT,
  mode TEXT,
  context TEXT,
  goldstein REAL,
  quad_class INTEGER,
  negated INTEGER NOT NULL DEFAULT 0,
  source_actor_id INTEGER REFERENCES actors(id),
  target_actor_id INTEGER REFERENCES actors(id),
  source_country TEXT,
  target_country TEXT,
  source_text TEXT,
  target_text TEXT,
  trigger_text TEXT,
  sentence_text TEXT,
  merge_key TEXT NOT NULL,
  num_mentions INTEGER NOT NULL DEFAULT 1,
  num_sources INTEGER NOT NULL DEFAULT 1,
  num_articles INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_src ON events(source_country, target_country, date);
CREATE INDEX events_tgt ON events(target_country, date);
CREATE INDEX events_src_actor ON events(source_actor_id, date);
CREATE INDEX events_tgt_actor ON events(target_actor_id, date);
CREATE INDEX events_plover ON events(plover, date);

-- Every actor of an event (an event may have several sources or targets).
CREATE TABLE event_actors (
  event_id INTEGER NOT NULL REFERENCES events(id),
  role TEXT NOT NULL, -- 'source' | 'target'
  idx INTEGER NOT NULL,
  actor_id INTEGER REFERENCES actors(id),
  text TEXT,
  PRIMARY KEY (event_id, role, idx)
) WITHOUT ROWID;

-- Each report of an event in an article; syndicated copies add mentions to the same event.
CREATE TABLE event_mentions (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES events(id),
  article_id INTEGER NOT NULL REFERENCES articles(id),
  idx INTEGER NOT NULL, -- index in the article's contract events
  source TEXT,
  trigger_start INTEGER,
  trigger_end INTEGER,
  sentence_start INTEGER,
  sentence_end INTEGER
);
CREATE INDEX event_mentions_event ON event_mentions(event_id);
CREATE INDEX event_mentions_article ON event_mentions(article_id, idx);

-- Per directed actor pair and month, kept on write so `dyad dyads` never scans the events.
CREATE TABLE dyad_months (
  source_actor_id INTEGER NOT NULL,
  target_actor_id INTEGER NOT NULL,
  month TEXT NOT NULL,
  n INTEGER NOT NULL,
  q1 INTEGER NOT NULL, q2 INTEGER NOT NULL, q3 INTEGER NOT NULL, q4 INTEGER NOT NULL,
  -- Goldstein sums per quad class, and over all events with a score (gn of them)
  g1 REAL NOT NULL, g2 REAL NOT NULL, g3 REAL NOT NULL, g4 REAL NOT NULL,
  gsum REAL NOT NULL,
  gn INTEGER NOT NULL,
  PRIMARY KEY (source_actor_id, target_actor_id, month)
) WITHOUT ROWID;
CREATE INDEX dyad_months_target ON dyad_months(target_actor_id);
CREATE INDEX dyad_months_month ON dyad_months(month);

-- Which stage and data versions made the stored layers, with article counts.
CREATE TABLE layer_versions (
  layer TEXT NOT NULL,
  version TEXT NOT NULL,
  articles INTEGER NOT NULL,
  first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL,
  PRIMARY KEY (layer, version)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
