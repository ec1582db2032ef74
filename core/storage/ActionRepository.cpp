#include "storage/ActionRepository.h"

#include "pipeline/PipelineValidator.h"
#include "storage/Database.h"
#include "storage/EngagementRepositorySql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace md {

using namespace engagementsql;

namespace {

Action actionFromQuery(const QSqlQuery& query) {
    Action action;
    int i = 0;
    action.id = query.value(i++).toLongLong();
    action.goalId = query.value(i++).toLongLong();
    action.description = query.value(i++).toString();
    action.dueDate = dateFrom(query.value(i++));
    action.status = fromKey<ActionStatus>(query.value(i++).toString()).value_or(ActionStatus::Todo);
    action.people = splitLines(query.value(i++));
    action.createdUtc = fromIsoUtc(query.value(i++));
    action.updatedUtc = fromIsoUtc(query.value(i++));
    return action;
}

Action normalised(Action action) {
    action.description = action.description.trimmed();
    QStringList people;
    for (const QString& person : std::as_const(action.people)) {
        const QString name = person.simplified();
        if (!name.isEmpty() && !people.contains(name))
            people.append(name);
    }
    action.people = people;
    return action;
}

} // namespace

ActionRepository::ActionRepository(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock) {}

Result<Action> ActionRepository::add(const Action& input) {
    Action action = normalised(input);
    if (const auto errors = PipelineValidator::validate(action); !errors.isEmpty())
        return invalid(errors);
    const qint64 engagementId = engagementOfGoal(m_database, action.goalId);
    if (engagementId == 0)
        return makeError(ErrorCode::NotFound,
                         tr("There is no goal with id %1.").arg(action.goalId));
    action.createdUtc = action.updatedUtc = m_clock.nowUtc();
    const Status saved = m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral(
            "INSERT INTO actions (goal_id, description, due_date, status, people, created_utc, "
            "updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(action.goalId);
        query.addBindValue(action.description);
        query.addBindValue(dateValue(action.dueDate));
        query.addBindValue(keyOf(action.status));
        query.addBindValue(joinLines(action.people));
        query.addBindValue(isoUtc(action.createdUtc));
        query.addBindValue(isoUtc(action.updatedUtc));
        if (!query.exec())
            return Database::queryError(query, tr("Could not save the action"));
        action.id = query.lastInsertId().toLongLong();
        return touchEngagement(m_database, engagementId, action.updatedUtc);
    });
    if (!saved)
        return saved.error();
    return action;
}

Result<Action> ActionRepository::update(const Action& input) {
    auto existing = get(input.id);
    if (!existing)
        return existing.error();
    Action action = normalised(input);
    action.goalId = existing->goalId;
    action.createdUtc = existing->createdUtc;
    if (const auto errors = PipelineValidator::validate(action); !errors.isEmpty())
        return invalid(errors);
    const qint64 engagementId = engagementOfGoal(m_database, action.goalId);
    action.updatedUtc = m_clock.nowUtc();
    const Status saved = m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(
            QStringLiteral("UPDATE actions SET description = ?, due_date = ?, status = ?, "
                           "people = ?, updated_utc = ? WHERE id = ?"));
        query.addBindValue(action.description);
        query.addBindValue(dateValue(action.dueDate));
        query.addBindValue(keyOf(action.status));
        query.addBindValue(joinLines(action.people));
        query.addBindValue(isoUtc(action.updatedUtc));
        query.addBindValue(action.id);
        if (!query.exec())
            return Database::queryError(query, tr("Could not save the action"));
        return touchEngagement(m_database, engagementId, action.updatedUtc);
    });
    if (!saved)
        return saved.error();
    return action;
}

Status ActionRepository::setStatus(qint64 id, ActionStatus status) {
    auto action = get(id);
    if (!action)
        return action.error();
    action->status = status;
    auto saved = update(action.value());
    if (!saved)
        return saved.error();
    return {};
}

Result<Action> ActionRepository::get(qint64 id) const {
    auto found = select(QStringLiteral("a.id = ?"), id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound, tr("There is no action with id %1.").arg(id));
    return found->first();
}

Result<QList<Action>> ActionRepository::listForGoal(qint64 goalId) const {
    return select(QStringLiteral("a.goal_id = ?"), goalId);
}

Result<QList<Action>> ActionRepository::listForEngagement(qint64 engagementId) const {
    return select(QStringLiteral("g.engagement_id = ?"), engagementId);
}

Result<QList<Action>> ActionRepository::select(const QString& where, qint64 id) const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT a.id, a.goal_id, a.description, a.due_date, a.status, "
                                 "a.people, a.created_utc, a.updated_utc FROM actions a "
                                 "JOIN goals g ON g.id = a.goal_id WHERE %1 "
                                 "ORDER BY a.goal_id, a.due_date IS NULL, a.due_date, a.id")
                      .arg(where));
    query.addBindValue(id);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the actions"));
    QList<Action> actions;
    while (query.next())
        actions.append(actionFromQuery(query));
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the actions"));
    return actions;
}

Status ActionRepository::remove(qint64 id) {
    auto existing = get(id);
    if (!existing)
        return existing.error();
    const qint64 engagementId = engagementOfGoal(m_database, existing->goalId);
    const Status removed = m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("DELETE FROM actions WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec())
            return Database::queryError(query, tr("Could not delete the action"));
        return touchEngagement(m_database, engagementId, m_clock.nowUtc());
    });
    return removed;
}

} // namespace md
