-- MentorDesk schema version 11: a signed agreement's evidence says what was
-- given and what was checked.
--
-- On screen, the signer types a name. The name on record (the client's, or
-- the mentor profile's) is kept beside it; a typed name that differs from it
-- is accepted only once the mentor confirmed the difference, and that
-- confirmation is kept too. Signatures made before this version have no name
-- on record ('') and no confirmation (0).
ALTER TABLE agreement_signatures ADD COLUMN name_on_record TEXT NOT NULL DEFAULT '';
ALTER TABLE agreement_signatures ADD COLUMN name_difference_confirmed INTEGER NOT NULL DEFAULT 0
    CHECK (name_difference_confirmed IN (0, 1));

-- On paper, the mentor gives the date the paper was signed by hand
-- (yyyy-mm-dd); NULL for scans attached before this version. MentorDesk
-- stores the scan as attached: it never checks the handwritten signatures.
ALTER TABLE agreement_scans ADD COLUMN signed_on TEXT;
