-- MentorDesk schema version 10: full-text search across the workspace.
--
-- One FTS4 index per kind of record, each with the same three columns:
-- `title` (a name, a title, a number: what an exact match ranks first),
-- `body` (every other searchable text) and `private` (the session's private
-- notes; empty for the other kinds). The indexes hold no copy of the texts:
-- each reads them from a view over its table (FTS4 "external content"), so
-- the workspace grows by the index alone, and the index is inside the same
-- encrypted file as everything else.
--
-- Triggers keep every index in step inside the statement that changes a
-- record, so it commits and rolls back with it and is never stale. An
-- external-content index must be told what to remove while the old text is
-- still readable, hence the pattern: BEFORE a change, delete the index row
-- (FTS4 reads the old text through the view); AFTER it, insert the new one.
-- A record that only its parent's deletion removes (a draft agreement of a
-- deleted client, the lines of a deleted invoice) is taken out of the index
-- by the parent's trigger while the parent still exists, and its own trigger
-- then does nothing (the WHEN on the parent's existence).
--
-- Erased clients (erased_utc set) are not in the index; their kept invoices
-- are found under the anonymous label the client's row then holds.
--
-- Every object here is named search_…: exports, backups' digests and the
-- import leave them out and the import rebuilds them (storage/SearchIndexSql.h).

-- Clients ------------------------------------------------------------------
CREATE VIEW search_source_clients AS
SELECT id AS rowid,
       full_name || ' ' || preferred_name AS title,
       organisation || ' ' || role || ' ' || tags || ' ' || background || ' ' || strengths
           || ' ' || weaknesses || ' ' || aspirations || ' ' || keep_doing || ' '
           || start_doing || ' ' || stop_doing AS body,
       '' AS private
FROM clients WHERE erased_utc IS NULL;

CREATE VIRTUAL TABLE search_clients USING fts4(content="search_source_clients", title, body,
    private, tokenize=unicode61 "remove_diacritics=1", prefix="2,3");

-- Agreements and invoices show their client's name, so a client's rename
-- re-indexes them.
CREATE VIEW search_source_agreements AS
SELECT a.id AS rowid,
       printf('AGR-%05d', a.id) || ' ' || a.title AS title,
       ifnull(c.full_name || ' ' || c.preferred_name, '') AS body,
       '' AS private
FROM agreements a LEFT JOIN clients c ON c.id = a.client_id;

CREATE VIRTUAL TABLE search_agreements USING fts4(content="search_source_agreements", title,
    body, private, tokenize=unicode61 "remove_diacritics=1", prefix="2,3");

CREATE VIEW search_source_invoices AS
SELECT i.id AS rowid,
       ifnull(i.number, '') AS title,
       ifnull(c.full_name || ' ' || c.preferred_name, '') || ' ' || i.notes || ' '
           || ifnull((SELECT group_concat(l.description, ' ') FROM invoice_lines l
                      WHERE l.invoice_id = i.id), '') AS body,
       '' AS private
FROM invoices i LEFT JOIN clients c ON c.id = i.client_id;

CREATE VIRTUAL TABLE search_invoices USING fts4(content="search_source_invoices", title, body,
    private, tokenize=unicode61 "remove_diacritics=1", prefix="2,3");

-- The pipeline -----------------------------------------------------------------
CREATE VIEW search_source_engagements AS
SELECT id AS rowid, title, profile_notes || ' ' || outcome || ' ' || fee_note AS body,
       '' AS private
FROM engagements;

CREATE VIRTUAL TABLE search_engagements USING fts4(content="search_source_engagements", title,
    body, private, tokenize=unicode61 "remove_diacritics=1", prefix="2,3");

CREATE VIEW search_source_needs AS
SELECT id AS rowid, description AS title, strength_refs || ' ' || weakness_refs AS body,
       '' AS private
FROM needs;

CREATE VIRTUAL TABLE search_needs USING fts4(content="search_source_needs", title, body,
    private, tokenize=unicode61 "remove_diacritics=1", prefix="2,3");

CREATE VIEW search_source_goals AS
SELECT id AS rowid, specific AS title, metric || ' ' || unit || ' ' || attainable AS body,
       '' AS private
FROM goals;

CREATE VIRTUAL TABLE search_goals USING fts4(content="search_source_goals", title, body,
    private, tokenize=unicode61 "remove_diacritics=1", prefix="2,3");

CREATE VIEW search_source_actions AS
SELECT id AS rowid, description AS title, people AS body, '' AS private
FROM actions;

CREATE VIRTUAL TABLE search_actions USING fts4(content="search_source_actions", title, body,
    private, tokenize=unicode61 "remove_diacritics=1", prefix="2,3");

CREATE VIEW search_source_evaluations AS
SELECT id AS rowid, '' AS title,
       mentor_assessment || ' ' || mentee_comments || ' ' || adjustments AS body,
       '' AS private
FROM evaluations;

CREATE VIRTUAL TABLE search_evaluations USING fts4(content="search_source_evaluations", title,
    body, private, tokenize=unicode61 "remove_diacritics=1", prefix="2,3");

-- Sessions: what may be shared with the mentee, and apart from it the
-- private notes, so a result can say which it came from.
CREATE VIEW search_source_sessions AS
SELECT id AS rowid, '' AS title,
       agenda || ' ' || topics || ' ' || shareable_notes || ' ' || goal_progress || ' '
           || agreed_actions || ' ' || next_steps AS body,
       private_notes AS private
FROM sessions;

CREATE VIRTUAL TABLE search_sessions USING fts4(content="search_source_sessions", title, body,
    private, tokenize=unicode61 "remove_diacritics=1", prefix="2,3");

-- Triggers: records of one table ----------------------------------------------
CREATE TRIGGER search_clients_insert AFTER INSERT ON clients WHEN NEW.erased_utc IS NULL
BEGIN
    INSERT INTO search_clients (docid, title, body, private)
    SELECT rowid, title, body, private FROM search_source_clients WHERE rowid = NEW.id;
END;

-- Before a client's row changes: its own entry and, when the name changes,
-- those of its agreements and invoices, which show the name.
CREATE TRIGGER search_clients_before_update BEFORE UPDATE ON clients
BEGIN
    DELETE FROM search_clients WHERE docid = OLD.id AND OLD.erased_utc IS NULL;
    DELETE FROM search_agreements WHERE docid IN (SELECT id FROM agreements
        WHERE client_id = OLD.id) AND (OLD.full_name IS NOT NEW.full_name
        OR OLD.preferred_name IS NOT NEW.preferred_name);
    DELETE FROM search_invoices WHERE docid IN (SELECT id FROM invoices
        WHERE client_id = OLD.id) AND (OLD.full_name IS NOT NEW.full_name
        OR OLD.preferred_name IS NOT NEW.preferred_name);
END;

CREATE TRIGGER search_clients_after_update AFTER UPDATE ON clients
BEGIN
    INSERT INTO search_clients (docid, title, body, private)
    SELECT rowid, title, body, private FROM search_source_clients WHERE rowid = NEW.id;
    INSERT INTO search_agreements (docid, title, body, private)
    SELECT rowid, title, body, private FROM search_source_agreements
    WHERE rowid IN (SELECT id FROM agreements WHERE client_id = NEW.id)
        AND (OLD.full_name IS NOT NEW.full_name OR OLD.preferred_name IS NOT NEW.preferred_name);
    INSERT INTO search_invoices (docid, title, body, private)
    SELECT rowid, title, body, private FROM search_source_invoices
    WHERE rowid IN (SELECT id FROM invoices WHERE client_id = NEW.id)
        AND (OLD.full_name IS NOT NEW.full_name OR OLD.preferred_name IS NOT NEW.preferred_name);
END;

-- A deleted client takes its draft agreements with it (ON DELETE CASCADE),
-- which cannot read the client's name any more by the time they go.
CREATE TRIGGER search_clients_delete BEFORE DELETE ON clients
BEGIN
    DELETE FROM search_clients WHERE docid = OLD.id AND OLD.erased_utc IS NULL;
    DELETE FROM search_agreements WHERE docid IN (SELECT id FROM agreements
        WHERE client_id = OLD.id);
    DELETE FROM search_invoices WHERE docid IN (SELECT id FROM invoices
        WHERE client_id = OLD.id);
END;

CREATE TRIGGER search_agreements_insert AFTER INSERT ON agreements
BEGIN
    INSERT INTO search_agreements (docid, title, body, private)
    SELECT rowid, title, body, private FROM search_source_agreements WHERE rowid = NEW.id;
END;

CREATE TRIGGER search_agreements_before_update BEFORE UPDATE OF title, client_id ON agreements
BEGIN
    DELETE FROM search_agreements WHERE docid = OLD.id;
END;

CREATE TRIGGER search_agreements_after_update AFTER UPDATE OF title, client_id ON agreements
BEGIN
    INSERT INTO search_agreements (docid, title, body, private)
    SELECT rowid, title, body, private FROM search_source_agreements WHERE rowid = NEW.id;
END;

CREATE TRIGGER search_agreements_delete BEFORE DELETE ON agreements
WHEN EXISTS (SELECT 1 FROM clients WHERE id = OLD.client_id)
BEGIN
    DELETE FROM search_agreements WHERE docid = OLD.id;
END;

CREATE TRIGGER search_invoices_insert AFTER INSERT ON invoices
BEGIN
    INSERT INTO search_invoices (docid, title, body, private)
    SELECT rowid, title, body, private FROM search_source_invoices WHERE rowid = NEW.id;
END;

CREATE TRIGGER search_invoices_before_update BEFORE UPDATE OF number, notes, client_id ON invoices
BEGIN
    DELETE FROM search_invoices WHERE docid = OLD.id;
END;

CREATE TRIGGER search_invoices_after_update AFTER UPDATE OF number, notes, client_id ON invoices
BEGIN
    INSERT INTO search_invoices (docid, title, body, private)
    SELECT rowid, title, body, private FROM search_source_invoices WHERE rowid = NEW.id;
END;

CREATE TRIGGER search_invoices_delete BEFORE DELETE ON invoices
WHEN EXISTS (SELECT 1 FROM clients WHERE id = OLD.client_id)
BEGIN
    DELETE FROM search_invoices WHERE docid = OLD.id;
END;

-- An invoice's lines are part of its entry; a line that goes with its
-- invoice finds the invoice gone and leaves the index alone.
CREATE TRIGGER search_invoice_lines_before_insert BEFORE INSERT ON invoice_lines
BEGIN
    DELETE FROM search_invoices WHERE docid = NEW.invoice_id;
END;

CREATE TRIGGER search_invoice_lines_after_insert AFTER INSERT ON invoice_lines
BEGIN
    INSERT INTO search_invoices (docid, title, body, private)
    SELECT rowid, title, body, private FROM search_source_invoices WHERE rowid = NEW.invoice_id;
END;

CREATE TRIGGER search_invoice_lines_before_update BEFORE UPDATE OF description, invoice_id
ON invoice_lines
BEGIN
    DELETE FROM search_invoices WHERE docid IN (OLD.invoice_id, NEW.invoice_id);
END;

CREATE TRIGGER search_invoice_lines_after_update AFTER UPDATE OF description, invoice_id
ON invoice_lines
BEGIN
    INSERT INTO search_invoices (docid, title, body, private)
    SELECT rowid, title, body, private FROM search_source_invoices
    WHERE rowid IN (OLD.invoice_id, NEW.invoice_id);
END;

CREATE TRIGGER search_invoice_lines_before_delete BEFORE DELETE ON invoice_lines
WHEN EXISTS (SELECT 1 FROM invoices i JOIN clients c ON c.id = i.client_id
             WHERE i.id = OLD.invoice_id)
BEGIN
    DELETE FROM search_invoices WHERE docid = OLD.invoice_id;
END;

CREATE TRIGGER search_invoice_lines_after_delete AFTER DELETE ON invoice_lines
WHEN EXISTS (SELECT 1 FROM invoices i JOIN clients c ON c.id = i.client_id
             WHERE i.id = OLD.invoice_id)
BEGIN
    INSERT INTO search_invoices (docid, title, body, private)
    SELECT rowid, title, body, private FROM search_source_invoices WHERE rowid = OLD.invoice_id;
END;

-- The pipeline and the sessions: one table each, the same three triggers.
CREATE TRIGGER search_engagements_insert AFTER INSERT ON engagements
BEGIN
    INSERT INTO search_engagements (docid, title, body, private)
    SELECT rowid, title, body, private FROM search_source_engagements WHERE rowid = NEW.id;
END;
CREATE TRIGGER search_engagements_before_update
BEFORE UPDATE OF title, profile_notes, outcome, fee_note ON engagements
BEGIN
    DELETE FROM search_engagements WHERE docid = OLD.id;
END;
CREATE TRIGGER search_engagements_after_update
AFTER UPDATE OF title, profile_notes, outcome, fee_note ON engagements
BEGIN
    INSERT INTO search_engagements (docid, title, body, private)
    SELECT rowid, title, body, private FROM search_source_engagements WHERE rowid = NEW.id;
END;
CREATE TRIGGER search_engagements_delete BEFORE DELETE ON engagements
BEGIN
    DELETE FROM search_engagements WHERE docid = OLD.id;
END;

CREATE TRIGGER search_needs_insert AFTER INSERT ON needs
BEGIN
    INSERT INTO search_needs (docid, title, body, private)
    SELECT rowid, title, body, private FROM search_source_needs WHERE rowid = NEW.id;
END;
CREATE TRIGGER search_needs_before_update
BEFORE UPDATE OF description, strength_refs, weakness_refs ON needs
BEGIN
    DELETE FROM search_needs WHERE docid = OLD.id;
END;
CREATE TRIGGER search_needs_after_update
AFTER UPDATE OF description, strength_refs, weakness_refs ON needs
BEGIN
    INSERT INTO search_needs (docid, title, body, private)
    SELECT rowid, title, body, private FROM search_source_needs WHERE rowid = NEW.id;
END;
CREATE TRIGGER search_needs_delete BEFORE DELETE ON needs
BEGIN
    DELETE FROM search_needs WHERE docid = OLD.id;
END;

CREATE TRIGGER search_goals_insert AFTER INSERT ON goals
BEGIN
    INSERT INTO search_goals (docid, title, body, private)
    SELECT rowid, title, body, private FROM search_source_goals WHERE rowid = NEW.id;
END;
CREATE TRIGGER search_goals_before_update
BEFORE UPDATE OF specific, metric, unit, attainable ON goals
BEGIN
    DELETE FROM search_goals WHERE docid = OLD.id;
END;
CREATE TRIGGER search_goals_after_update
AFTER UPDATE OF specific, metric, unit, attainable ON goals
BEGIN
    INSERT INTO search_goals (docid, title, body, private)
    SELECT rowid, title, body, private FROM search_source_goals WHERE rowid = NEW.id;
END;
CREATE TRIGGER search_goals_delete BEFORE DELETE ON goals
BEGIN
    DELETE FROM search_goals WHERE docid = OLD.id;
END;

CREATE TRIGGER search_actions_insert AFTER INSERT ON actions
BEGIN
    INSERT INTO search_actions (docid, title, body, private)
    SELECT rowid, title, body, private FROM search_source_actions WHERE rowid = NEW.id;
END;
CREATE TRIGGER search_actions_before_update BEFORE UPDATE OF description, people ON actions
BEGIN
    DELETE FROM search_actions WHERE docid = OLD.id;
END;
CREATE TRIGGER search_actions_after_update AFTER UPDATE OF description, people ON actions
BEGIN
    INSERT INTO search_actions (docid, title, body, private)
    SELECT rowid, title, body, private FROM search_source_actions WHERE rowid = NEW.id;
END;
CREATE TRIGGER search_actions_delete BEFORE DELETE ON actions
BEGIN
    DELETE FROM search_actions WHERE docid = OLD.id;
END;

CREATE TRIGGER search_evaluations_insert AFTER INSERT ON evaluations
BEGIN
    INSERT INTO search_evaluations (docid, title, body, private)
    SELECT rowid, title, body, private FROM search_source_evaluations WHERE rowid = NEW.id;
END;
CREATE TRIGGER search_evaluations_before_update
BEFORE UPDATE OF mentor_assessment, mentee_comments, adjustments ON evaluations
BEGIN
    DELETE FROM search_evaluations WHERE docid = OLD.id;
END;
CREATE TRIGGER search_evaluations_after_update
AFTER UPDATE OF mentor_assessment, mentee_comments, adjustments ON evaluations
BEGIN
    INSERT INTO search_evaluations (docid, title, body, private)
    SELECT rowid, title, body, private FROM search_source_evaluations WHERE rowid = NEW.id;
END;
CREATE TRIGGER search_evaluations_delete BEFORE DELETE ON evaluations
BEGIN
    DELETE FROM search_evaluations WHERE docid = OLD.id;
END;

CREATE TRIGGER search_sessions_insert AFTER INSERT ON sessions
BEGIN
    INSERT INTO search_sessions (docid, title, body, private)
    SELECT rowid, title, body, private FROM search_source_sessions WHERE rowid = NEW.id;
END;
CREATE TRIGGER search_sessions_before_update BEFORE UPDATE OF agenda, topics, shareable_notes,
    goal_progress, agreed_actions, next_steps, private_notes ON sessions
BEGIN
    DELETE FROM search_sessions WHERE docid = OLD.id;
END;
CREATE TRIGGER search_sessions_after_update AFTER UPDATE OF agenda, topics, shareable_notes,
    goal_progress, agreed_actions, next_steps, private_notes ON sessions
BEGIN
    INSERT INTO search_sessions (docid, title, body, private)
    SELECT rowid, title, body, private FROM search_source_sessions WHERE rowid = NEW.id;
END;
CREATE TRIGGER search_sessions_delete BEFORE DELETE ON sessions
BEGIN
    DELETE FROM search_sessions WHERE docid = OLD.id;
END;

-- What the workspace holds already.
INSERT INTO search_clients (search_clients) VALUES ('rebuild');
INSERT INTO search_agreements (search_agreements) VALUES ('rebuild');
INSERT INTO search_invoices (search_invoices) VALUES ('rebuild');
INSERT INTO search_engagements (search_engagements) VALUES ('rebuild');
INSERT INTO search_needs (search_needs) VALUES ('rebuild');
INSERT INTO search_goals (search_goals) VALUES ('rebuild');
INSERT INTO search_actions (search_actions) VALUES ('rebuild');
INSERT INTO search_evaluations (search_evaluations) VALUES ('rebuild');
INSERT INTO search_sessions (search_sessions) VALUES ('rebuild');
