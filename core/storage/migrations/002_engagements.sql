-- MentorDesk schema version 2: the five-stage engagement pipeline.
-- Keys in CHECK constraints are the fixed storage keys of core/pipeline/PipelineKeys.cpp.
-- Times are ISO-8601 UTC text, dates ISO-8601 (YYYY-MM-DD); booleans 0/1.

CREATE TABLE engagements (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    start_date TEXT NOT NULL,
    profile_notes TEXT NOT NULL DEFAULT '',
    planned_sessions INTEGER NOT NULL DEFAULT 0 CHECK (planned_sessions >= 0),
    cadence TEXT NOT NULL DEFAULT 'biweekly'
        CHECK (cadence IN ('weekly', 'biweekly', 'monthly')),
    format TEXT NOT NULL DEFAULT 'video'
        CHECK (format IN ('in_person', 'video', 'phone', 'mixed')),
    fee_note TEXT NOT NULL DEFAULT '',
    stage TEXT NOT NULL DEFAULT 'profile_agreement'
        CHECK (stage IN ('profile_agreement', 'needs', 'goals', 'action_plan', 'evaluation')),
    status TEXT NOT NULL DEFAULT 'active'
        CHECK (status IN ('active', 'maintenance', 'completed', 'closed_early')),
    outcome TEXT NOT NULL DEFAULT '',
    -- A follow-up ("new needs") points to the engagement it continues.
    previous_engagement_id INTEGER REFERENCES engagements (id) ON DELETE SET NULL,
    stage_entered_utc TEXT NOT NULL,
    last_activity_utc TEXT NOT NULL,
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
);

CREATE INDEX engagements_by_client ON engagements (client_id);
CREATE INDEX engagements_by_state ON engagements (status, stage);

-- The timeline: every change of state, with its reason. from_state is NULL for
-- the creation entry; overridden = 1 marks a move made although its gate failed.
CREATE TABLE stage_changes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    engagement_id INTEGER NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
    from_state TEXT CHECK (from_state IS NULL OR from_state IN ('profile_agreement', 'needs',
        'goals', 'action_plan', 'evaluation', 'maintenance', 'completed', 'closed_early')),
    to_state TEXT NOT NULL CHECK (to_state IN ('profile_agreement', 'needs', 'goals',
        'action_plan', 'evaluation', 'maintenance', 'completed', 'closed_early')),
    changed_utc TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    overridden INTEGER NOT NULL DEFAULT 0 CHECK (overridden IN (0, 1)),
    CHECK (overridden = 0 OR length(trim(reason)) > 0)
);

CREATE INDEX stage_changes_by_engagement ON stage_changes (engagement_id, id);

CREATE TABLE needs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    engagement_id INTEGER NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
    description TEXT NOT NULL CHECK (length(trim(description)) > 0),
    category TEXT NOT NULL DEFAULT 'other' CHECK (category IN ('skill_gap', 'career_move',
        'promotion', 'new_role', 'leadership', 'other')),
    priority TEXT NOT NULL DEFAULT 'medium' CHECK (priority IN ('high', 'medium', 'low')),
    strength_refs TEXT NOT NULL DEFAULT '', -- newline separated quotes from the profile
    weakness_refs TEXT NOT NULL DEFAULT '',
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
);

CREATE INDEX needs_by_engagement ON needs (engagement_id);

CREATE TABLE goals (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    engagement_id INTEGER NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
    specific TEXT NOT NULL CHECK (length(trim(specific)) > 0),
    metric TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    baseline REAL,
    target REAL,
    attainable TEXT NOT NULL DEFAULT '',
    due_date TEXT, -- NULL until set
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
);

CREATE INDEX goals_by_engagement ON goals (engagement_id);

-- "Relevant": the needs a goal answers. Deleting either side drops the link.
CREATE TABLE goal_needs (
    goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    need_id INTEGER NOT NULL REFERENCES needs (id) ON DELETE CASCADE,
    PRIMARY KEY (goal_id, need_id)
);

CREATE INDEX goal_needs_by_need ON goal_needs (need_id);

CREATE TABLE goal_progress (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    entry_date TEXT NOT NULL,
    value REAL NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    created_utc TEXT NOT NULL
);

CREATE INDEX goal_progress_by_goal ON goal_progress (goal_id, entry_date);

CREATE TABLE actions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    description TEXT NOT NULL CHECK (length(trim(description)) > 0),
    due_date TEXT, -- NULL = no deadline
    status TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'doing', 'done', 'dropped')),
    people TEXT NOT NULL DEFAULT '', -- newline separated
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
);

CREATE INDEX actions_by_goal ON actions (goal_id);
CREATE INDEX actions_open_by_due ON actions (status, due_date);

-- One evaluation per goal.
CREATE TABLE evaluations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    goal_id INTEGER NOT NULL UNIQUE REFERENCES goals (id) ON DELETE CASCADE,
    outcome TEXT NOT NULL CHECK (outcome IN ('achieved', 'partly', 'not_achieved')),
    final_value REAL,
    mentor_assessment TEXT NOT NULL DEFAULT '',
    mentee_rating INTEGER CHECK (mentee_rating IS NULL OR mentee_rating BETWEEN 1 AND 5),
    mentee_comments TEXT NOT NULL DEFAULT '',
    adjustments TEXT NOT NULL DEFAULT '',
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
);
