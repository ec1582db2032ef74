#include "storage/SessionRepository.h"

#include "scheduling/ZonedTime.h"
#include "storage/ClientSql.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace md {

namespace {

const QString kColumns = QStringLiteral(
    "id, engagement_id, uid, start_local, time_zone, start_utc, duration_minutes, format, "
    "location, status, agenda, private_notes, shareable_notes, topics, goal_progress, "
    "agreed_actions, next_steps, series_id, occurrence_date, detached, created_utc, updated_utc, "
    "cancelled_utc");

constexpr int kColumnCount = 23;

// kColumns of the sessions table `s`, for statements that join other tables.
QString prefixedColumns() {
    static const QString columns = [] {
        QStringList names = kColumns.split(QStringLiteral(", "));
        for (QString& name : names)
            name.prepend(QStringLiteral("s."));
        return names.join(QStringLiteral(", "));
    }();
    return columns;
}

QString isoUtc(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QVariant& value) {
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

Session fromQuery(const QSqlQuery& query) {
    Session session;
    int i = 0;
    session.id = query.value(i++).toLongLong();
    session.engagementId = query.value(i++).toLongLong();
    session.uid = query.value(i++).toString();
    ++i; // start_local: derived from the instant and the zone
    const QTimeZone zone = ZonedTime::zoneOrSystem(query.value(i++).toString());
    session.start =
        QDateTime::fromMSecsSinceEpoch(fromIso(query.value(i++)).toMSecsSinceEpoch(), zone);
    session.durationMinutes = query.value(i++).toInt();
    sessionFormatFromKey(query.value(i++).toString(), &session.format);
    session.location = query.value(i++).toString();
    sessionStatusFromKey(query.value(i++).toString(), &session.status);
    for (QString* text :
         {&session.agenda, &session.privateNotes, &session.shareableNotes, &session.topics,
          &session.goalProgress, &session.agreedActions, &session.nextSteps})
        *text = query.value(i++).toString();
    session.seriesId = query.value(i++).toLongLong();
    session.occurrenceDate = QDate::fromString(query.value(i++).toString(), Qt::ISODate);
    session.detached = query.value(i++).toInt() != 0;
    session.createdUtc = fromIso(query.value(i++));
    session.updatedUtc = fromIso(query.value(i++));
    if (const QVariant cancelled = query.value(i++); !cancelled.isNull())
        session.cancelledUtc = fromIso(cancelled).toUTC();
    return session;
}

// Binds every column but id and the creation time, in kColumns order.
void bindFields(QSqlQuery& query, const Session& session) {
    query.addBindValue(session.engagementId);
    query.addBindValue(session.uid);
    query.addBindValue(session.start.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")));
    query.addBindValue(session.timeZoneId());
    query.addBindValue(isoUtc(session.start));
    query.addBindValue(isoUtc(session.endUtc()));
    query.addBindValue(session.durationMinutes);
    query.addBindValue(sessionFormatKey(session.format));
    query.addBindValue(session.location);
    query.addBindValue(sessionStatusKey(session.status));
    for (const QString* text :
         {&session.agenda, &session.privateNotes, &session.shareableNotes, &session.topics,
          &session.goalProgress, &session.agreedActions, &session.nextSteps})
        query.addBindValue(*text);
    const bool member = session.seriesId != 0;
    query.addBindValue(member ? QVariant(session.seriesId)
                              : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(member ? QVariant(session.occurrenceDate.toString(Qt::ISODate))
                              : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(member && session.detached ? 1 : 0);
    query.addBindValue(session.isCancelled() && session.cancelledUtc.isValid()
                           ? QVariant(isoUtc(session.cancelledUtc))
                           : QVariant(QMetaType(QMetaType::QString)));
}

// SQLite 3.15 takes at most 999 parameters per statement.
constexpr qsizetype kIdsPerQuery = 500;

} // namespace

SessionRepository::SessionRepository(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock) {}

Result<Session> SessionRepository::add(const Session& input) {
    Session session = input;
    if (session.uid.isEmpty())
        session.uid = newSessionUid();
    session.createdUtc = session.updatedUtc = m_clock.nowUtc();
    session.cancelledUtc = cancellationTimeToStore(session, false, {}, session.createdUtc);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO sessions (engagement_id, uid, start_local, time_zone, start_utc, end_utc, "
        "duration_minutes, format, location, status, agenda, private_notes, shareable_notes, "
        "topics, goal_progress, agreed_actions, next_steps, series_id, occurrence_date, detached, "
        "cancelled_utc, created_utc, updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindFields(query, session);
    query.addBindValue(isoUtc(session.createdUtc));
    query.addBindValue(isoUtc(session.updatedUtc));
    if (!query.exec())
        return Database::queryError(query, tr("Could not save the session"));
    session.id = query.lastInsertId().toLongLong();
    return session;
}

Result<Session> SessionRepository::update(const Session& input) {
    Session session = input;
    session.updatedUtc = m_clock.nowUtc();
    if (session.isCancelled() && !session.cancelledUtc.isValid()) {
        // Whether this save cancels it, or it was cancelled already.
        QSqlQuery before(m_database.connection());
        before.prepare(QStringLiteral("SELECT status, cancelled_utc FROM sessions WHERE id = ?"));
        before.addBindValue(session.id);
        if (!before.exec())
            return Database::queryError(before, tr("Could not read the session"));
        SessionStatus status = SessionStatus::Planned;
        QDateTime stored;
        if (before.next()) {
            sessionStatusFromKey(before.value(0).toString(), &status);
            if (!before.value(1).isNull())
                stored = fromIso(before.value(1));
        }
        session.cancelledUtc =
            cancellationTimeToStore(session, isCancelledStatus(status), stored, session.updatedUtc);
    } else {
        session.cancelledUtc = cancellationTimeToStore(session, false, {}, session.updatedUtc);
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE sessions SET engagement_id = ?, uid = ?, start_local = ?, time_zone = ?, "
        "start_utc = ?, end_utc = ?, duration_minutes = ?, format = ?, location = ?, status = ?, "
        "agenda = ?, private_notes = ?, shareable_notes = ?, topics = ?, goal_progress = ?, "
        "agreed_actions = ?, next_steps = ?, series_id = ?, occurrence_date = ?, detached = ?, "
        "cancelled_utc = ?, updated_utc = ? WHERE id = ?"));
    bindFields(query, session);
    query.addBindValue(isoUtc(session.updatedUtc));
    query.addBindValue(session.id);
    if (!query.exec())
        return Database::queryError(query, tr("Could not save the session"));
    if (query.numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound,
                         tr("There is no session with id %1.").arg(session.id));
    return session;
}

Status SessionRepository::remove(qint64 id) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM sessions WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return Database::queryError(query, tr("Could not delete the session"));
    return {};
}

Result<Session> SessionRepository::get(qint64 id) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM sessions WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the session"));
    if (!query.next()) {
        if (query.lastError().isValid())
            return Database::queryError(query, tr("Could not read the session"));
        return makeError(ErrorCode::NotFound, tr("There is no session with id %1.").arg(id));
    }
    return fromQuery(query);
}

SessionRepository::Statement SessionRepository::statement(const Filter& filter) {
    QStringList where;
    QVariantList values;
    // Both sides of the range are bounded: a session that overlaps the
    // window starts less than the longest session allowed before it, so the
    // rows are one index range search of start_utc, never a read of every
    // session since the first (tst_sessionranges checks the plan).
    if (filter.fromUtc.isValid()) {
        where << QStringLiteral("s.start_utc > ?") << QStringLiteral("s.end_utc > ?");
        values << isoUtc(filter.fromUtc.addSecs(-qint64(Session::kMaxDurationMinutes) * 60))
               << isoUtc(filter.fromUtc);
    }
    if (filter.toUtc.isValid()) {
        where << QStringLiteral("s.start_utc < ?");
        values << isoUtc(filter.toUtc);
    }
    if (filter.engagementId > 0) {
        where << QStringLiteral("s.engagement_id = ?");
        values << filter.engagementId;
    } else if (filter.clientId > 0) {
        where << QStringLiteral(
            "s.engagement_id IN (SELECT id FROM engagements WHERE client_id = ?)");
        values << filter.clientId;
    }
    if (!filter.ids.isEmpty()) {
        QStringList marks;
        for (qint64 id : filter.ids) {
            marks << QStringLiteral("?");
            values << id;
        }
        where << QStringLiteral("s.id IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    if (!filter.includeCancelled)
        where << QStringLiteral("s.status NOT IN ('cancelled_client', 'cancelled_mentor')");
    // The client's name comes with the row (one statement, one snapshot),
    // so a caller that shows it needs no table of every engagement.
    QString sql =
        QStringLiteral(
            "SELECT %1, %2 FROM sessions s "
            "LEFT JOIN engagements e INDEXED BY engagements_summary ON e.id = s.engagement_id "
            "LEFT JOIN %3 ON c.id = e.client_id")
            .arg(prefixedColumns(), clientDisplayNameSql(QStringLiteral("c")),
                 clientNamesTable(QStringLiteral("c")));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY s.start_utc, s.id");
    return {sql, values};
}

Status SessionRepository::forEach(const Filter& filter,
                                  const std::function<bool(const ClientSession&)>& visit) const {
    // Many ids go in several statements, merged in order (list() does it).
    if (filter.ids.size() > kIdsPerQuery) {
        Result<QList<Session>> rows = list(filter);
        if (!rows)
            return rows.error();
        Result<QHash<qint64, QString>> labels = engagementLabels();
        if (!labels)
            return labels.error();
        for (const Session& session : std::as_const(*rows)) {
            if (!visit({session, labels->value(session.engagementId)}))
                break;
        }
        return {};
    }
    const Statement built = statement(filter);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(built.sql);
    for (const QVariant& value : built.values)
        query.addBindValue(value);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the sessions"));
    ClientSession row;
    while (query.next()) {
        row.session = fromQuery(query);
        row.clientName = query.value(kColumnCount).toString();
        if (!visit(row))
            return {};
    }
    // A damaged page must never look like the end of the rows.
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the sessions"));
    return {};
}

Result<QList<Session>> SessionRepository::list(const Filter& filter) const {
    // Many ids go in several statements; the rows are merged in order below.
    if (filter.ids.size() > kIdsPerQuery) {
        const QList<qint64> all(filter.ids.cbegin(), filter.ids.cend());
        QList<Session> out;
        for (qsizetype i = 0; i < all.size(); i += kIdsPerQuery) {
            Filter part = filter;
            const QList<qint64> chunk = all.mid(i, kIdsPerQuery);
            part.ids = QSet<qint64>(chunk.cbegin(), chunk.cend());
            Result<QList<Session>> rows = list(part);
            if (!rows)
                return rows.error();
            out += *rows;
        }
        std::sort(out.begin(), out.end(), [](const Session& a, const Session& b) {
            return a.startUtc() != b.startUtc() ? a.startUtc() < b.startUtc() : a.id < b.id;
        });
        return out;
    }
    QList<Session> out;
    const Status read = forEach(filter, [&out](const ClientSession& row) {
        out.append(row.session);
        return true;
    });
    if (!read)
        return read.error();
    return out;
}

Result<QList<Session>> SessionRepository::seriesMembers(qint64 seriesId) const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM sessions WHERE series_id = ? "
                                 "ORDER BY occurrence_date, id")
                      .arg(kColumns));
    query.addBindValue(seriesId);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the sessions"));
    QList<Session> out;
    while (query.next())
        out.append(fromQuery(query));
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the sessions"));
    return out;
}

namespace {

// e.id first, then the columns engagementFrom() reads.
QString engagementInfoSql() {
    return QStringLiteral("SELECT e.id, e.client_id, %1, c.time_zone, e.title, e.planned_sessions, "
                          "e.format FROM engagements e INDEXED BY engagements_summary JOIN %2 ON "
                          "c.id = e.client_id")
        .arg(clientDisplayNameSql(QStringLiteral("c")), clientNamesTable(QStringLiteral("c")));
}

EngagementInfo engagementFrom(const QSqlQuery& query) {
    EngagementInfo info;
    info.clientId = query.value(1).toLongLong();
    info.clientName = query.value(2).toString();
    info.clientTimeZone = query.value(3).toString();
    info.title = query.value(4).toString();
    info.plannedSessions = query.value(5).toInt();
    // "mixed" is no session format: the new session keeps the usual default.
    if (SessionFormat format; sessionFormatFromKey(query.value(6).toString(), &format))
        info.sessionFormat = format;
    return info;
}

} // namespace

Result<EngagementInfo> SessionRepository::engagementInfo(qint64 engagementId) const {
    QSqlQuery query(m_database.connection());
    query.prepare(engagementInfoSql() + QStringLiteral(" WHERE e.id = ?"));
    query.addBindValue(engagementId);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the engagement"));
    if (!query.next()) {
        if (query.lastError().isValid())
            return Database::queryError(query, tr("Could not read the engagement"));
        return makeError(ErrorCode::NotFound,
                         tr("There is no engagement with id %1.").arg(engagementId));
    }
    return engagementFrom(query);
}

Result<QHash<qint64, EngagementInfo>> SessionRepository::engagementInfos() const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(engagementInfoSql()))
        return Database::queryError(query, tr("Could not read the engagements"));
    QHash<qint64, EngagementInfo> out;
    while (query.next())
        out.insert(query.value(0).toLongLong(), engagementFrom(query));
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the engagements"));
    return out;
}

Result<QHash<qint64, QString>> SessionRepository::engagementLabels() const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT e.id, %1 FROM engagements e INDEXED BY "
                                   "engagements_summary JOIN %2 ON c.id = e.client_id")
                        .arg(clientDisplayNameSql(QStringLiteral("c")),
                             clientNamesTable(QStringLiteral("c")))))
        return Database::queryError(query, tr("Could not read the engagements"));
    QHash<qint64, QString> out;
    while (query.next())
        out.insert(query.value(0).toLongLong(), query.value(1).toString());
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the engagements"));
    return out;
}

} // namespace md
