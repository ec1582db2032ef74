#include "storage/CalendarSyncRepository.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace md {

namespace {

QString isoUtc(const QDateTime& time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIsoUtc(const QVariant& value) {
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    time.setTimeZone(QTimeZone::utc());
    return time;
}

QString urlText(const QUrl& url) {
    return QString::fromUtf8(url.toEncoded());
}

QUrl urlOf(const QVariant& value) {
    return QUrl::fromEncoded(value.toString().toUtf8());
}

// object_key, href, uid, etag, published_ics
PublishedObject publishedFrom(const QSqlQuery& query) {
    return {query.value(0).toString(), urlOf(query.value(1)), query.value(2).toString(),
            query.value(3).toString().toUtf8(), query.value(4).toString().toUtf8()};
}

const QString kDifferenceColumns = QStringLiteral(
    "id, object_key, session_id, kind, server_start_utc, server_end_utc, server_etag, found_utc");

CalendarDifference differenceFrom(const QSqlQuery& query) {
    CalendarDifference difference;
    difference.id = query.value(0).toLongLong();
    difference.objectKey = query.value(1).toString();
    difference.sessionId = query.value(2).toLongLong();
    calendarDifferenceKindFromKey(query.value(3).toString(), &difference.kind);
    difference.serverStartUtc = fromIsoUtc(query.value(4));
    difference.serverEndUtc = fromIsoUtc(query.value(5));
    difference.serverEtag = query.value(6).toString().toUtf8();
    difference.foundUtc = fromIsoUtc(query.value(7));
    return difference;
}

QVariant isoOrNull(const QDateTime& time) {
    return time.isValid() ? QVariant(isoUtc(time)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

CalendarSyncRepository::CalendarSyncRepository(Database& database)
    : m_database(database) {}

Result<std::optional<CalendarAccount>> CalendarSyncRepository::account() const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT server_url, user_name, calendar_home_url, calendar_url, "
            "summary_uses_preferred_name, sync_token, connected_utc, last_sync_utc, last_error, "
            "busy_titles_shown FROM calendar_account WHERE id = 1")))
        return Database::queryError(query, tr("Could not read the calendar account"));
    if (!query.next()) {
        if (query.lastError().isValid())
            return Database::queryError(query, tr("Could not read the calendar account"));
        return std::optional<CalendarAccount>();
    }
    CalendarAccount account;
    account.serverUrl = urlOf(query.value(0));
    account.user = query.value(1).toString();
    account.calendarHomeUrl = urlOf(query.value(2));
    account.calendarUrl = urlOf(query.value(3));
    account.summaryUsesPreferredName = query.value(4).toInt() != 0;
    account.syncToken = query.value(5).toString();
    account.connectedUtc = fromIsoUtc(query.value(6));
    account.lastSyncUtc = fromIsoUtc(query.value(7));
    account.lastError = query.value(8).toString();
    account.busyTitlesShown = query.value(9).toInt() != 0;
    query.finish();

    QSqlQuery sources(m_database.connection());
    sources.setForwardOnly(true);
    if (!sources.exec(QStringLiteral("SELECT url FROM calendar_busy_sources ORDER BY url")))
        return Database::queryError(sources, tr("Could not read the calendar account"));
    while (sources.next())
        account.busyCalendars.append(urlOf(sources.value(0)));
    if (sources.lastError().isValid())
        return Database::queryError(sources, tr("Could not read the calendar account"));
    return std::optional<CalendarAccount>(account);
}

Result<SecureBytes> CalendarSyncRepository::password() const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT password FROM calendar_account WHERE id = 1")))
        return Database::queryError(query, tr("Could not read the calendar account"));
    if (!query.next())
        return makeError(ErrorCode::NotFound, tr("No calendar account is connected."));
    QByteArray plain = query.value(0).toByteArray();
    return SecureBytes::takeFrom(plain);
}

Status CalendarSyncRepository::saveAccount(const CalendarAccount& account,
                                           const SecureBytes& password, const QDateTime& nowUtc) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO calendar_account (id, server_url, user_name, password, "
        "calendar_home_url, calendar_url, summary_uses_preferred_name, sync_token, "
        "connected_utc, last_sync_utc, last_error, busy_titles_shown) VALUES (1, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?)"));
    query.addBindValue(urlText(account.serverUrl));
    query.addBindValue(account.user);
    query.addBindValue(password.view().toByteArray());
    query.addBindValue(urlText(account.calendarHomeUrl));
    query.addBindValue(urlText(account.calendarUrl));
    query.addBindValue(account.summaryUsesPreferredName ? 1 : 0);
    query.addBindValue(account.syncToken);
    query.addBindValue(isoUtc(nowUtc));
    query.addBindValue(account.lastSyncUtc.isValid() ? QVariant(isoUtc(account.lastSyncUtc))
                                                     : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(account.lastError);
    query.addBindValue(account.busyTitlesShown ? 1 : 0);
    if (!query.exec())
        return Database::queryError(query, tr("Could not save the calendar account"));

    QSqlQuery clear(m_database.connection());
    if (!clear.exec(QStringLiteral("DELETE FROM calendar_busy_sources")))
        return Database::queryError(clear, tr("Could not save the calendar account"));
    for (const QUrl& url : account.busyCalendars) {
        QSqlQuery insert(m_database.connection());
        insert.prepare(
            QStringLiteral("INSERT OR IGNORE INTO calendar_busy_sources (url) VALUES (?)"));
        insert.addBindValue(urlText(url));
        if (!insert.exec())
            return Database::queryError(insert, tr("Could not save the calendar account"));
    }
    return {};
}

