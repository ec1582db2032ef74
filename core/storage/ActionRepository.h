#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "pipeline/Action.h"

#include <QCoreApplication>
#include <QList>

namespace md {

class Database;

// Stores the action plan (stage 4): actions per goal.
class ActionRepository final {
    Q_DECLARE_TR_FUNCTIONS(md::ActionRepository)
public:
    ActionRepository(Database& database, const Clock& clock);

    Result<Action> add(const Action& action);
    Result<Action> update(const Action& action); // the goal cannot change
    Status setStatus(qint64 id, ActionStatus status);
    Result<Action> get(qint64 id) const;
    Result<QList<Action>> listForGoal(qint64 goalId) const;
    // Every action of every goal of the engagement, by goal, then due date
    // (actions without a date last).
    Result<QList<Action>> listForEngagement(qint64 engagementId) const;
    Status remove(qint64 id);

private:
    Result<QList<Action>> select(const QString& where, qint64 id) const;

    Database& m_database;
    const Clock& m_clock;
};

} // namespace md
