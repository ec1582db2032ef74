-- MentorDesk schema version 5: billing (price list, package credits, invoices,
-- credit notes, payments). Amounts are INTEGER minor units of the row's
-- currency, never REAL; quantities are thousandths, tax rates basis points
-- (1900 = 19 %). Dates are ISO-8601 (YYYY-MM-DD), times ISO-8601 UTC text.
--
-- Invoices are born drafts without a number. Issuing assigns the next number
-- of the year from invoice_number_counters in the same transaction; from then
-- on triggers refuse any UPDATE or DELETE of the invoice and of its lines.
-- Payments live in their own tables, so no status column ever has to change:
-- paid, overdue and cancelled are derived.
--
-- Session and engagement ids from other features are kept without foreign
-- keys where billing must outlive them (an issued line keeps its own text).

-- The client's billing name and address (the clients table has no address).
CREATE TABLE client_billing_details (
    client_id INTEGER PRIMARY KEY REFERENCES clients (id) ON DELETE CASCADE,
    billing_name TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    tax_id TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    updated_utc TEXT NOT NULL
);

-- The price list.
CREATE TABLE offerings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK (kind IN ('single', 'package', 'retainer')),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    tax_rate_bp INTEGER NOT NULL DEFAULT 0 CHECK (tax_rate_bp BETWEEN 0 AND 10000),
    session_count INTEGER NOT NULL DEFAULT 1 CHECK (session_count >= 1),
    validity_months INTEGER NOT NULL DEFAULT 0 CHECK (validity_months >= 0),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
);

-- A package sold to an engagement: session_count credits, valid until
-- valid_until (NULL = no expiry).
CREATE TABLE package_sales (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    engagement_id INTEGER NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
    offering_id INTEGER REFERENCES offerings (id) ON DELETE SET NULL,
    description TEXT NOT NULL CHECK (length(trim(description)) > 0),
    session_count INTEGER NOT NULL CHECK (session_count >= 1),
    price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    tax_rate_bp INTEGER NOT NULL DEFAULT 0 CHECK (tax_rate_bp BETWEEN 0 AND 10000),
    sold_on TEXT NOT NULL,
    valid_until TEXT,
    created_utc TEXT NOT NULL
);

CREATE INDEX package_sales_by_engagement ON package_sales (engagement_id);

-- One credit used by one held session (a session uses at most one credit).
CREATE TABLE package_credit_uses (
    session_id INTEGER PRIMARY KEY,
    sale_id INTEGER NOT NULL REFERENCES package_sales (id) ON DELETE CASCADE,
    used_on TEXT NOT NULL
);

CREATE INDEX package_credit_uses_by_sale ON package_credit_uses (sale_id);

CREATE TABLE invoices (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL DEFAULT 'invoice' CHECK (kind IN ('invoice', 'credit_note')),
    client_id INTEGER NOT NULL REFERENCES clients (id),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    credit_of INTEGER REFERENCES invoices (id),
    number TEXT UNIQUE,
    number_year INTEGER,
    number_seq INTEGER,
    issue_date TEXT,
    due_date TEXT,
    bill_to TEXT NOT NULL DEFAULT '',
    seller TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    -- Sums of the lines (kept in step by the repository; frozen at issue).
    net_minor INTEGER NOT NULL DEFAULT 0,
    tax_minor INTEGER NOT NULL DEFAULT 0,
    total_minor INTEGER NOT NULL DEFAULT 0,
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL,
    UNIQUE (number_year, number_seq),
    CHECK ((number IS NULL) = (issue_date IS NULL)),
    CHECK ((number IS NULL) = (number_seq IS NULL)),
    CHECK ((kind = 'credit_note') = (credit_of IS NOT NULL))
);

CREATE INDEX invoices_by_client ON invoices (client_id);
CREATE INDEX invoices_by_credit_of ON invoices (credit_of);
CREATE INDEX invoices_by_issue_date ON invoices (issue_date);

CREATE TABLE invoice_lines (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    invoice_id INTEGER NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    description TEXT NOT NULL CHECK (length(trim(description)) > 0),
    quantity_milli INTEGER NOT NULL CHECK (quantity_milli <> 0),
    unit_price_minor INTEGER NOT NULL,
    tax_rate_bp INTEGER NOT NULL CHECK (tax_rate_bp BETWEEN 0 AND 10000),
    net_minor INTEGER NOT NULL,
    tax_minor INTEGER NOT NULL,
    service_date TEXT,
    session_id INTEGER,
    package_sale_id INTEGER,
    offering_id INTEGER,
    period TEXT NOT NULL DEFAULT ''
);

