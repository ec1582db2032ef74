-- MentorDesk schema version 7: erasing a client while the law keeps their
-- invoices. The client's row stays as an anonymous label the kept invoices
-- and payments point to; erased_utc says when the rest went.
ALTER TABLE clients ADD COLUMN erased_utc TEXT;

-- That an erasure happened, and what was kept until when: no personal data.
CREATE TABLE client_erasures (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id INTEGER NOT NULL, -- no reference: this outlives the client's row
    erased_utc TEXT NOT NULL,
    agreements_erased INTEGER NOT NULL CHECK (agreements_erased >= 0),
    invoices_kept INTEGER NOT NULL CHECK (invoices_kept >= 0),
    kept_until TEXT -- YYYY-MM-DD; NULL when nothing was kept
);

CREATE TRIGGER client_erasures_no_update
BEFORE UPDATE ON client_erasures
BEGIN
    SELECT RAISE(ABORT, 'the erasure log is append-only');
END;

CREATE TRIGGER client_erasures_no_delete
BEFORE DELETE ON client_erasures
BEGIN
    SELECT RAISE(ABORT, 'the erasure log is append-only');
END;