Status CalendarSyncRepository::removeAccount() {
    for (const char* table : {"calendar_differences", "calendar_outbox", "calendar_published",
                              "calendar_busy_sources", "calendar_account"}) {
        QSqlQuery query(m_database.connection());
        if (!query.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))))
            return Database::queryError(query, tr("Could not remove the calendar account"));
    }
    return {};
}

Status CalendarSyncRepository::setSummaryUsesPreferredName(bool usePreferredName) {
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("UPDATE calendar_account SET summary_uses_preferred_name = ? WHERE id = 1"));
    query.addBindValue(usePreferredName ? 1 : 0);
    if (!query.exec())
        return Database::queryError(query, tr("Could not save the calendar account"));
    return {};
}

Status CalendarSyncRepository::recordSync(const QDateTime& lastSyncUtc, const QString& error) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE calendar_account SET last_sync_utc = ?, last_error = ? WHERE id = 1"));
    query.addBindValue(isoUtc(lastSyncUtc));
    query.addBindValue(error);
    if (!query.exec())
        return Database::queryError(query, tr("Could not save the calendar account"));
    return {};
}

Status CalendarSyncRepository::recordError(const QString& error) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE calendar_account SET last_error = ? WHERE id = 1"));
    query.addBindValue(error);
    if (!query.exec())
        return Database::queryError(query, tr("Could not save the calendar account"));
    return {};
}

Status CalendarSyncRepository::enqueueEverything() {
    QSqlQuery query(m_database.connection());
    if (!query.exec(
            QStringLiteral("INSERT OR REPLACE INTO calendar_outbox (object_key) "
                           "SELECT 'series:' || id FROM session_series UNION ALL "
                           "SELECT 'session:' || id FROM sessions WHERE series_id IS NULL")))
        return Database::queryError(query, tr("Could not queue the sessions for the calendar"));
    return {};
}

Status CalendarSyncRepository::enqueue(const QString& objectKey) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO calendar_outbox (object_key) VALUES (?)"));
    query.addBindValue(objectKey);
    if (!query.exec())
        return Database::queryError(query, tr("Could not queue the sessions for the calendar"));
    return {};
}

Result<QList<OutboxEntry>> CalendarSyncRepository::outbox() const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT id, object_key, attempts, last_error FROM calendar_outbox ORDER BY id")))
        return Database::queryError(query, tr("Could not read the calendar changes"));
    QList<OutboxEntry> out;
    while (query.next())
        out.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt(),
                    query.value(3).toString()});
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the calendar changes"));
    return out;
}

Result<int> CalendarSyncRepository::pendingCount() const {
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM calendar_outbox")) || !query.next())
        return Database::queryError(query, tr("Could not read the calendar changes"));
    return query.value(0).toInt();
}

Status CalendarSyncRepository::dequeue(qint64 entryId) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM calendar_outbox WHERE id = ?"));
    query.addBindValue(entryId);
    if (!query.exec())
        return Database::queryError(query, tr("Could not save the calendar changes"));
    return {};
}

Status CalendarSyncRepository::noteAttempt(qint64 entryId, const QString& error) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE calendar_outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?"));
    query.addBindValue(error);
    query.addBindValue(entryId);
    if (!query.exec())
        return Database::queryError(query, tr("Could not save the calendar changes"));
    return {};
}

Result<std::optional<PublishedObject>>
CalendarSyncRepository::published(const QString& objectKey) const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT object_key, href, uid, etag, published_ics FROM calendar_published "
                       "WHERE object_key = ?"));
    query.addBindValue(objectKey);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the published sessions"));
    if (!query.next()) {
        if (query.lastError().isValid())
            return Database::queryError(query, tr("Could not read the published sessions"));
        return std::optional<PublishedObject>();
    }
    return std::optional<PublishedObject>(publishedFrom(query));
}

