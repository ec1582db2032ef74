#include "storage/NeedRepository.h"

#include "pipeline/PipelineValidator.h"
#include "storage/Database.h"
#include "storage/EngagementRepositorySql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace md {

using namespace engagementsql;

namespace {

const QString kColumns = QStringLiteral("id, engagement_id, description, category, priority, "
                                        "strength_refs, weakness_refs, created_utc, updated_utc");

Need needFromQuery(const QSqlQuery& query) {
    Need need;
    int i = 0;
    need.id = query.value(i++).toLongLong();
    need.engagementId = query.value(i++).toLongLong();
    need.description = query.value(i++).toString();
    need.category =
        fromKey<NeedCategory>(query.value(i++).toString()).value_or(NeedCategory::Other);
    need.priority =
        fromKey<NeedPriority>(query.value(i++).toString()).value_or(NeedPriority::Medium);
    need.strengthRefs = splitLines(query.value(i++));
    need.weaknessRefs = splitLines(query.value(i++));
    need.createdUtc = fromIsoUtc(query.value(i++));
    need.updatedUtc = fromIsoUtc(query.value(i++));
    return need;
}

QStringList cleaned(const QStringList& lines) {
    QStringList result;
    for (const QString& line : lines) {
        const QString text = line.simplified();
        if (!text.isEmpty() && !result.contains(text))
            result.append(text);
    }
    return result;
}

Need normalised(Need need) {
    need.description = need.description.trimmed();
    need.strengthRefs = cleaned(need.strengthRefs);
    need.weaknessRefs = cleaned(need.weaknessRefs);
    return need;
}

} // namespace

NeedRepository::NeedRepository(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock) {}

Result<Need> NeedRepository::add(const Need& input) {
    Need need = normalised(input);
    if (const auto errors = PipelineValidator::validate(need); !errors.isEmpty())
        return invalid(errors);
    need.createdUtc = need.updatedUtc = m_clock.nowUtc();
    const Status saved = m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral(
            "INSERT INTO needs (engagement_id, description, category, priority, strength_refs, "
            "weakness_refs, created_utc, updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(need.engagementId);
        query.addBindValue(need.description);
        query.addBindValue(keyOf(need.category));
        query.addBindValue(keyOf(need.priority));
        query.addBindValue(joinLines(need.strengthRefs));
        query.addBindValue(joinLines(need.weaknessRefs));
        query.addBindValue(isoUtc(need.createdUtc));
        query.addBindValue(isoUtc(need.updatedUtc));
        if (!query.exec())
            return Database::queryError(query, tr("Could not save the need"));
        need.id = query.lastInsertId().toLongLong();
        return touchEngagement(m_database, need.engagementId, need.updatedUtc);
    });
    if (!saved)
        return saved.error();
    return need;
}

Result<Need> NeedRepository::update(const Need& input) {
    auto existing = get(input.id);
    if (!existing)
        return existing.error();
    Need need = normalised(input);
    need.engagementId = existing->engagementId;
    need.createdUtc = existing->createdUtc;
    if (const auto errors = PipelineValidator::validate(need); !errors.isEmpty())
        return invalid(errors);
    need.updatedUtc = m_clock.nowUtc();
    const Status saved = m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral(
            "UPDATE needs SET description = ?, category = ?, priority = ?, strength_refs = ?, "
            "weakness_refs = ?, updated_utc = ? WHERE id = ?"));
        query.addBindValue(need.description);
        query.addBindValue(keyOf(need.category));
        query.addBindValue(keyOf(need.priority));
        query.addBindValue(joinLines(need.strengthRefs));
        query.addBindValue(joinLines(need.weaknessRefs));
        query.addBindValue(isoUtc(need.updatedUtc));
        query.addBindValue(need.id);
        if (!query.exec())
            return Database::queryError(query, tr("Could not save the need"));
        return touchEngagement(m_database, need.engagementId, need.updatedUtc);
    });
    if (!saved)
        return saved.error();
    return need;
}

Result<Need> NeedRepository::get(qint64 id) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM needs WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the need"));
    if (!query.next()) {
        if (query.lastError().isValid())
            return Database::queryError(query, tr("Could not read the need"));
        return makeError(ErrorCode::NotFound, tr("There is no need with id %1.").arg(id));
    }
    return needFromQuery(query);
}

Result<QList<Need>> NeedRepository::list(qint64 engagementId) const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM needs WHERE engagement_id = ? ORDER BY CASE "
                                 "priority WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, id")
                      .arg(kColumns));
    query.addBindValue(engagementId);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the needs"));
    QList<Need> needs;
    while (query.next())
        needs.append(needFromQuery(query));
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the needs"));
    return needs;
}

Status NeedRepository::remove(qint64 id) {
    auto existing = get(id);
    if (!existing)
        return existing.error();
    const Status removed = m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("DELETE FROM needs WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec())
            return Database::queryError(query, tr("Could not delete the need"));
        return touchEngagement(m_database, existing->engagementId, m_clock.nowUtc());
    });
    return removed;
}

} // namespace md
