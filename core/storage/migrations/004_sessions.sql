-- MentorDesk schema version 4: scheduling. Sessions, repeating series,
-- the mentor's availability and busy times imported from other calendars.
-- Times are ISO-8601 UTC text with milliseconds (comparable as text); a
-- session also keeps its wall-clock start and IANA time zone, which is what
-- the mentor chose and what daylight-saving changes must not move.

-- A repeating plan. Its occurrences are rows in `sessions` (series_id set);
-- skipped dates are the series' EXDATEs.
CREATE TABLE session_series (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    engagement_id INTEGER NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
    uid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('weekly', 'monthly_date', 'monthly_weekday')),
    repeat_interval INTEGER NOT NULL DEFAULT 1 CHECK (repeat_interval BETWEEN 1 AND 12),
    weekday_ordinal INTEGER NOT NULL DEFAULT 0 CHECK (weekday_ordinal BETWEEN -1 AND 5),
    repeat_count INTEGER NOT NULL DEFAULT 0 CHECK (repeat_count >= 0),
    until_date TEXT, -- YYYY-MM-DD in the series' zone; NULL when ending after a count
    first_start_local TEXT NOT NULL, -- YYYY-MM-DDTHH:MM:SS wall clock
    time_zone TEXT NOT NULL,
    first_start_utc TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
    format TEXT NOT NULL DEFAULT 'video' CHECK (format IN ('in_person', 'video', 'phone')),
    location TEXT NOT NULL DEFAULT '',
    agenda TEXT NOT NULL DEFAULT '',
    skipped_dates TEXT NOT NULL DEFAULT '', -- newline separated YYYY-MM-DD
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL,
    CHECK ((repeat_count > 0) <> (until_date IS NOT NULL))
);

CREATE INDEX session_series_by_engagement ON session_series (engagement_id);

CREATE TABLE sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    engagement_id INTEGER NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
    uid TEXT NOT NULL UNIQUE,
    start_local TEXT NOT NULL, -- YYYY-MM-DDTHH:MM:SS wall clock in time_zone
    time_zone TEXT NOT NULL,   -- IANA id
    start_utc TEXT NOT NULL,
    end_utc TEXT NOT NULL,     -- start + duration, for range queries
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
    format TEXT NOT NULL DEFAULT 'video' CHECK (format IN ('in_person', 'video', 'phone')),
    location TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held',
        'cancelled_client', 'cancelled_mentor', 'no_show')),
    agenda TEXT NOT NULL DEFAULT '',
    private_notes TEXT NOT NULL DEFAULT '',
    shareable_notes TEXT NOT NULL DEFAULT '',
    topics TEXT NOT NULL DEFAULT '',
    goal_progress TEXT NOT NULL DEFAULT '',
    agreed_actions TEXT NOT NULL DEFAULT '',
    next_steps TEXT NOT NULL DEFAULT '',
    series_id INTEGER REFERENCES session_series (id) ON DELETE CASCADE,
    occurrence_date TEXT, -- the date the series' rule gave it (RECURRENCE-ID)
    detached INTEGER NOT NULL DEFAULT 0 CHECK (detached IN (0, 1)),
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL,
    CHECK ((series_id IS NULL) = (occurrence_date IS NULL)),
    CHECK (start_utc < end_utc)
);

CREATE INDEX sessions_by_start ON sessions (start_utc);
CREATE INDEX sessions_by_engagement ON sessions (engagement_id, start_utc);
CREATE INDEX sessions_by_series ON sessions (series_id, occurrence_date);

-- Working hours per weekday (1 = Monday) in the mentor's zone; a weekday
-- without a row is not a working day.
CREATE TABLE working_hours (
    weekday INTEGER PRIMARY KEY CHECK (weekday BETWEEN 1 AND 7),
    start_time TEXT NOT NULL, -- HH:MM
    end_time TEXT NOT NULL,
    CHECK (start_time < end_time)
);

CREATE TABLE days_off (
    day TEXT PRIMARY KEY NOT NULL, -- YYYY-MM-DD
    note TEXT NOT NULL DEFAULT ''
);

-- Scheduling preferences of the workspace (buffer, the mentor's zone, the
-- auto-exported calendar file). Keys are fixed in the repositories.
CREATE TABLE scheduling_settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

-- Busy times expanded from an imported calendar file, replaced as a whole
-- when the same source is imported again.
CREATE TABLE busy_times (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    source TEXT NOT NULL,
    uid TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    start_utc TEXT NOT NULL,
    end_utc TEXT NOT NULL,
    all_day INTEGER NOT NULL DEFAULT 0 CHECK (all_day IN (0, 1)),
    imported_utc TEXT NOT NULL,
    CHECK (start_utc < end_utc)
);

CREATE INDEX busy_times_by_start ON busy_times (start_utc);
CREATE INDEX busy_times_by_source ON busy_times (source);
