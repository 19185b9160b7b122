-- Syndicated copies in time linear in their number (as SQLite's 006): each event names its story (the
-- root article of the copies that report it), so a new copy finds the story's events by index instead
-- of through the mentions of every earlier copy.
ALTER TABLE events ADD COLUMN story_id BIGINT;
UPDATE events e SET story_id = COALESCE(a.copy_of, a.id) FROM articles a WHERE a.id = e.article_id;
CREATE INDEX events_story ON events(story_id);
CREATE INDEX event_mentions_source ON event_mentions(event_id, source);
