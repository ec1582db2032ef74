-- MentorDesk schema version 9: the signing keys of the workspaces this one was
-- imported from. Agreements sealed there keep verifying here: their seal names
-- the earlier workspace and its public key, and only public keys are kept (the
-- secret key never leaves the workspace that made it).
CREATE TABLE agreement_earlier_keys (
    workspace_id TEXT NOT NULL,
    public_key   BLOB NOT NULL CHECK (length(public_key) = 32),
    added_utc    TEXT NOT NULL,
    PRIMARY KEY (workspace_id, public_key)
);