Result<QList<PublishedObject>> CalendarSyncRepository::allPublished() const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT object_key, href, uid, etag, published_ics FROM calendar_published "
            "ORDER BY object_key")))
        return Database::queryError(query, tr("Could not read the published sessions"));
    QList<PublishedObject> out;
    while (query.next())
        out.append(publishedFrom(query));
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the published sessions"));
    return out;
}

Status CalendarSyncRepository::savePublished(const PublishedObject& object,
                                             const QDateTime& nowUtc) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO calendar_published (object_key, href, "
                                 "uid, etag, published_utc, published_ics) VALUES (?, ?, ?, ?, ?, "
                                 "?)"));
    query.addBindValue(object.objectKey);
    query.addBindValue(urlText(object.url));
    query.addBindValue(object.uid);
    query.addBindValue(QString::fromUtf8(object.etag));
    query.addBindValue(isoUtc(nowUtc));
    query.addBindValue(QString::fromUtf8(object.ics));
    if (!query.exec())
        return Database::queryError(query, tr("Could not save the published sessions"));
    return {};
}

Status CalendarSyncRepository::removePublished(const QString& objectKey) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM calendar_published WHERE object_key = ?"));
    query.addBindValue(objectKey);
    if (!query.exec())
        return Database::queryError(query, tr("Could not save the published sessions"));
    return {};
}

Status CalendarSyncRepository::adoptServerEtag(const QString& objectKey, const QByteArray& etag) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE calendar_published SET etag = ?, published_ics = '' "
                                 "WHERE object_key = ?"));
    query.addBindValue(QString::fromUtf8(etag));
    query.addBindValue(objectKey);
    if (!query.exec())
        return Database::queryError(query, tr("Could not save the published sessions"));
    return {};
}

Status CalendarSyncRepository::forgetObject(const QString& objectKey) {
    for (const char* table : {"calendar_differences", "calendar_outbox", "calendar_published"}) {
        QSqlQuery query(m_database.connection());
        query.prepare(
            QStringLiteral("DELETE FROM %1 WHERE object_key = ?").arg(QLatin1String(table)));
        query.addBindValue(objectKey);
        if (!query.exec())
            return Database::queryError(query, tr("Could not save the published sessions"));
    }
    return {};
}

Status CalendarSyncRepository::saveSyncToken(const QString& syncToken) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE calendar_account SET sync_token = ? WHERE id = 1"));
    query.addBindValue(syncToken);
    if (!query.exec())
        return Database::queryError(query, tr("Could not save the calendar account"));
    return {};
}

Result<QList<CalendarDifference>> CalendarSyncRepository::differences() const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM calendar_differences ORDER BY id")
                        .arg(kDifferenceColumns)))
        return Database::queryError(query, tr("Could not read the calendar differences"));
    QList<CalendarDifference> out;
    while (query.next())
        out.append(differenceFrom(query));
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the calendar differences"));
    return out;
}

Result<std::optional<CalendarDifference>> CalendarSyncRepository::difference(qint64 id) const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM calendar_differences WHERE id = ?").arg(kDifferenceColumns));
    query.addBindValue(id);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the calendar differences"));
    if (!query.next()) {
        if (query.lastError().isValid())
            return Database::queryError(query, tr("Could not read the calendar differences"));
        return std::optional<CalendarDifference>();
    }
    return std::optional<CalendarDifference>(differenceFrom(query));
}

Result<QList<CalendarDifference>>
CalendarSyncRepository::differencesOf(const QString& objectKey) const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM calendar_differences WHERE object_key = ? ORDER BY id")
            .arg(kDifferenceColumns));
    query.addBindValue(objectKey);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the calendar differences"));
    QList<CalendarDifference> out;
    while (query.next())
        out.append(differenceFrom(query));
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the calendar differences"));
    return out;
}

Result<int> CalendarSyncRepository::differenceCount() const {
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM calendar_differences")) || !query.next())
        return Database::queryError(query, tr("Could not read the calendar differences"));
    return query.value(0).toInt();
}

Result<qint64> CalendarSyncRepository::addDifference(const CalendarDifference& difference) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO calendar_differences (object_key, session_id, kind, "
        "server_start_utc, server_end_utc, server_etag, found_utc) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(difference.objectKey);
    query.addBindValue(difference.sessionId);
    query.addBindValue(calendarDifferenceKindKey(difference.kind));
    query.addBindValue(isoOrNull(difference.serverStartUtc));
    query.addBindValue(isoOrNull(difference.serverEndUtc));
    query.addBindValue(QString::fromUtf8(difference.serverEtag));
    query.addBindValue(isoUtc(difference.foundUtc));
    if (!query.exec())
        return Database::queryError(query, tr("Could not save the calendar differences"));
    return query.lastInsertId().toLongLong();
}

Status CalendarSyncRepository::removeDifference(qint64 id) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM calendar_differences WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return Database::queryError(query, tr("Could not save the calendar differences"));
    return {};
}

} // namespace md
