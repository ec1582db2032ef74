#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "pipeline/SmartGoal.h"

#include <QCoreApplication>
#include <QList>

namespace md {

class Database;

// Stores SMART goals (stage 3), their links to needs and their progress
// entries. Goals that fail the SMART check may be stored: they are drafts.
class GoalRepository final {
    Q_DECLARE_TR_FUNCTIONS(md::GoalRepository)
public:
    GoalRepository(Database& database, const Clock& clock);

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

    // NotFound when there is no such goal or entry.
    Result<qint64> engagementOf(qint64 goalId) const;
    Result<qint64> goalOfProgress(qint64 entryId) const;
    // The goals linked to a need (the links go when the need is deleted).
    Result<QList<qint64>> goalsLinkedTo(qint64 needId) const;

private:
    Status writeNeedLinks(const SmartGoal& goal);
    Result<QList<qint64>> needLinks(qint64 goalId) const;
    Result<qint64> singleId(const QString& sql, qint64 id, const QString& notFound) const;

    Database& m_database;
    const Clock& m_clock;
};

} // namespace md
