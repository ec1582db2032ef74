-- MentorDesk schema version 13: each client's documents (agreements,
-- invoices, session summaries) are written in the client's language.
--
-- One of "en", "de", "pt_BR", "es", "fr", "it"; '' (every client before this
-- version, and any added without a choice) means the mentor's own document
-- language (the workspace setting profile.language).
ALTER TABLE clients ADD COLUMN document_language TEXT NOT NULL DEFAULT ''
    CHECK (document_language IN ('', 'en', 'de', 'pt_BR', 'es', 'fr', 'it'));
