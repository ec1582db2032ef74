-- MentorDesk schema version 14: the mentor's CalDAV calendar account, what
-- MentorDesk published there, and the changes still to send.
--
-- The server password is kept here, inside the encrypted database, and
-- nowhere else (not in the sidecar, the settings or any file). None of these
-- tables is exported: they describe this workspace's link to one server, and
-- an imported workspace connects again.

-- At most one account (id 1).
CREATE TABLE calendar_account (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    server_url TEXT NOT NULL,
    user_name TEXT NOT NULL,
    password BLOB NOT NULL,
    calendar_home_url TEXT NOT NULL DEFAULT '',
    calendar_url TEXT NOT NULL,        -- the calendar MentorDesk publishes to
    summary_uses_preferred_name INTEGER NOT NULL DEFAULT 0
        CHECK (summary_uses_preferred_name IN (0, 1)),
    -- Busy times from the other calendars keep their titles only when the
    -- mentor allows it; otherwise they read "Busy".
    busy_titles_shown INTEGER NOT NULL DEFAULT 0 CHECK (busy_titles_shown IN (0, 1)),
    sync_token TEXT NOT NULL DEFAULT '', -- RFC 6578, of the published calendar
    connected_utc TEXT NOT NULL,
    last_sync_utc TEXT,                -- the last sync that reached the server
    last_error TEXT NOT NULL DEFAULT '' -- what the last sync could not do, in words
);

-- The mentor's other calendars on the same server, read as busy times.
CREATE TABLE calendar_busy_sources (
    url TEXT PRIMARY KEY NOT NULL,
    display_name TEXT NOT NULL DEFAULT ''
);

-- What is on the server: one calendar object per series ('series:<id>') or
-- single session ('session:<id>'), with the ETag it had when MentorDesk
-- last wrote or read it.
CREATE TABLE calendar_published (
    object_key TEXT PRIMARY KEY NOT NULL,
    href TEXT NOT NULL UNIQUE,
    uid TEXT NOT NULL,
    etag TEXT NOT NULL DEFAULT '',
    published_utc TEXT NOT NULL
);

-- Objects to send (publish, update or remove) on the next sync. A change
-- replaces the pending row of its object (a new id), so a sync that read the
-- object before the change does not take the row away when it finishes.
CREATE TABLE calendar_outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    object_key TEXT NOT NULL UNIQUE,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT ''
);

-- The outbox is filled by the database itself, in the unit of work of the
-- change, whichever program made it: nothing is lost while the server is
-- away or when the CLI changed a session. Only what a published event shows
-- counts (times, format, status, series); notes and summaries do not.
CREATE TRIGGER calendar_outbox_session_added AFTER INSERT ON sessions
WHEN EXISTS (SELECT 1 FROM calendar_account)
BEGIN
    INSERT OR REPLACE INTO calendar_outbox (object_key) VALUES (
        CASE WHEN NEW.series_id IS NULL THEN 'session:' || NEW.id
             ELSE 'series:' || NEW.series_id END);
END;

-- (Compared value by value: the repositories write every column of a row.)
CREATE TRIGGER calendar_outbox_session_changed AFTER UPDATE ON sessions
WHEN EXISTS (SELECT 1 FROM calendar_account)
    AND (OLD.engagement_id IS NOT NEW.engagement_id OR OLD.uid IS NOT NEW.uid
         OR OLD.start_local IS NOT NEW.start_local OR OLD.time_zone IS NOT NEW.time_zone
         OR OLD.start_utc IS NOT NEW.start_utc OR OLD.end_utc IS NOT NEW.end_utc
         OR OLD.duration_minutes IS NOT NEW.duration_minutes OR OLD.format IS NOT NEW.format
         OR OLD.status IS NOT NEW.status OR OLD.series_id IS NOT NEW.series_id
         OR OLD.occurrence_date IS NOT NEW.occurrence_date)
BEGIN
    INSERT OR REPLACE INTO calendar_outbox (object_key) VALUES (
        CASE WHEN OLD.series_id IS NULL THEN 'session:' || OLD.id
             ELSE 'series:' || OLD.series_id END);
    INSERT OR REPLACE INTO calendar_outbox (object_key) VALUES (
        CASE WHEN NEW.series_id IS NULL THEN 'session:' || NEW.id
             ELSE 'series:' || NEW.series_id END);
END;

CREATE TRIGGER calendar_outbox_session_removed AFTER DELETE ON sessions
WHEN EXISTS (SELECT 1 FROM calendar_account)
BEGIN
    INSERT OR REPLACE INTO calendar_outbox (object_key) VALUES (
        CASE WHEN OLD.series_id IS NULL THEN 'session:' || OLD.id
             ELSE 'series:' || OLD.series_id END);
END;

CREATE TRIGGER calendar_outbox_series_added AFTER INSERT ON session_series
WHEN EXISTS (SELECT 1 FROM calendar_account)
BEGIN
    INSERT OR REPLACE INTO calendar_outbox (object_key) VALUES ('series:' || NEW.id);
END;

CREATE TRIGGER calendar_outbox_series_changed AFTER UPDATE ON session_series
WHEN EXISTS (SELECT 1 FROM calendar_account)
    AND (OLD.engagement_id IS NOT NEW.engagement_id OR OLD.uid IS NOT NEW.uid
         OR OLD.kind IS NOT NEW.kind OR OLD.repeat_interval IS NOT NEW.repeat_interval
         OR OLD.weekday_ordinal IS NOT NEW.weekday_ordinal
         OR OLD.repeat_count IS NOT NEW.repeat_count OR OLD.until_date IS NOT NEW.until_date
         OR OLD.first_start_local IS NOT NEW.first_start_local
         OR OLD.time_zone IS NOT NEW.time_zone OR OLD.first_start_utc IS NOT NEW.first_start_utc
         OR OLD.duration_minutes IS NOT NEW.duration_minutes OR OLD.format IS NOT NEW.format
         OR OLD.skipped_dates IS NOT NEW.skipped_dates)
BEGIN
    INSERT OR REPLACE INTO calendar_outbox (object_key) VALUES ('series:' || NEW.id);
END;

CREATE TRIGGER calendar_outbox_series_removed AFTER DELETE ON session_series
WHEN EXISTS (SELECT 1 FROM calendar_account)
BEGIN
    INSERT OR REPLACE INTO calendar_outbox (object_key) VALUES ('series:' || OLD.id);
END;
