#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "pipeline/Action.h"

#include <QList>
#include <QObject>

namespace md {

class Database;

// Stores the action plan (stage 4): actions per goal.
class ActionRepository final : public QObject {
    Q_OBJECT
public:
    ActionRepository(Database& database, const Clock& clock, QObject* parent = nullptr);

    Result<Action> add(const Action& action);
    Result<Action> update(const Action& action); // the goal cannot change
    Status setStatus(qint64 id, ActionStatus status);
    Result<Action> get(qint64 id) const;
    Result<QList<Action>> listForGoal(qint64 goalId) const;
    // Every action of every goal of the engagement, by goal, then due date
    // (actions without a date last).
    Result<QList<Action>> listForEngagement(qint64 engagementId) const;
    Status remove(qint64 id);

Q_SIGNALS:
    // `engagementId` spares listeners a lookup to know which card changed.
    void actionAdded(const md::Action& action, qint64 engagementId);
    void actionChanged(const md::Action& action, qint64 engagementId);
    void actionRemoved(qint64 id, qint64 goalId, qint64 engagementId);

private:
    Result<QList<Action>> select(const QString& where, qint64 id) const;

    Database& m_database;
    const Clock& m_clock;
};

} // namespace md
