#include "storage/EvaluationRepository.h"

#include "pipeline/PipelineValidator.h"
#include "storage/Database.h"
#include "storage/EngagementRepositorySql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace md {

using namespace engagementsql;

namespace {

Evaluation evaluationFromQuery(const QSqlQuery& query) {
    Evaluation evaluation;
    int i = 0;
    evaluation.id = query.value(i++).toLongLong();
    evaluation.goalId = query.value(i++).toLongLong();
    evaluation.outcome =
        fromKey<EvaluationOutcome>(query.value(i++).toString()).value_or(EvaluationOutcome::Partly);
    evaluation.finalValue = realFrom(query.value(i++));
    evaluation.mentorAssessment = query.value(i++).toString();
    const QVariant rating = query.value(i++);
    if (!rating.isNull())
        evaluation.menteeRating = rating.toInt();
    evaluation.menteeComments = query.value(i++).toString();
    evaluation.adjustments = query.value(i++).toString();
    evaluation.createdUtc = fromIsoUtc(query.value(i++));
    evaluation.updatedUtc = fromIsoUtc(query.value(i++));
    return evaluation;
}

} // namespace

EvaluationRepository::EvaluationRepository(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock) {}

Result<Evaluation> EvaluationRepository::save(const Evaluation& input) {
    Evaluation evaluation = input;
    evaluation.mentorAssessment = evaluation.mentorAssessment.trimmed();
    evaluation.menteeComments = evaluation.menteeComments.trimmed();
    evaluation.adjustments = evaluation.adjustments.trimmed();
    if (const auto errors = PipelineValidator::validate(evaluation); !errors.isEmpty())
        return invalid(errors);
    const qint64 engagementId = engagementOfGoal(m_database, evaluation.goalId);
    if (engagementId == 0)
        return makeError(ErrorCode::NotFound,
                         tr("There is no goal with id %1.").arg(evaluation.goalId));
    auto existing = forGoal(evaluation.goalId);
    if (!existing)
        return existing.error();
    const QDateTime now = m_clock.nowUtc();
    evaluation.updatedUtc = now;
    evaluation.createdUtc = existing.value() ? existing.value()->createdUtc : now;

    // SQLite 3.15 has no UPSERT: update the existing row or insert a new one.
    const Status saved = m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        if (existing.value()) {
            evaluation.id = existing.value()->id;
            query.prepare(QStringLiteral(
                "UPDATE evaluations SET outcome = ?, final_value = ?, mentor_assessment = ?, "
                "mentee_rating = ?, mentee_comments = ?, adjustments = ?, updated_utc = ? "
                "WHERE id = ?"));
        } else {
            query.prepare(QStringLiteral(
                "INSERT INTO evaluations (outcome, final_value, mentor_assessment, mentee_rating, "
                "mentee_comments, adjustments, updated_utc, goal_id, created_utc) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        }
        query.addBindValue(keyOf(evaluation.outcome));
        query.addBindValue(realValue(evaluation.finalValue));
        query.addBindValue(evaluation.mentorAssessment);
        query.addBindValue(evaluation.menteeRating ? QVariant(*evaluation.menteeRating)
                                                   : QVariant(QMetaType::fromType<int>()));
        query.addBindValue(evaluation.menteeComments);
        query.addBindValue(evaluation.adjustments);
        query.addBindValue(isoUtc(evaluation.updatedUtc));
        if (existing.value()) {
            query.addBindValue(evaluation.id);
        } else {
            query.addBindValue(evaluation.goalId);
            query.addBindValue(isoUtc(evaluation.createdUtc));
        }
        if (!query.exec())
            return Database::queryError(query, tr("Could not save the evaluation"));
        if (!existing.value())
            evaluation.id = query.lastInsertId().toLongLong();
        return touchEngagement(m_database, engagementId, now);
    });
    if (!saved)
        return saved.error();
    return evaluation;
}

Result<std::optional<Evaluation>> EvaluationRepository::forGoal(qint64 goalId) const {
    auto found = select(QStringLiteral("e.goal_id = ?"), goalId);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Evaluation>();
    return std::optional<Evaluation>(found->first());
}

Result<QList<Evaluation>> EvaluationRepository::listForEngagement(qint64 engagementId) const {
    return select(QStringLiteral("g.engagement_id = ?"), engagementId);
}

Result<QList<Evaluation>> EvaluationRepository::select(const QString& where, qint64 id) const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT e.id, e.goal_id, e.outcome, e.final_value, "
                                 "e.mentor_assessment, e.mentee_rating, e.mentee_comments, "
                                 "e.adjustments, e.created_utc, e.updated_utc FROM evaluations e "
                                 "JOIN goals g ON g.id = e.goal_id WHERE %1 ORDER BY e.goal_id")
                      .arg(where));
    query.addBindValue(id);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the evaluations"));
    QList<Evaluation> evaluations;
    while (query.next())
        evaluations.append(evaluationFromQuery(query));
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the evaluations"));
    return evaluations;
}

Status EvaluationRepository::removeForGoal(qint64 goalId) {
    const qint64 engagementId = engagementOfGoal(m_database, goalId);
    const Status removed = m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("DELETE FROM evaluations WHERE goal_id = ?"));
        query.addBindValue(goalId);
        if (!query.exec())
            return Database::queryError(query, tr("Could not delete the evaluation"));
        if (query.numRowsAffected() == 0)
            return makeError(ErrorCode::NotFound, tr("Goal %1 has no evaluation.").arg(goalId));
        return touchEngagement(m_database, engagementId, m_clock.nowUtc());
    });
    return removed;
}

} // namespace md
