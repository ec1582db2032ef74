#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QDate>
#include <QSet>
#include <QSqlDatabase>
#include <QVariant>

namespace md::billingsql {

// SQL shared by the billing repositories (core/storage only). The functions
// that change data do not open a transaction: callers run them inside
// Database::transaction together with the change they belong to.

// A date as bound to SQLite: ISO text, or NULL for a null date.
QVariant dateValue(const QDate& date);
QDate dateFrom(const QVariant& value);
QString isoUtc(const QDateTime& time);

// SQL expressions over an `invoices` row aliased `alias`.
QString creditedExpression(const QString& alias = QStringLiteral("i")); // credited by credit notes
QString paidExpression(const QString& alias = QStringLiteral("i"));     // allocated from payments
// True for invoices that still bill what their lines link to: drafts and
// issued invoices not fully cancelled by credit notes.
QString liveInvoiceCondition();

// Outstanding amount of an issued invoice (total − credited − paid).
Result<qint64> outstanding(const QSqlDatabase& db, qint64 invoiceId);

// Allocates up to `available` of payment `paymentId` to invoice `invoiceId`,
// never more than it still owes. Returns what was allocated.
Result<qint64> allocate(const QSqlDatabase& db, const Clock& clock, qint64 paymentId,
                        qint64 invoiceId, qint64 available);

// Unallocated money of a client's payments in `currency` (their credit
// balance; money in another currency never pays for it). With `clientId` 0,
// that of every client together.
Result<qint64> clientCredit(const QSqlDatabase& db, qint64 clientId, const QString& currency);
// Its statement, for EXPLAIN QUERY PLAN in tests.
QString clientCreditSql(bool oneClient);

// Uses the client's credit in the invoice's currency (oldest payments first)
// for `invoiceId`; the payments used go to `usedPayments`, when given.
Result<qint64> applyClientCredit(const QSqlDatabase& db, const Clock& clock, qint64 clientId,
                                 qint64 invoiceId, QSet<qint64>* usedPayments = nullptr);

// After a credit note: when more was paid on `invoiceId` than it now owes,
// takes back the newest allocations so the excess becomes client credit.
// The payments whose allocation shrank go to `releasedPayments`, when given.
Status releaseExcess(const QSqlDatabase& db, qint64 invoiceId,
                     QSet<qint64>* releasedPayments = nullptr);

} // namespace md::billingsql
