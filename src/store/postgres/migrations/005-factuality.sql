-- How the article told each event (the coder's factuality): asserted, negated, future, conditional,
-- wished, history or claimed. Events that are not asserted are stored with negated = 1 as before, and
-- this column says which kind they are, so a user can ask for intended or claimed acts by name.
ALTER TABLE events ADD COLUMN factuality TEXT;
UPDATE events SET factuality = CASE WHEN history = 1 THEN 'history' WHEN negated = 1 THEN 'negated' ELSE 'asserted' END;
