#pragma once

// Small helpers shared by the engagement pipeline's repositories
// (EngagementRepository, NeedRepository, GoalRepository, ActionRepository,
// EvaluationRepository). Internal to core/storage.

#include "common/Result.h"
#include "domain/ClientValidator.h" // FieldError
#include "storage/Database.h"
#include "storage/IsoUtc.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace md::engagementsql {

inline QString isoUtc(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime fromIsoUtc(const QVariant& value) {
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : time;
}

// A null QDate is stored as SQL NULL.
inline QVariant dateValue(const QDate& date) {
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

inline QDate dateFrom(const QVariant& value) {
    return value.isNull() ? QDate() : parseIsoDate(value.toString());
}

inline QVariant realValue(const std::optional<double>& value) {
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

inline std::optional<double> realFrom(const QVariant& value) {
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

inline QString joinLines(const QStringList& lines) {
    return lines.join(QLatin1Char('\n'));
}

inline QStringList splitLines(const QVariant& value) {
    return value.toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

inline Error invalid(const QList<FieldError>& errors) {
    return makeError(ErrorCode::InvalidInput, errors.first().message);
}

// Marks an engagement as active now, so the "stale" warning only fires for
// engagements nobody worked on. Called inside the writer's transaction.
inline Status touchEngagement(Database& database, qint64 engagementId, const QDateTime& nowUtc) {
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("UPDATE engagements SET last_activity_utc = ? WHERE id = ?"));
    query.addBindValue(isoUtc(nowUtc));
    query.addBindValue(engagementId);
    if (!query.exec())
        return Database::queryError(query,
                                    QCoreApplication::translate("md::EngagementRepository",
                                                                "Could not record the activity"));
    return {};
}

// The engagement a goal belongs to; 0 when the goal does not exist.
inline qint64 engagementOfGoal(Database& database, qint64 goalId) {
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT engagement_id FROM goals WHERE id = ?"));
    query.addBindValue(goalId);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

} // namespace md::engagementsql
