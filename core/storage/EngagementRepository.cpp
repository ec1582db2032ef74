#include "storage/EngagementRepository.h"

#include "pipeline/PipelineValidator.h"
#include "storage/ClientSql.h"
#include "storage/Database.h"
#include "storage/EngagementRepositorySql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace md {

using namespace engagementsql;

namespace {

const QString kColumns = QStringLiteral(
    "id, client_id, title, start_date, profile_notes, planned_sessions, cadence, format, "
    "fee_note, stage, status, outcome, previous_engagement_id, stage_entered_utc, "
    "last_activity_utc, created_utc, updated_utc, session_fee_minor");
// The client's display name follows the engagement's columns in named reads.
constexpr int kColumnCount = 18;

Engagement engagementFromQuery(const QSqlQuery& query) {
    Engagement e;
    int i = 0;
    e.id = query.value(i++).toLongLong();
    e.clientId = query.value(i++).toLongLong();
    e.title = query.value(i++).toString();
    e.startDate = dateFrom(query.value(i++));
    e.profileNotes = query.value(i++).toString();
    e.plannedSessions = query.value(i++).toInt();
    e.cadence = fromKey<Cadence>(query.value(i++).toString()).value_or(Cadence::Biweekly);
    e.format =
        fromKey<EngagementFormat>(query.value(i++).toString()).value_or(EngagementFormat::Video);
    e.feeNote = query.value(i++).toString();
    e.stage = fromKey<Stage>(query.value(i++).toString()).value_or(Stage::ProfileAgreement);
    e.status =
        fromKey<EngagementStatus>(query.value(i++).toString()).value_or(EngagementStatus::Active);
    e.outcome = query.value(i++).toString();
    e.previousEngagementId = query.value(i++).toLongLong();
    e.stageEnteredUtc = fromIsoUtc(query.value(i++));
    e.lastActivityUtc = fromIsoUtc(query.value(i++));
    e.createdUtc = fromIsoUtc(query.value(i++));
    e.updatedUtc = fromIsoUtc(query.value(i++));
    e.sessionFeeMinor = query.value(i++).toLongLong();
    return e;
}

StageChange changeFromQuery(const QSqlQuery& query) {
    StageChange change;
    change.id = query.value(0).toLongLong();
    change.engagementId = query.value(1).toLongLong();
    if (!query.value(2).isNull())
        change.from = fromKey<PipelineState>(query.value(2).toString());
    change.to =
        fromKey<PipelineState>(query.value(3).toString()).value_or(PipelineState::ProfileAgreement);
    change.changedUtc = fromIsoUtc(query.value(4));
    change.reason = query.value(5).toString();
    change.overridden = query.value(6).toInt() != 0;
    return change;
}

Engagement normalised(Engagement e) {
    e.title = e.title.trimmed();
    return e;
}

} // namespace

EngagementRepository::EngagementRepository(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock) {}

Result<qint64> EngagementRepository::insertChange(const StageChange& change) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO stage_changes (engagement_id, from_state, to_state, "
                                 "changed_utc, reason, overridden) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(change.engagementId);
    query.addBindValue(change.from ? QVariant(keyOf(*change.from))
                                   : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(keyOf(change.to));
    query.addBindValue(isoUtc(change.changedUtc));
    query.addBindValue(change.reason);
    query.addBindValue(change.overridden ? 1 : 0);
    if (!query.exec())
        return Database::queryError(query, tr("Could not record the change of stage"));
    return query.lastInsertId().toLongLong();
}

Result<Engagement> EngagementRepository::add(const Engagement& input, const QString& reason) {
    Engagement e = normalised(input);
    e.stage = Stage::ProfileAgreement;
    e.status = EngagementStatus::Active;
    if (const auto errors = PipelineValidator::validate(e); !errors.isEmpty())
        return invalid(errors);
    const QDateTime now = m_clock.nowUtc();
    e.stageEnteredUtc = e.lastActivityUtc = e.createdUtc = e.updatedUtc = now;

    StageChange creation;
    creation.to = PipelineState::ProfileAgreement;
    creation.changedUtc = now;
    creation.reason = reason.trimmed();

    const Status saved = m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral(
            "INSERT INTO engagements (client_id, title, start_date, profile_notes, "
            "planned_sessions, cadence, format, fee_note, stage, status, outcome, "
            "previous_engagement_id, stage_entered_utc, last_activity_utc, created_utc, "
            "updated_utc, session_fee_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?)"));
        query.addBindValue(e.clientId);
        query.addBindValue(e.title);
        query.addBindValue(dateValue(e.startDate));
        query.addBindValue(e.profileNotes);
        query.addBindValue(e.plannedSessions);
        query.addBindValue(keyOf(e.cadence));
        query.addBindValue(keyOf(e.format));
        query.addBindValue(e.feeNote);
        query.addBindValue(keyOf(e.stage));
        query.addBindValue(keyOf(e.status));
        query.addBindValue(e.outcome);
        query.addBindValue(e.previousEngagementId > 0 ? QVariant(e.previousEngagementId)
                                                      : QVariant(QMetaType::fromType<qint64>()));
        for (const QDateTime& time :
             {e.stageEnteredUtc, e.lastActivityUtc, e.createdUtc, e.updatedUtc})
            query.addBindValue(isoUtc(time));
        query.addBindValue(e.sessionFeeMinor);
        if (!query.exec())
            return Database::queryError(query, tr("Could not save the engagement"));
        e.id = query.lastInsertId().toLongLong();
        creation.engagementId = e.id;
        auto changeId = insertChange(creation);
        if (!changeId)
            return changeId.error();
        creation.id = changeId.value();
        return {};
    });
    if (!saved)
        return saved.error();
    return e;
}

