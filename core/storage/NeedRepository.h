#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "pipeline/Need.h"

#include <QCoreApplication>
#include <QList>

namespace md {

class Database;

// Stores the needs of engagements (stage 2).
class NeedRepository final {
    Q_DECLARE_TR_FUNCTIONS(md::NeedRepository)
public:
    NeedRepository(Database& database, const Clock& clock);

    Result<Need> add(const Need& need);
    Result<Need> update(const Need& need); // the engagement cannot change
    Result<Need> get(qint64 id) const;
    Result<QList<Need>> list(qint64 engagementId) const; // by priority, then oldest first
    // Deletes the need; goals keep existing but lose the link to it.
    Status remove(qint64 id);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace md
