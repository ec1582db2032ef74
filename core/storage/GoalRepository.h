#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "pipeline/SmartGoal.h"

#include <QList>
#include <QObject>

namespace md {

class Database;

// Stores SMART goals (stage 3), their links to needs and their progress
// entries. Goals that fail the SMART check may be stored: they are drafts.
class GoalRepository final : public QObject {
    Q_OBJECT
public:
    GoalRepository(Database& database, const Clock& clock, QObject* parent = nullptr);

    // Linked needs must belong to the goal's engagement (InvalidInput if not).
    Result<SmartGoal> add(const SmartGoal& goal);
    Result<SmartGoal> update(const SmartGoal& goal); // the engagement cannot change
    Result<SmartGoal> get(qint64 id) const;
    Result<QList<SmartGoal>> list(qint64 engagementId) const; // oldest first
    // Deletes the goal with its progress, actions and evaluation.
    Status remove(qint64 id);

    Result<ProgressEntry> addProgress(const ProgressEntry& entry);
    Status removeProgress(qint64 entryId);
    Result<QList<ProgressEntry>> progress(qint64 goalId) const; // by date

Q_SIGNALS:
    void goalAdded(const md::SmartGoal& goal);
    void goalChanged(const md::SmartGoal& goal);
    void goalRemoved(qint64 id, qint64 engagementId);
    void progressAdded(const md::ProgressEntry& entry);
    void progressRemoved(qint64 entryId, qint64 goalId);

private:
    Status writeNeedLinks(const SmartGoal& goal);
    Result<QList<qint64>> needLinks(qint64 goalId) const;

    Database& m_database;
    const Clock& m_clock;
};

} // namespace md
