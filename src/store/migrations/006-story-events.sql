-- Syndicated copies in time linear in their number: each event names its story (the root article of
-- the copies that report it), so a new copy finds the story's events by index instead of through the
-- mentions of every earlier copy; and a mention's outlet is looked up by (event, source), so an event's
-- source count moves on by one instead of being counted again over all its mentions.
ALTER TABLE events ADD COLUMN story_id INTEGER;
UPDATE events SET story_id = COALESCE((SELECT copy_of FROM articles a WHERE a.id = events.article_id), article_id);
CREATE INDEX events_story ON events(story_id);
CREATE INDEX event_mentions_source ON event_mentions(event_id, source);
