-- MentorDesk schema version 1: mentee profiles and workspace-wide settings.
-- Times are ISO-8601 UTC text; booleans are 0/1 integers.

CREATE TABLE clients (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    full_name TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
    preferred_name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    time_zone TEXT NOT NULL DEFAULT '',
    referral_source TEXT NOT NULL DEFAULT '',
    background TEXT NOT NULL DEFAULT '',
    strengths TEXT NOT NULL DEFAULT '',
    weaknesses TEXT NOT NULL DEFAULT '',
    aspirations TEXT NOT NULL DEFAULT '',
    keep_doing TEXT NOT NULL DEFAULT '',
    start_doing TEXT NOT NULL DEFAULT '',
    stop_doing TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '', -- newline separated
    status TEXT NOT NULL DEFAULT 'prospect'
        CHECK (status IN ('prospect', 'active', 'paused', 'former')),
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
);

CREATE INDEX clients_by_name ON clients (full_name COLLATE NOCASE);

-- Settings that belong to the workspace rather than to one computer (the
-- mentor's profile, business settings). Encrypted with everything else.
CREATE TABLE workspace_settings (
    key TEXT PRIMARY KEY NOT NULL,
    value BLOB
);
