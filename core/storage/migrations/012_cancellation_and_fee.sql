-- MentorDesk schema version 12: a late cancellation is billed only as the
-- cancellation policy says, and an engagement can carry its fee as an amount.
--
-- When a session was cancelled (ISO-8601 UTC text, like the other times): a
-- cancellation by the client is late when it came within the policy's notice
-- before the session's start. Sessions cancelled before this version have no
-- time on record (NULL) and so are never late: nothing is billed that the
-- mentor did not know to be late.
ALTER TABLE sessions ADD COLUMN cancelled_utc TEXT;

-- The engagement's fee per session before tax, in minor units of the
-- workspace currency; 0 = none (the fee note stays the wording an agreement
-- prints). A held session is billed at it when the price list has no single
-- session.
ALTER TABLE engagements ADD COLUMN session_fee_minor INTEGER NOT NULL DEFAULT 0
    CHECK (session_fee_minor >= 0);