Result<Engagement> EngagementRepository::update(const Engagement& input) {
    auto existing = get(input.id);
    if (!existing)
        return existing.error();
    Engagement e = normalised(input);
    // Stage, status and the history fields belong to applyChange().
    e.clientId = existing->clientId;
    e.stage = existing->stage;
    e.status = existing->status;
    e.previousEngagementId = existing->previousEngagementId;
    e.stageEnteredUtc = existing->stageEnteredUtc;
    e.createdUtc = existing->createdUtc;
    if (const auto errors = PipelineValidator::validate(e); !errors.isEmpty())
        return invalid(errors);
    e.updatedUtc = e.lastActivityUtc = m_clock.nowUtc();

    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("UPDATE engagements SET title = ?, start_date = ?, profile_notes = ?, "
                       "planned_sessions = ?, cadence = ?, format = ?, fee_note = ?, "
                       "session_fee_minor = ?, outcome = ?, last_activity_utc = ?, "
                       "updated_utc = ? WHERE id = ?"));
    query.addBindValue(e.title);
    query.addBindValue(dateValue(e.startDate));
    query.addBindValue(e.profileNotes);
    query.addBindValue(e.plannedSessions);
    query.addBindValue(keyOf(e.cadence));
    query.addBindValue(keyOf(e.format));
    query.addBindValue(e.feeNote);
    query.addBindValue(e.sessionFeeMinor);
    query.addBindValue(e.outcome);
    query.addBindValue(isoUtc(e.lastActivityUtc));
    query.addBindValue(isoUtc(e.updatedUtc));
    query.addBindValue(e.id);
    if (!query.exec())
        return Database::queryError(query, tr("Could not save the engagement"));
    if (query.numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, tr("There is no engagement with id %1.").arg(e.id));
    return e;
}

QString EngagementRepository::selectSql(const EngagementFilter& filter, bool named,
                                        bool byId) const {
    QString sql = QStringLiteral("SELECT %1").arg(kColumns);
    if (named)
        sql = QStringLiteral("SELECT e.%1, %2 FROM engagements e JOIN %3 ON c.id = e.client_id")
                  .arg(QString(kColumns).replace(QStringLiteral(", "), QStringLiteral(", e.")),
                       clientDisplayNameSql(QStringLiteral("c")),
                       clientNamesTable(QStringLiteral("c")));
    else
        sql += QStringLiteral(" FROM engagements e");
    QStringList where;
    if (byId)
        where.append(QStringLiteral("e.id = ?"));
    if (filter.clientId > 0)
        where.append(QStringLiteral("e.client_id = ?"));
    if (!filter.includeFinal)
        where.append(QStringLiteral("e.status IN ('active', 'maintenance')"));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    return sql + QStringLiteral(" ORDER BY e.start_date DESC, e.id DESC");
}

Result<Engagement> EngagementRepository::get(qint64 id) const {
    QSqlQuery query(m_database.connection());
    query.prepare(selectSql({}, false, true));
    query.addBindValue(id);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the engagement"));
    if (!query.next()) {
        if (query.lastError().isValid())
            return Database::queryError(query, tr("Could not read the engagement"));
        return makeError(ErrorCode::NotFound, tr("There is no engagement with id %1.").arg(id));
    }
    return engagementFromQuery(query);
}

