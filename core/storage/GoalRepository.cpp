#include "storage/GoalRepository.h"

#include "pipeline/PipelineValidator.h"
#include "storage/Database.h"
#include "storage/EngagementRepositorySql.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace md {

using namespace engagementsql;

namespace {

const QString kColumns =
    QStringLiteral("id, engagement_id, specific, metric, unit, baseline, target, attainable, "
                   "due_date, active, created_utc, updated_utc");

SmartGoal goalFromQuery(const QSqlQuery& query) {
    SmartGoal goal;
    int i = 0;
    goal.id = query.value(i++).toLongLong();
    goal.engagementId = query.value(i++).toLongLong();
    goal.specific = query.value(i++).toString();
    goal.metric = query.value(i++).toString();
    goal.unit = query.value(i++).toString();
    goal.baseline = realFrom(query.value(i++));
    goal.target = realFrom(query.value(i++));
    goal.attainable = query.value(i++).toString();
    goal.dueDate = dateFrom(query.value(i++));
    goal.active = query.value(i++).toInt() != 0;
    goal.createdUtc = fromIsoUtc(query.value(i++));
    goal.updatedUtc = fromIsoUtc(query.value(i++));
    return goal;
}

SmartGoal normalised(SmartGoal goal) {
    goal.specific = goal.specific.trimmed();
    goal.metric = goal.metric.trimmed();
    goal.unit = goal.unit.trimmed();
    goal.attainable = goal.attainable.trimmed();
    std::sort(goal.needIds.begin(), goal.needIds.end());
    goal.needIds.erase(std::unique(goal.needIds.begin(), goal.needIds.end()), goal.needIds.end());
    return goal;
}

void bindFields(QSqlQuery& query, const SmartGoal& goal) {
    query.addBindValue(goal.specific);
    query.addBindValue(goal.metric);
    query.addBindValue(goal.unit);
    query.addBindValue(realValue(goal.baseline));
    query.addBindValue(realValue(goal.target));
    query.addBindValue(goal.attainable);
    query.addBindValue(dateValue(goal.dueDate));
    query.addBindValue(goal.active ? 1 : 0);
}

} // namespace

GoalRepository::GoalRepository(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock) {}

Status GoalRepository::writeNeedLinks(const SmartGoal& goal) {
    QSqlQuery clear(m_database.connection());
    clear.prepare(QStringLiteral("DELETE FROM goal_needs WHERE goal_id = ?"));
    clear.addBindValue(goal.id);
    if (!clear.exec())
        return Database::queryError(clear, tr("Could not link the goal to its needs"));
    for (qint64 needId : goal.needIds) {
        // INSERT … SELECT writes nothing when the need belongs to another
        // engagement, which the row count then reveals.
        QSqlQuery link(m_database.connection());
        link.prepare(QStringLiteral("INSERT INTO goal_needs (goal_id, need_id) SELECT ?, id FROM "
                                    "needs WHERE id = ? AND engagement_id = ?"));
        link.addBindValue(goal.id);
        link.addBindValue(needId);
        link.addBindValue(goal.engagementId);
        if (!link.exec())
            return Database::queryError(link, tr("Could not link the goal to its needs"));
        if (link.numRowsAffected() != 1)
            return makeError(ErrorCode::InvalidInput,
                             tr("Need %1 does not belong to this engagement.").arg(needId));
    }
    return {};
}

Result<QList<qint64>> GoalRepository::needLinks(qint64 goalId) const {
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT need_id FROM goal_needs WHERE goal_id = ? ORDER BY need_id"));
    query.addBindValue(goalId);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the goal's needs"));
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the goal's needs"));
    return ids;
}

Result<SmartGoal> GoalRepository::add(const SmartGoal& input) {
    SmartGoal goal = normalised(input);
    if (const auto errors = PipelineValidator::validate(goal); !errors.isEmpty())
        return invalid(errors);
    goal.createdUtc = goal.updatedUtc = m_clock.nowUtc();
    const Status saved = m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral(
            "INSERT INTO goals (specific, metric, unit, baseline, target, attainable, due_date, "
            "active, engagement_id, created_utc, updated_utc) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        bindFields(query, goal);
        query.addBindValue(goal.engagementId);
        query.addBindValue(isoUtc(goal.createdUtc));
        query.addBindValue(isoUtc(goal.updatedUtc));
        if (!query.exec())
            return Database::queryError(query, tr("Could not save the goal"));
        goal.id = query.lastInsertId().toLongLong();
        if (Status linked = writeNeedLinks(goal); !linked)
            return linked;
        return touchEngagement(m_database, goal.engagementId, goal.updatedUtc);
    });
    if (!saved)
        return saved.error();
    return goal;
}

Result<SmartGoal> GoalRepository::update(const SmartGoal& input) {
    auto existing = get(input.id);
    if (!existing)
        return existing.error();
    SmartGoal goal = normalised(input);
    goal.engagementId = existing->engagementId;
    goal.createdUtc = existing->createdUtc;
    if (const auto errors = PipelineValidator::validate(goal); !errors.isEmpty())
        return invalid(errors);
    goal.updatedUtc = m_clock.nowUtc();
    const Status saved = m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral(
            "UPDATE goals SET specific = ?, metric = ?, unit = ?, baseline = ?, target = ?, "
            "attainable = ?, due_date = ?, active = ?, updated_utc = ? WHERE id = ?"));
        bindFields(query, goal);
        query.addBindValue(isoUtc(goal.updatedUtc));
        query.addBindValue(goal.id);
        if (!query.exec())
            return Database::queryError(query, tr("Could not save the goal"));
        if (Status linked = writeNeedLinks(goal); !linked)
            return linked;
        return touchEngagement(m_database, goal.engagementId, goal.updatedUtc);
    });
    if (!saved)
        return saved.error();
    return goal;
}

