#include "storage/PipelineReadModelRepository.h"

#include "storage/ClientSql.h"
#include "storage/Database.h"
#include "storage/EngagementRepositorySql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace md {

using namespace engagementsql;

namespace {

const QString kOpen = QStringLiteral("e.status IN ('active', 'maintenance')");
// Open actions, as PipelineWarnings::isOverdue counts them (tests/core/
// tst_pipelinereadmodels.cpp checks that the two agree).
const QString kOverdue =
    QStringLiteral("a.status IN ('todo', 'doing') AND a.due_date IS NOT NULL AND a.due_date < ?");
const QString kEngagementOrder = QStringLiteral("e.start_date DESC, e.id DESC");

PipelineState stateFrom(const QVariant& stage, const QVariant& status) {
    return pipelineStateOf(
        fromKey<Stage>(stage.toString()).value_or(Stage::ProfileAgreement),
        fromKey<EngagementStatus>(status.toString()).value_or(EngagementStatus::Active));
}

// Reads the rows of `query` (executed) with `read`, checking the step error.
template <typename Row, typename Read>
Result<QList<Row>> readAll(QSqlQuery& query, const QString& whatFailed, Read read) {
    QList<Row> rows;
    while (query.next())
        rows.append(read(query));
    if (query.lastError().isValid())
        return Database::queryError(query, whatFailed);
    return rows;
}

} // namespace

PipelineReadModelRepository::PipelineReadModelRepository(Database& database)
    : m_database(database) {}

Result<QList<EngagementCard>> PipelineReadModelRepository::cards(const QDate& today,
                                                                 qint64 engagementId) const {
    // The overdue counts in one pass over the open-actions index, joined to
    // the engagements on the board.
    const QString sql =
        QStringLiteral(
            "SELECT e.id, e.client_id, %1, e.title, e.stage, e.status, e.stage_entered_utc, "
            "e.last_activity_utc, e.created_utc, COALESCE(o.n, 0) "
            "FROM engagements e INDEXED BY engagements_summary "
            "JOIN clients c INDEXED BY clients_names ON c.id = e.client_id "
            "LEFT JOIN (SELECT g.engagement_id AS engagement_id, count(*) AS n FROM actions a "
            "JOIN goals g ON g.id = a.goal_id WHERE %2%3 GROUP BY g.engagement_id) o "
            "ON o.engagement_id = e.id WHERE %4 ORDER BY %5")
            .arg(clientDisplayNameSql(QStringLiteral("c")), kOverdue,
                 engagementId > 0 ? QStringLiteral(" AND g.engagement_id = ?") : QString(),
                 engagementId > 0 ? QStringLiteral("e.id = ?") : kOpen, kEngagementOrder);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(today.toString(Qt::ISODate));
    if (engagementId > 0) {
        query.addBindValue(engagementId);
        query.addBindValue(engagementId);
    }
    const QString failed = tr("Could not read the pipeline board");
    if (!query.exec())
        return Database::queryError(query, failed);
    return readAll<EngagementCard>(query, failed, [](const QSqlQuery& q) {
        EngagementCard card;
        card.engagementId = q.value(0).toLongLong();
        card.clientId = q.value(1).toLongLong();
        card.clientName = q.value(2).toString();
        card.title = q.value(3).toString();
        card.state = stateFrom(q.value(4), q.value(5));
        card.stageEnteredUtc = fromIsoUtc(q.value(6));
        card.lastActivityUtc =
            PipelineWarnings::lastActivityOf(fromIsoUtc(q.value(7)), fromIsoUtc(q.value(8)));
        card.overdueActions = q.value(9).toInt();
        return card;
    });
}

