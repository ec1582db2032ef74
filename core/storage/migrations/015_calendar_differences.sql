-- MentorDesk schema version 15: events edited on the mentor's CalDAV server.
--
-- When a published event was changed or deleted on the server (another
-- calendar app, the phone), MentorDesk does not overwrite it: each change is
-- recorded here as a difference, for the mentor to accept into MentorDesk or
-- to overwrite from MentorDesk. Like the other calendar_ tables, these rows
-- describe this workspace's link to one server and are never exported.

-- What MentorDesk last put on the server, so that a later change there can be
-- told from a change made in MentorDesk, and an unchanged object is not sent
-- again (connecting again re-queues every object).
ALTER TABLE calendar_published ADD COLUMN published_ics TEXT NOT NULL DEFAULT '';

-- One difference per session (or per object, session_id 0, when the whole
-- event was deleted on the server or changed without touching any session's
-- time). server_etag is the ETag the server object had when it was read: the
-- mentor's choice is written with If-Match on it.
CREATE TABLE calendar_differences (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    object_key TEXT NOT NULL,            -- 'series:<id>' or 'session:<id>'
    session_id INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL CHECK (kind IN ('moved', 'cancelled', 'deleted', 'edited')),
    server_start_utc TEXT,               -- for 'moved': the times on the server
    server_end_utc TEXT,
    server_etag TEXT NOT NULL DEFAULT '',
    found_utc TEXT NOT NULL,
    UNIQUE (object_key, session_id)
);

-- A session or series deleted in MentorDesk takes its differences with it.
CREATE TRIGGER calendar_differences_session_removed AFTER DELETE ON sessions
BEGIN
    DELETE FROM calendar_differences
    WHERE session_id = OLD.id OR object_key = 'session:' || OLD.id;
END;

CREATE TRIGGER calendar_differences_series_removed AFTER DELETE ON session_series
BEGIN
    DELETE FROM calendar_differences WHERE object_key = 'series:' || OLD.id;
END;
