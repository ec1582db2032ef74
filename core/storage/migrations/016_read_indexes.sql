-- MentorDesk schema version 16: indexes for the views that are read most.
--
-- "Ending soon" leaves out every agreement a signed amendment replaced.
-- Without an index that meant reading the whole agreements table, texts
-- included, on each show of the Agreements area; this one holds only the
-- signed amendments' amends_id, so the lookup reads a few pages.
CREATE INDEX agreements_signed_amendments ON agreements (amends_id)
    WHERE state = 'signed' AND amends_id IS NOT NULL;

-- The agreement list shows every column but the text. In the row the text
-- comes before most of them, so reading the row reads the text's overflow
-- pages too (megabytes at a real practice, which then fill the page cache):
-- this index holds every column but the text, in list order.
CREATE INDEX agreements_list ON agreements (id, client_id, engagement_id, template_id, kind,
    language, title, has_confidentiality, state, signing_method, amends_id, end_date,
    created_utc, updated_utc, signed_utc);

-- The calendar's week and month views read where sessions lie in time and
-- nothing of their notes: this index holds all they read (it covers the
-- query), so a week is a few index pages instead of every session row with
-- its notes. Its first two columns give the order every range query asks
-- for (start, then id), which makes sessions_by_start redundant.
CREATE INDEX sessions_spans ON sessions (start_utc, id, end_utc, engagement_id, status, format,
    series_id);
DROP INDEX sessions_by_start;

-- Billing's overview sums the year's invoices by month and finds the open
-- ones: both read only these columns, so the index alone answers them and
-- the invoice rows (with their frozen bill-to and seller texts) are read for
-- the open invoices only. Its first column makes invoices_by_issue_date
-- redundant.
CREATE INDEX invoices_totals ON invoices (issue_date, currency, kind, total_minor, net_minor,
    tax_minor);
DROP INDEX invoices_by_issue_date;

-- What each invoice was paid and what each payment has left: the amounts come
-- with the index entries, not from a row lookup per allocation.
CREATE INDEX payment_allocations_by_invoice_amount ON payment_allocations (invoice_id,
    amount_minor);
CREATE INDEX payment_allocations_by_payment_amount ON payment_allocations (payment_id,
    amount_minor);
DROP INDEX payment_allocations_by_invoice;
DROP INDEX payment_allocations_by_payment;

-- The unused credit of every client together, from the index alone.
CREATE INDEX payments_by_currency ON payments (currency, amount_minor);