Result<SmartGoal> GoalRepository::get(qint64 id) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM goals WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the goal"));
    if (!query.next()) {
        if (query.lastError().isValid())
            return Database::queryError(query, tr("Could not read the goal"));
        return makeError(ErrorCode::NotFound, tr("There is no goal with id %1.").arg(id));
    }
    SmartGoal goal = goalFromQuery(query);
    auto links = needLinks(goal.id);
    if (!links)
        return links.error();
    goal.needIds = links.value();
    return goal;
}

Result<QList<SmartGoal>> GoalRepository::list(qint64 engagementId) const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM goals WHERE engagement_id = ? ORDER BY id").arg(kColumns));
    query.addBindValue(engagementId);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the goals"));
    QList<SmartGoal> goals;
    while (query.next())
        goals.append(goalFromQuery(query));
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the goals"));
    for (SmartGoal& goal : goals) {
        auto links = needLinks(goal.id);
        if (!links)
            return links.error();
        goal.needIds = links.value();
    }
    return goals;
}

Status GoalRepository::remove(qint64 id) {
    auto existing = get(id);
    if (!existing)
        return existing.error();
    const Status removed = m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("DELETE FROM goals WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec())
            return Database::queryError(query, tr("Could not delete the goal"));
        return touchEngagement(m_database, existing->engagementId, m_clock.nowUtc());
    });
    return removed;
}

Result<ProgressEntry> GoalRepository::addProgress(const ProgressEntry& input) {
    ProgressEntry entry = input;
    entry.comment = entry.comment.trimmed();
    if (const auto errors = PipelineValidator::validate(entry); !errors.isEmpty())
        return invalid(errors);
    const qint64 engagementId = engagementOfGoal(m_database, entry.goalId);
    if (engagementId == 0)
        return makeError(ErrorCode::NotFound, tr("There is no goal with id %1.").arg(entry.goalId));
    entry.createdUtc = m_clock.nowUtc();
    const Status saved = m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("INSERT INTO goal_progress (goal_id, entry_date, value, "
                                     "comment, created_utc) VALUES (?, ?, ?, ?, ?)"));
        query.addBindValue(entry.goalId);
        query.addBindValue(dateValue(entry.date));
        query.addBindValue(entry.value);
        query.addBindValue(entry.comment);
        query.addBindValue(isoUtc(entry.createdUtc));
        if (!query.exec())
            return Database::queryError(query, tr("Could not save the progress entry"));
        entry.id = query.lastInsertId().toLongLong();
        return touchEngagement(m_database, engagementId, entry.createdUtc);
    });
    if (!saved)
        return saved.error();
    return entry;
}

Result<qint64> GoalRepository::singleId(const QString& sql, qint64 id,
                                        const QString& notFound) const {
    QSqlQuery query(m_database.connection());
    query.prepare(sql);
    query.addBindValue(id);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the goal"));
    if (!query.next()) {
        if (query.lastError().isValid())
            return Database::queryError(query, tr("Could not read the goal"));
        return makeError(ErrorCode::NotFound, notFound);
    }
    return query.value(0).toLongLong();
}

Result<qint64> GoalRepository::engagementOf(qint64 goalId) const {
    return singleId(QStringLiteral("SELECT engagement_id FROM goals WHERE id = ?"), goalId,
                    tr("There is no goal with id %1.").arg(goalId));
}

Result<qint64> GoalRepository::goalOfProgress(qint64 entryId) const {
    return singleId(QStringLiteral("SELECT goal_id FROM goal_progress WHERE id = ?"), entryId,
                    tr("There is no progress entry with id %1.").arg(entryId));
}

Result<QList<qint64>> GoalRepository::goalsLinkedTo(qint64 needId) const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT goal_id FROM goal_needs WHERE need_id = ? ORDER BY goal_id"));
    query.addBindValue(needId);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the goals of the need"));
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the goals of the need"));
    return ids;
}

Status GoalRepository::removeProgress(qint64 entryId) {
    QSqlQuery find(m_database.connection());
    find.prepare(QStringLiteral("SELECT goal_id FROM goal_progress WHERE id = ?"));
    find.addBindValue(entryId);
    if (!find.exec())
        return Database::queryError(find, tr("Could not read the progress entry"));
    if (!find.next()) {
        if (find.lastError().isValid())
            return Database::queryError(find, tr("Could not read the progress entry"));
        return makeError(ErrorCode::NotFound,
                         tr("There is no progress entry with id %1.").arg(entryId));
    }
    const qint64 goalId = find.value(0).toLongLong();
    const Status removed = m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("DELETE FROM goal_progress WHERE id = ?"));
        query.addBindValue(entryId);
        if (!query.exec())
            return Database::queryError(query, tr("Could not delete the progress entry"));
        return touchEngagement(m_database, engagementOfGoal(m_database, goalId), m_clock.nowUtc());
    });
    return removed;
}

Result<QList<ProgressEntry>> GoalRepository::progress(qint64 goalId) const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, goal_id, entry_date, value, comment, created_utc "
                                 "FROM goal_progress WHERE goal_id = ? ORDER BY entry_date, id"));
    query.addBindValue(goalId);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the goal's progress"));
    QList<ProgressEntry> entries;
    while (query.next()) {
        ProgressEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.goalId = query.value(1).toLongLong();
        entry.date = dateFrom(query.value(2));
        entry.value = query.value(3).toDouble();
        entry.comment = query.value(4).toString();
        entry.createdUtc = fromIsoUtc(query.value(5));
        entries.append(entry);
    }
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the goal's progress"));
    return entries;
}

} // namespace md
