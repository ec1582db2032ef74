-- MentorDesk schema version 6: range queries bounded on both sides.
--
-- "Which sessions overlap this week" was `end_utc > :from AND start_utc <
-- :to`, an index range with no lower end: it read every session since the
-- first one. A session lasts at most Session::kMaxDurationMinutes (24 hours),
-- so one that overlaps the window starts less than that before it, and the
-- query becomes `start_utc > :from - 24h AND start_utc < :to AND end_utc >
-- :from`: a bounded search of sessions_by_start. The service has refused
-- longer sessions since schema 4; these triggers keep the bound true for
-- every writer, whatever program it is.
CREATE TRIGGER sessions_at_most_a_day_insert BEFORE INSERT ON sessions
WHEN NEW.duration_minutes > 1440
BEGIN
    SELECT RAISE(ABORT, 'a session lasts at most 24 hours');
END;

CREATE TRIGGER sessions_at_most_a_day_update BEFORE UPDATE OF duration_minutes ON sessions
WHEN NEW.duration_minutes > 1440
BEGIN
    SELECT RAISE(ABORT, 'a session lasts at most 24 hours');
END;

-- Busy times come from other calendars and may last days (a holiday, a
-- conference), so they have no fixed maximum: each keeps its length, and the
-- index on it gives the longest one in a single lookup. A window's busy times
-- are then `start_utc > :from - longest AND start_utc < :to AND end_utc >
-- :from`, bounded by the longest busy time actually stored.
ALTER TABLE busy_times ADD COLUMN duration_seconds INTEGER NOT NULL DEFAULT 0;
UPDATE busy_times
SET duration_seconds = CAST(round((julianday(end_utc) - julianday(start_utc)) * 86400) AS INTEGER) + 1;
CREATE INDEX busy_times_by_duration ON busy_times (duration_seconds);

-- Lists in the order they are shown, straight from an index: the CLI writes
-- them row by row as they are read, and a sort of every row (held in memory,
-- temp_store = MEMORY) would make its memory grow with the years. The
-- expression is the list's ORDER BY (drafts, without an issue date, last).
CREATE INDEX invoices_in_list_order ON invoices (issue_date IS NULL, issue_date, number_seq);
CREATE INDEX payments_by_date ON payments (received_on);