Result<EngagementRepository::Named> EngagementRepository::getNamed(qint64 id) const {
    QSqlQuery query(m_database.connection());
    query.prepare(selectSql({}, true, true));
    query.addBindValue(id);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the engagement"));
    if (!query.next()) {
        if (query.lastError().isValid())
            return Database::queryError(query, tr("Could not read the engagement"));
        return makeError(ErrorCode::NotFound, tr("There is no engagement with id %1.").arg(id));
    }
    return Named{engagementFromQuery(query), query.value(kColumnCount).toString()};
}

Result<QList<Engagement>> EngagementRepository::list(const EngagementFilter& filter) const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(selectSql(filter, false, false));
    if (filter.clientId > 0)
        query.addBindValue(filter.clientId);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the engagements"));
    QList<Engagement> engagements;
    while (query.next())
        engagements.append(engagementFromQuery(query));
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the engagements"));
    return engagements;
}

Result<QList<EngagementRepository::Named>>
EngagementRepository::listNamed(const EngagementFilter& filter) const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(selectSql(filter, true, false));
    if (filter.clientId > 0)
        query.addBindValue(filter.clientId);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the engagements"));
    QList<Named> engagements;
    while (query.next())
        engagements.append({engagementFromQuery(query), query.value(kColumnCount).toString()});
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the engagements"));
    return engagements;
}

Status EngagementRepository::remove(qint64 id) {
    auto existing = get(id);
    if (!existing)
        return existing.error();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM engagements WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return Database::queryError(query, tr("Could not delete the engagement"));
    return {};
}

Result<QList<StageChange>> EngagementRepository::timeline(qint64 engagementId) const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, engagement_id, from_state, to_state, changed_utc, reason, overridden "
        "FROM stage_changes WHERE engagement_id = ? ORDER BY id"));
    query.addBindValue(engagementId);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the timeline"));
    QList<StageChange> changes;
    while (query.next())
        changes.append(changeFromQuery(query));
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the timeline"));
    return changes;
}

Result<Engagement> EngagementRepository::applyChange(const StageChange& input,
                                                     const std::optional<QString>& outcome) {
    if (!input.from)
        return makeError(ErrorCode::InvalidInput,
                         tr("A change of stage needs its starting point."));
    if (input.overridden && input.reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("An override needs a written reason."));
    auto existing = get(input.engagementId);
    if (!existing)
        return existing.error();
    Engagement e = existing.value();
    if (e.state() != *input.from)
        return makeError(ErrorCode::Conflict,
                         tr("The engagement is in \"%1\" now, not in \"%2\"; reload and try again.")
                             .arg(labelOf(e.state()), labelOf(*input.from)));

    StageChange change = input;
    change.reason = change.reason.trimmed();
    change.changedUtc = m_clock.nowUtc();
    if (const auto stage = stageOf(change.to))
        e.stage = *stage;
    e.status = statusOf(change.to);
    if (outcome)
        e.outcome = outcome->trimmed();
    e.stageEnteredUtc = e.lastActivityUtc = e.updatedUtc = change.changedUtc;

    const Status saved = m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        // The WHERE clause repeats the expected state so that a concurrent
        // move (the CLI while the app is open) cannot be overwritten.
        query.prepare(QStringLiteral(
            "UPDATE engagements SET stage = ?, status = ?, outcome = ?, stage_entered_utc = ?, "
            "last_activity_utc = ?, updated_utc = ? WHERE id = ? AND stage = ? AND status = ?"));
        query.addBindValue(keyOf(e.stage));
        query.addBindValue(keyOf(e.status));
        query.addBindValue(e.outcome);
        query.addBindValue(isoUtc(e.stageEnteredUtc));
        query.addBindValue(isoUtc(e.lastActivityUtc));
        query.addBindValue(isoUtc(e.updatedUtc));
        query.addBindValue(e.id);
        query.addBindValue(keyOf(existing->stage));
        query.addBindValue(keyOf(existing->status));
        if (!query.exec())
            return Database::queryError(query, tr("Could not change the stage"));
        if (query.numRowsAffected() != 1)
            return makeError(ErrorCode::Conflict,
                             tr("The engagement was changed elsewhere; reload and try again."));
        auto changeId = insertChange(change);
        if (!changeId)
            return changeId.error();
        change.id = changeId.value();
        return {};
    });
    if (!saved)
        return saved.error();
    return e;
}

} // namespace md