Result<QList<PipelineRows::Goal>>
PipelineReadModelRepository::goalsDueBetween(const QDate& from, const QDate& until,
                                             qint64 engagementId) const {
    // The latest entry as GoalProgress::latest picks it: by date, then the
    // later recorded, then the later id; and the evaluation's final value,
    // which GoalProgress weighs against it.
    const QString sql =
        QStringLiteral(
            "SELECT g.id, e.id, %1, e.title, e.stage, e.status, g.specific, g.baseline, "
            "g.target, g.due_date, g.active, p.value, p.entry_date, p.created_utc, "
            "v.final_value, v.created_utc, v.updated_utc "
            "FROM goals g JOIN engagements e INDEXED BY engagements_summary ON e.id = "
            "g.engagement_id "
            "JOIN clients c INDEXED BY clients_names ON c.id = e.client_id "
            "LEFT JOIN goal_progress p ON p.id = (SELECT q.id FROM goal_progress q "
            "WHERE q.goal_id = g.id ORDER BY q.entry_date DESC, q.created_utc DESC, q.id DESC "
            "LIMIT 1) "
            "LEFT JOIN evaluations v ON v.goal_id = g.id AND v.final_value IS NOT NULL "
            "WHERE g.active = 1 AND g.due_date IS NOT NULL "
            "AND g.due_date >= ? AND g.due_date <= ? AND %2 ORDER BY g.due_date, %3, g.id")
            .arg(clientDisplayNameSql(QStringLiteral("c")),
                 engagementId > 0 ? QStringLiteral("e.id = ?") : kOpen, kEngagementOrder);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(from.toString(Qt::ISODate));
    query.addBindValue(until.toString(Qt::ISODate));
    if (engagementId > 0)
        query.addBindValue(engagementId);
    const QString failed = tr("Could not read the goals due soon");
    if (!query.exec())
        return Database::queryError(query, failed);
    return readAll<PipelineRows::Goal>(query, failed, [](const QSqlQuery& q) {
        PipelineRows::Goal goal;
        goal.goalId = q.value(0).toLongLong();
        goal.engagement = {q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                           stateFrom(q.value(4), q.value(5))};
        goal.specific = q.value(6).toString();
        goal.baseline = realFrom(q.value(7));
        goal.target = realFrom(q.value(8));
        goal.dueDate = dateFrom(q.value(9));
        goal.active = q.value(10).toInt() != 0;
        if (const std::optional<double> value = realFrom(q.value(11)))
            goal.latestEntry =
                GoalMeasurement{dateFrom(q.value(12)), fromIsoUtc(q.value(13)), *value};
        if (const std::optional<double> value = realFrom(q.value(14))) {
            Evaluation evaluation;
            evaluation.finalValue = value;
            evaluation.createdUtc = fromIsoUtc(q.value(15));
            evaluation.updatedUtc = fromIsoUtc(q.value(16));
            goal.evaluated = GoalProgress::measurementOf(evaluation);
        }
        return goal;
    });
}

Result<QMap<PipelineState, int>> PipelineReadModelRepository::countsByState() const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const QString failed = tr("Could not count the engagements");
    if (!query.exec(QStringLiteral("SELECT e.stage, e.status, count(*) FROM engagements e "
                                   "WHERE %1 GROUP BY e.stage, e.status")
                        .arg(kOpen)))
        return Database::queryError(query, failed);
    QMap<PipelineState, int> counts;
    while (query.next())
        counts[stateFrom(query.value(0), query.value(1))] += query.value(2).toInt();
    if (query.lastError().isValid())
        return Database::queryError(query, failed);
    return counts;
}

Result<QList<DashboardSummary::OverdueAction>>
PipelineReadModelRepository::overdueActions(const QDate& today) const {
    const QString sql =
        QStringLiteral(
            "SELECT a.id, a.description, a.due_date, e.id, %1, e.title, e.stage, "
            "e.status FROM actions a JOIN goals g INDEXED BY goals_engagement ON g.id = a.goal_id "
            "JOIN engagements e INDEXED BY engagements_summary ON e.id = g.engagement_id "
            "JOIN clients c INDEXED BY clients_names ON c.id = e.client_id WHERE %2 AND %3 "
            "ORDER BY a.due_date, %4, g.id, a.id")
            .arg(clientDisplayNameSql(QStringLiteral("c")), kOverdue, kOpen, kEngagementOrder);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(today.toString(Qt::ISODate));
    const QString failed = tr("Could not read the overdue actions");
    if (!query.exec())
        return Database::queryError(query, failed);
    return readAll<DashboardSummary::OverdueAction>(query, failed, [&today](const QSqlQuery& q) {
        DashboardSummary::OverdueAction row;
        row.actionId = q.value(0).toLongLong();
        row.description = q.value(1).toString();
        row.dueDate = dateFrom(q.value(2));
        row.daysOverdue = int(row.dueDate.daysTo(today));
        row.engagement = {q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString(),
                          stateFrom(q.value(6), q.value(7))};
        return row;
    });
}

Result<QList<PipelineRows::Activity>>
PipelineReadModelRepository::idleSince(const QDateTime& before) const {
    const QString sql =
        QStringLiteral("SELECT e.id, %1, e.title, e.stage, e.status, e.last_activity_utc, "
                       "e.created_utc FROM engagements e INDEXED BY engagements_summary JOIN "
                       "clients c INDEXED BY clients_names "
                       "ON c.id = e.client_id "
                       "WHERE %2 AND e.last_activity_utc < ? ORDER BY %3")
            .arg(clientDisplayNameSql(QStringLiteral("c")), kOpen, kEngagementOrder);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(isoUtc(before));
    const QString failed = tr("Could not read the engagements");
    if (!query.exec())
        return Database::queryError(query, failed);
    return readAll<PipelineRows::Activity>(query, failed, [](const QSqlQuery& q) {
        PipelineRows::Activity row;
        row.engagement = {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                          stateFrom(q.value(3), q.value(4))};
        row.lastActivityUtc =
            PipelineWarnings::lastActivityOf(fromIsoUtc(q.value(5)), fromIsoUtc(q.value(6)));
        return row;
    });
}

} // namespace md
