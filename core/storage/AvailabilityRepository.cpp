#include "storage/AvailabilityRepository.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace md {

namespace {

const QString kConfigured = QStringLiteral("availability_configured");
const QString kBuffer = QStringLiteral("buffer_minutes");
const QString kTimeZone = QStringLiteral("time_zone");
const QString kAutoExport = QStringLiteral("ics_auto_export_path");

} // namespace

AvailabilityRepository::AvailabilityRepository(Database& database)
    : m_database(database) {}

Result<QString> AvailabilityRepository::setting(const QString& key) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT value FROM scheduling_settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the scheduling settings"));
    if (query.next())
        return query.value(0).toString();
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the scheduling settings"));
    return QString();
}

Status AvailabilityRepository::setSetting(const QString& key, const QString& value) {
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO scheduling_settings (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return Database::queryError(query, tr("Could not save the scheduling settings"));
    return {};
}

Result<Availability> AvailabilityRepository::load() const {
    Result<QString> configured = setting(kConfigured);
    if (!configured)
        return configured.error();
    Result<QString> zoneId = setting(kTimeZone);
    if (!zoneId)
        return zoneId.error();
    QTimeZone zone = QTimeZone::systemTimeZone();
    if (!zoneId->isEmpty() && QTimeZone(zoneId->toUtf8()).isValid())
        zone = QTimeZone(zoneId->toUtf8());
    if (configured->isEmpty())
        return Availability::standardWeek(zone);

    Availability availability;
    availability.zone = zone;
    Result<QString> buffer = setting(kBuffer);
    if (!buffer)
        return buffer.error();
    availability.bufferMinutes = buffer->toInt();

    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT weekday, start_time, end_time FROM working_hours")))
        return Database::queryError(query, tr("Could not read the working hours"));
    while (query.next()) {
        availability.hours.insert(
            query.value(0).toInt(),
            WorkingHours{QTime::fromString(query.value(1).toString(), QStringLiteral("HH:mm")),
                         QTime::fromString(query.value(2).toString(), QStringLiteral("HH:mm"))});
    }
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the working hours"));
    if (!query.exec(QStringLiteral("SELECT day FROM days_off")))
        return Database::queryError(query, tr("Could not read the days off"));
    while (query.next())
        availability.daysOff.insert(QDate::fromString(query.value(0).toString(), Qt::ISODate));
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the days off"));
    return availability;
}

Status AvailabilityRepository::save(const Availability& availability) {
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("DELETE FROM working_hours")) ||
        !query.exec(QStringLiteral("DELETE FROM days_off")))
        return Database::queryError(query, tr("Could not save the working hours"));
    for (auto it = availability.hours.cbegin(); it != availability.hours.cend(); ++it) {
        query.prepare(QStringLiteral(
            "INSERT INTO working_hours (weekday, start_time, end_time) VALUES (?, ?, ?)"));
        query.addBindValue(it.key());
        query.addBindValue(it.value().start.toString(QStringLiteral("HH:mm")));
        query.addBindValue(it.value().end.toString(QStringLiteral("HH:mm")));
        if (!query.exec())
            return Database::queryError(query, tr("Could not save the working hours"));
    }
    for (const QDate& day : availability.daysOff) {
        query.prepare(QStringLiteral("INSERT INTO days_off (day) VALUES (?)"));
        query.addBindValue(day.toString(Qt::ISODate));
        if (!query.exec())
            return Database::queryError(query, tr("Could not save the days off"));
    }
    const QString zoneId = availability.zone == QTimeZone::systemTimeZone()
                               ? QString()
                               : QString::fromUtf8(availability.zone.id());
    for (const auto& [key, value] :
         {std::pair{kConfigured, QStringLiteral("1")},
          std::pair{kBuffer, QString::number(availability.bufferMinutes)},
          std::pair{kTimeZone, zoneId}}) {
        if (Status written = setSetting(key, value); !written)
            return written;
    }
    return {};
}

Result<QString> AvailabilityRepository::autoExportPath() const {
    return setting(kAutoExport);
}

Status AvailabilityRepository::setAutoExportPath(const QString& path) {
    return setSetting(kAutoExport, path);
}

} // namespace md
