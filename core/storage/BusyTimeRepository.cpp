#include "storage/BusyTimeRepository.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace md {

namespace {

QString isoUtc(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

BusyTimeRepository::BusyTimeRepository(Database& database, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock) {}

Result<int> BusyTimeRepository::replaceSource(const QString& source,
                                              const QList<BusyTime>& busyTimes) {
    if (source.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Busy times need the name of their source."));
    const QString imported = isoUtc(m_clock.nowUtc());
    const Status status = m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("DELETE FROM busy_times WHERE source = ?"));
        query.addBindValue(source);
        if (!query.exec())
            return Database::queryError(query, tr("Could not replace the busy times"));
        query.prepare(QStringLiteral(
            "INSERT INTO busy_times (source, uid, summary, start_utc, end_utc, all_day, "
            "imported_utc) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (const BusyTime& busy : busyTimes) {
            if (!busy.startUtc.isValid() || !(busy.startUtc < busy.endUtc))
                return makeError(ErrorCode::InvalidInput,
                                 tr("A busy time must end after it starts."));
            query.addBindValue(source);
            query.addBindValue(busy.uid);
            query.addBindValue(busy.summary);
            query.addBindValue(isoUtc(busy.startUtc));
            query.addBindValue(isoUtc(busy.endUtc));
            query.addBindValue(busy.allDay ? 1 : 0);
            query.addBindValue(imported);
            if (!query.exec())
                return Database::queryError(query, tr("Could not save the busy times"));
        }
        return {};
    });
    if (!status)
        return status.error();
    Q_EMIT changed();
    return int(busyTimes.size());
}

Result<QList<BusyTime>> BusyTimeRepository::list(const QDateTime& fromUtc,
                                                 const QDateTime& toUtc) const {
    QString sql = QStringLiteral(
        "SELECT id, source, uid, summary, start_utc, end_utc, all_day FROM busy_times WHERE 1 = 1");
    if (fromUtc.isValid())
        sql += QStringLiteral(" AND end_utc > ?");
    if (toUtc.isValid())
        sql += QStringLiteral(" AND start_utc < ?");
    sql += QStringLiteral(" ORDER BY start_utc, id");
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    if (fromUtc.isValid())
        query.addBindValue(isoUtc(fromUtc));
    if (toUtc.isValid())
        query.addBindValue(isoUtc(toUtc));
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the busy times"));
    QList<BusyTime> out;
    while (query.next()) {
        BusyTime busy;
        busy.id = query.value(0).toLongLong();
        busy.source = query.value(1).toString();
        busy.uid = query.value(2).toString();
        busy.summary = query.value(3).toString();
        busy.startUtc = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
        busy.endUtc = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
        busy.allDay = query.value(6).toInt() != 0;
        out.append(busy);
    }
    return out;
}

Result<QStringList> BusyTimeRepository::sources() const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT DISTINCT source FROM busy_times ORDER BY source")))
        return Database::queryError(query, tr("Could not read the busy times"));
    QStringList out;
    while (query.next())
        out << query.value(0).toString();
    return out;
}

Status BusyTimeRepository::removeSource(const QString& source) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM busy_times WHERE source = ?"));
    query.addBindValue(source);
    if (!query.exec())
        return Database::queryError(query, tr("Could not delete the busy times"));
    Q_EMIT changed();
    return {};
}

} // namespace md