CREATE INDEX invoice_lines_by_invoice ON invoice_lines (invoice_id, position);
CREATE INDEX invoice_lines_by_session ON invoice_lines (session_id);
CREATE INDEX invoice_lines_by_sale ON invoice_lines (package_sale_id);

-- The last number given per year. Rows only ever count up by one; they are
-- never deleted, so a number can be neither skipped nor reused.
CREATE TABLE invoice_number_counters (
    year INTEGER PRIMARY KEY,
    last_number INTEGER NOT NULL CHECK (last_number >= 0)
);

CREATE TRIGGER invoice_number_counters_start_at_zero
BEFORE INSERT ON invoice_number_counters
WHEN NEW.last_number <> 0
BEGIN
    SELECT RAISE(ABORT, 'an invoice number counter starts at zero');
END;

CREATE TRIGGER invoice_number_counters_count_up
BEFORE UPDATE ON invoice_number_counters
WHEN NEW.last_number <> OLD.last_number + 1 OR NEW.year <> OLD.year
BEGIN
    SELECT RAISE(ABORT, 'invoice numbers only count up by one');
END;

CREATE TRIGGER invoice_number_counters_no_delete
BEFORE DELETE ON invoice_number_counters
BEGIN
    SELECT RAISE(ABORT, 'invoice number counters are never deleted');
END;

-- Invoices are created as drafts; a number comes only from issuing.
CREATE TRIGGER invoices_born_draft
BEFORE INSERT ON invoices
WHEN NEW.number IS NOT NULL OR NEW.issue_date IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'an invoice is created as a draft and numbered when issued');
END;

CREATE TRIGGER invoices_issued_immutable
BEFORE UPDATE ON invoices
WHEN OLD.number IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice cannot be changed; issue a credit note');
END;

CREATE TRIGGER invoices_issued_no_delete
BEFORE DELETE ON invoices
WHEN OLD.number IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice cannot be deleted; issue a credit note');
END;

-- Issuing must take the number the counter has just given out.
CREATE TRIGGER invoices_number_from_counter
BEFORE UPDATE OF number, number_year, number_seq ON invoices
WHEN NEW.number IS NOT NULL AND NEW.number_seq IS NOT (
    SELECT last_number FROM invoice_number_counters WHERE year = NEW.number_year)
BEGIN
    SELECT RAISE(ABORT, 'an invoice number must come from the counter of its year');
END;

CREATE TRIGGER invoice_lines_issued_no_insert
BEFORE INSERT ON invoice_lines
WHEN (SELECT number FROM invoices WHERE id = NEW.invoice_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice cannot be changed; issue a credit note');
END;

CREATE TRIGGER invoice_lines_issued_no_update
BEFORE UPDATE ON invoice_lines
WHEN (SELECT number FROM invoices WHERE id = OLD.invoice_id) IS NOT NULL
    OR (SELECT number FROM invoices WHERE id = NEW.invoice_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice cannot be changed; issue a credit note');
END;

CREATE TRIGGER invoice_lines_issued_no_delete
BEFORE DELETE ON invoice_lines
WHEN (SELECT number FROM invoices WHERE id = OLD.invoice_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice cannot be changed; issue a credit note');
END;

-- Money received. What is not allocated to invoices is the client's credit.
CREATE TABLE payments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    received_on TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    method TEXT NOT NULL CHECK (method IN ('bank_transfer', 'card', 'cash', 'other')),
    reference TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    created_utc TEXT NOT NULL
);

CREATE INDEX payments_by_client ON payments (client_id, received_on);

CREATE TABLE payment_allocations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    payment_id INTEGER NOT NULL REFERENCES payments (id) ON DELETE CASCADE,
    invoice_id INTEGER NOT NULL REFERENCES invoices (id),
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    created_utc TEXT NOT NULL
);

CREATE INDEX payment_allocations_by_invoice ON payment_allocations (invoice_id);
CREATE INDEX payment_allocations_by_payment ON payment_allocations (payment_id);

-- Only issued invoices (not drafts, not credit notes) receive payments.
CREATE TRIGGER payment_allocations_issued_invoices_only
BEFORE INSERT ON payment_allocations
WHEN (SELECT number IS NULL OR kind <> 'invoice' FROM invoices WHERE id = NEW.invoice_id)
BEGIN
    SELECT RAISE(ABORT, 'payments are allocated to issued invoices only');
END;
