#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "pipeline/Need.h"

#include <QList>
#include <QObject>

namespace md {

class Database;

// Stores the needs of engagements (stage 2).
class NeedRepository final : public QObject {
    Q_OBJECT
public:
    NeedRepository(Database& database, const Clock& clock, QObject* parent = nullptr);

    Result<Need> add(const Need& need);
    Result<Need> update(const Need& need); // the engagement cannot change
    Result<Need> get(qint64 id) const;
    Result<QList<Need>> list(qint64 engagementId) const; // by priority, then oldest first
    // Deletes the need; goals keep existing but lose the link to it.
    Status remove(qint64 id);

Q_SIGNALS:
    void needAdded(const md::Need& need);
    void needChanged(const md::Need& need);
    void needRemoved(qint64 id, qint64 engagementId);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace md
