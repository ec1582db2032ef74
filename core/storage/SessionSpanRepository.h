#pragma once

#include "common/Result.h"
#include "scheduling/SessionSpan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QVariantList>

namespace md {

class Database;

// The calendar's read model: where the sessions overlapping a window lie,
// from the covering index sessions_spans alone (no session row, no notes).
// Used by SchedulingService only.
class SessionSpanRepository final {
    Q_DECLARE_TR_FUNCTIONS(md::SessionSpanRepository)
public:
    explicit SessionSpanRepository(Database& database);

    // Sessions overlapping [fromUtc, toUtc), cancelled ones included, by
    // start then id.
    Result<QList<SessionSpan>> overlapping(const QDateTime& fromUtc, const QDateTime& toUtc) const;

    // The statement of overlapping() and its values, for EXPLAIN QUERY PLAN
    // in tests.
    struct Statement {
        QString sql;
        QVariantList values;
    };
    static Statement statement(const QDateTime& fromUtc, const QDateTime& toUtc);

private:
    Database& m_database;
};

} // namespace md
