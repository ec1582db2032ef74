#pragma once

#include <QCoreApplication>

#include "common/Result.h"

#include <QString>

namespace md {

// The pattern of invoice numbers, e.g. "{YYYY}-{NNNN}" → "2026-0001".
// Tokens: {YYYY} four-digit year, {YY} two-digit year, {N…} the sequence
// number zero-padded to as many digits as there are N's (more digits are
// printed when the number grows). Everything else is copied literally.
// The sequence restarts every year, so a pattern must contain a year token and
// exactly one sequence token, or numbers of different years would collide.
class InvoiceNumberPattern final {
    Q_DECLARE_TR_FUNCTIONS(md::InvoiceNumberPattern)

public:
    static constexpr const char* kDefault = "{YYYY}-{NNNN}";

    static Status validate(const QString& pattern);
    // The number for `sequence` (1-based) in `year`. The pattern must be valid.
    static QString format(const QString& pattern, int year, qint64 sequence);
};

} // namespace md
