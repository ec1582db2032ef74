-- MentorDesk schema version 8: verifying one agreement reads its own audit
-- log entries (and the one before each), not the whole log.
CREATE INDEX agreement_audit_log_by_agreement ON agreement_audit_log (agreement_id, seq);
