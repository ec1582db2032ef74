-- MentorDesk schema version 17: lists that read indexes, not client rows.
--
-- A client's row holds the whole profile (background, strengths,
-- aspirations, ...). The client list shows a few short columns of every
-- client; reading the rows read the profiles' pages too, at ten thousand
-- clients most of the table. This index holds what the list shows, in its
-- order (name, then id), which makes clients_by_name redundant.
CREATE INDEX clients_list ON clients (full_name COLLATE NOCASE, id, preferred_name, email,
    organisation, role, tags, status, archived, updated_utc);
DROP INDEX clients_by_name;

-- Every other list names the client of each row: invoices, payments,
-- agreements, engagements and sessions, each in its own order, so the
-- clients are looked up in random order. Looked up by rowid, each lookup
-- reads a row of the profile table; the joins that need only the name read
-- this index instead (ClientSql.h, clientNamesTable).
CREATE INDEX clients_names ON clients (id, full_name, preferred_name, time_zone, erased_utc);

-- The invoice list in its order with every column it shows, so it reads
-- neither the rows (with their frozen bill-to and seller texts) nor them in
-- random order. Its first columns make invoices_in_list_order redundant.
CREATE INDEX invoices_list ON invoices (issue_date IS NULL, issue_date, number_seq, id, kind,
    client_id, currency, credit_of, number, due_date, created_utc, updated_utc, net_minor,
    tax_minor, total_minor);
DROP INDEX invoices_in_list_order;

-- The same for engagements, whose rows hold the profile notes and fee
-- notes: the board, the dashboard, the calendar's and the upcoming
-- sessions' names read only these columns, by id or over all open
-- engagements. And a goal is looked up for its engagement alone when the
-- dashboard lists the overdue actions.
CREATE INDEX engagements_summary ON engagements (id, client_id, title, stage, status, start_date,
    stage_entered_utc, last_activity_utc, created_utc, planned_sessions, format);
CREATE INDEX goals_engagement ON goals (id, engagement_id);

-- The money received in a year, by month, in the practice's currency: a
-- range of this index, not every payment of that currency with its row.
CREATE INDEX payments_by_currency_day ON payments (currency, received_on, amount_minor);

-- One client's unused credit (their balance beside their profile): the
-- client's payments in a currency, not every payment in that currency.
CREATE INDEX payments_by_client_currency ON payments (client_id, currency, amount_minor);
