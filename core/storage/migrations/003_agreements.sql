-- MentorDesk schema version 3: agreements (mentoring contract and
-- confidentiality terms), their templates, signatures and the audit log.
-- Times are ISO-8601 UTC text; dates are ISO-8601 (yyyy-mm-dd) text.
--
-- Signed records are frozen by triggers: once an agreement is signed, no
-- UPDATE or DELETE of it, of its signatures, its scan or its seal succeeds,
-- and the audit log only ever grows.

-- Template versions. Editing a template inserts a new version; versions are
-- never changed, so an agreement keeps the exact text it was generated from.
CREATE TABLE agreement_templates (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK (kind IN ('mentoring', 'confidentiality')),
    language TEXT NOT NULL CHECK (length(language) >= 2),
    version INTEGER NOT NULL CHECK (version >= 1),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    body_html TEXT NOT NULL,
    has_confidentiality INTEGER NOT NULL CHECK (has_confidentiality IN (0, 1)),
    built_in INTEGER NOT NULL DEFAULT 0 CHECK (built_in IN (0, 1)),
    created_utc TEXT NOT NULL,
    UNIQUE (kind, language, version)
);

CREATE TRIGGER agreement_templates_no_update
BEFORE UPDATE ON agreement_templates
BEGIN
    SELECT RAISE(ABORT, 'template versions are immutable: save a new version instead');
END;

CREATE TABLE agreements (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    -- Deleting a client or an engagement takes its drafts with it; the
    -- triggers below make such a deletion fail when a signed agreement exists.
    client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    engagement_id INTEGER NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
    template_id INTEGER NOT NULL REFERENCES agreement_templates (id),
    kind TEXT NOT NULL CHECK (kind IN ('mentoring', 'confidentiality')),
    language TEXT NOT NULL,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    body_html TEXT NOT NULL,
    has_confidentiality INTEGER NOT NULL CHECK (has_confidentiality IN (0, 1)),
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'signed')),
    signing_method TEXT NOT NULL DEFAULT ''
        CHECK (signing_method IN ('', 'on_screen', 'on_paper')),
    amends_id INTEGER REFERENCES agreements (id),
    end_date TEXT, -- NULL = open-ended
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL,
    signed_utc TEXT,
    CHECK ((state = 'draft' AND signed_utc IS NULL AND signing_method = '')
        OR (state = 'signed' AND signed_utc IS NOT NULL AND signing_method <> ''))
);

CREATE INDEX agreements_by_engagement ON agreements (engagement_id);
CREATE INDEX agreements_by_client ON agreements (client_id);
CREATE INDEX agreements_by_end_date ON agreements (end_date);

CREATE TRIGGER agreements_signed_no_update
BEFORE UPDATE ON agreements
WHEN OLD.state = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed agreement cannot be changed');
END;

CREATE TRIGGER agreements_signed_no_delete
BEFORE DELETE ON agreements
WHEN OLD.state = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed agreement cannot be deleted');
END;

-- Signing is only possible with the seal in place (see agreement_seals):
-- the state may become 'signed' only in the transaction that stored it.
CREATE TRIGGER agreements_sign_needs_seal
BEFORE UPDATE OF state ON agreements
WHEN NEW.state = 'signed'
    AND NOT EXISTS (SELECT 1 FROM agreement_seals WHERE agreement_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'an agreement can only be signed together with its seal');
END;

-- On-screen signatures: the drawn image (PNG), the typed name and consent.
CREATE TABLE agreement_signatures (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    agreement_id INTEGER NOT NULL REFERENCES agreements (id),
    role TEXT NOT NULL CHECK (role IN ('mentee', 'mentor')),
    full_name TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
    image_png BLOB NOT NULL,
    consent INTEGER NOT NULL CHECK (consent = 1),
    signed_utc TEXT NOT NULL,
    UNIQUE (agreement_id, role)
);

-- The scan of a paper original signed by hand.
CREATE TABLE agreement_scans (
    agreement_id INTEGER PRIMARY KEY REFERENCES agreements (id),
    file_name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    content BLOB NOT NULL
);

-- What signing froze: the exact PDF bytes, the canonical manifest and its
-- Ed25519 signature, with the public key that made it.
CREATE TABLE agreement_seals (
    agreement_id INTEGER PRIMARY KEY REFERENCES agreements (id),
    pdf BLOB NOT NULL,
    manifest BLOB NOT NULL,
    signature BLOB NOT NULL,
    public_key BLOB NOT NULL,
    sealed_utc TEXT NOT NULL
);

CREATE TRIGGER agreement_signatures_frozen_insert
BEFORE INSERT ON agreement_signatures
WHEN (SELECT state FROM agreements WHERE id = NEW.agreement_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed agreement cannot be changed');
END;

CREATE TRIGGER agreement_signatures_frozen_update
BEFORE UPDATE ON agreement_signatures
WHEN (SELECT state FROM agreements WHERE id = OLD.agreement_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed agreement cannot be changed');
END;

CREATE TRIGGER agreement_signatures_frozen_delete
BEFORE DELETE ON agreement_signatures
WHEN (SELECT state FROM agreements WHERE id = OLD.agreement_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed agreement cannot be changed');
END;

CREATE TRIGGER agreement_scans_frozen_insert
BEFORE INSERT ON agreement_scans
WHEN (SELECT state FROM agreements WHERE id = NEW.agreement_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed agreement cannot be changed');
END;

CREATE TRIGGER agreement_scans_frozen_update
BEFORE UPDATE ON agreement_scans
WHEN (SELECT state FROM agreements WHERE id = OLD.agreement_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed agreement cannot be changed');
END;

CREATE TRIGGER agreement_scans_frozen_delete
BEFORE DELETE ON agreement_scans
WHEN (SELECT state FROM agreements WHERE id = OLD.agreement_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed agreement cannot be changed');
END;

-- A seal is written once, in the signing transaction, and never again.
CREATE TRIGGER agreement_seals_frozen_insert
BEFORE INSERT ON agreement_seals
WHEN (SELECT state FROM agreements WHERE id = NEW.agreement_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed agreement cannot be changed');
END;

CREATE TRIGGER agreement_seals_no_update
BEFORE UPDATE ON agreement_seals
BEGIN
    SELECT RAISE(ABORT, 'a signed agreement cannot be changed');
END;

CREATE TRIGGER agreement_seals_no_delete
BEFORE DELETE ON agreement_seals
BEGIN
    SELECT RAISE(ABORT, 'a signed agreement cannot be deleted');
END;

-- Append-only log of signings. entry is canonical JSON; entry_hash is the
-- SHA-256 (hex) of prev_hash followed by entry, so removing or changing any
-- entry breaks every hash after it.
CREATE TABLE agreement_audit_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    agreement_id INTEGER NOT NULL REFERENCES agreements (id),
    event TEXT NOT NULL,
    entry BLOB NOT NULL,
    prev_hash TEXT NOT NULL,
    entry_hash TEXT NOT NULL UNIQUE,
    created_utc TEXT NOT NULL
);

CREATE TRIGGER agreement_audit_log_no_update
BEFORE UPDATE ON agreement_audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER agreement_audit_log_no_delete
BEFORE DELETE ON agreement_audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
