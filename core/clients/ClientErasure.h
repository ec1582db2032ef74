#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace md {

// What erasing a client removes for good and what the law makes the practice
// keep (issued invoices and credit notes, and the payments on them, until the
// end of their retention period). Shown before and after erasing.
struct ErasurePlan {
    qint64 clientId = 0;
    QString clientName;     // as it was; never stored once erased
    QString anonymousLabel; // what the kept invoices show from now on
    int engagements = 0;
    int sessions = 0;
    int agreements = 0; // drafts and signed ones, with signatures and scans
    int draftInvoices = 0;
    int keptInvoices = 0; // issued invoices and credit notes
    int keptPayments = 0;
    std::optional<QDate> keptUntil; // the last day any kept invoice must be kept

    // In words, for the confirmation before (`done` false) and the report
    // after: what goes for good, what is kept and until when.
    QString describe(bool done) const;
};

// One erasure as the log keeps it: no personal data.
struct ErasureRecord {
    qint64 clientId = 0;
    QDateTime erasedUtc;
    int agreementsErased = 0;
    int invoicesKept = 0;
    std::optional<QDate> keptUntil;
};

} // namespace md
