#include "storage/SessionRepository.h"

#include "scheduling/Recurrence.h"
#include "scheduling/ZonedTime.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace md {

namespace {

const QString kColumns = QStringLiteral(
    "id, engagement_id, uid, start_local, time_zone, start_utc, duration_minutes, format, "
    "location, status, agenda, private_notes, shareable_notes, topics, goal_progress, "
    "agreed_actions, next_steps, series_id, occurrence_date, detached, created_utc, updated_utc");

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
}

} // namespace

SessionRepository::SessionRepository(Database& database, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_series(database, clock) {}

Status SessionRepository::validate(const Session& session) const {
    if (session.engagementId <= 0)
        return makeError(ErrorCode::InvalidInput, tr("A session belongs to an engagement."));
    if (!session.start.isValid())
        return makeError(ErrorCode::InvalidInput, tr("A session needs a start date and time."));
    if (session.durationMinutes <= 0 || session.durationMinutes > 24 * 60)
        return makeError(ErrorCode::InvalidInput,
                         tr("A session lasts between 1 minute and 24 hours."));
    return {};
}

Result<Session> SessionRepository::insertRow(const Session& input) {
    Session session = input;
    if (session.uid.isEmpty())
        session.uid = newSessionUid();
    session.createdUtc = session.updatedUtc = m_clock.nowUtc();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO sessions (engagement_id, uid, start_local, time_zone, start_utc, end_utc, "
        "duration_minutes, format, location, status, agenda, private_notes, shareable_notes, "
        "topics, goal_progress, agreed_actions, next_steps, series_id, occurrence_date, detached, "
        "created_utc, updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?)"));
    bindFields(query, session);
    query.addBindValue(isoUtc(session.createdUtc));
    query.addBindValue(isoUtc(session.updatedUtc));
    if (!query.exec())
        return Database::queryError(query, tr("Could not save the session"));
    session.id = query.lastInsertId().toLongLong();
    return session;
}

Status SessionRepository::updateRow(const Session& session) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE sessions SET engagement_id = ?, uid = ?, start_local = ?, time_zone = ?, "
        "start_utc = ?, end_utc = ?, duration_minutes = ?, format = ?, location = ?, status = ?, "
        "agenda = ?, private_notes = ?, shareable_notes = ?, topics = ?, goal_progress = ?, "
        "agreed_actions = ?, next_steps = ?, series_id = ?, occurrence_date = ?, detached = ?, "
        "updated_utc = ? WHERE id = ?"));
    bindFields(query, session);
    query.addBindValue(isoUtc(m_clock.nowUtc()));
    query.addBindValue(session.id);
    if (!query.exec())
        return Database::queryError(query, tr("Could not save the session"));
    if (query.numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound,
                         tr("There is no session with id %1.").arg(session.id));
    return {};
}

Status SessionRepository::deleteRow(qint64 id) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM sessions WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return Database::queryError(query, tr("Could not delete the session"));
    return {};
}

Result<Session> SessionRepository::add(const Session& input) {
    Session session = input;
    session.seriesId = 0;
    session.occurrenceDate = {};
    session.detached = false;
    if (Status valid = validate(session); !valid)
        return valid.error();
    Result<Session> stored = insertRow(session);
    if (!stored)
        return stored;
    Q_EMIT sessionAdded(*stored);
    Q_EMIT changed();
    return stored;
}

Result<SessionSeries> SessionRepository::addSeries(const SessionSeries& input,
                                                   QList<Session>* created) {
    if (input.engagementId <= 0)
        return makeError(ErrorCode::InvalidInput, tr("A series belongs to an engagement."));
    if (input.durationMinutes <= 0 || input.durationMinutes > 24 * 60)
        return makeError(ErrorCode::InvalidInput,
                         tr("A session lasts between 1 minute and 24 hours."));
    const auto occurrences = Recurrence::expand(input.rule, input.firstStart, input.skippedDates);
    if (!occurrences)
        return occurrences.error();
    if (occurrences->isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("This series has no sessions."));

    SessionSeries stored;
    QList<Session> rows;
    const Status status = m_database.transaction([&]() -> Status {
        Result<SessionSeries> series = m_series.insert(input);
        if (!series)
            return series.error();
        stored = *series;
        for (const Recurrence::Occurrence& occurrence : *occurrences) {
            Result<Session> row =
                insertRow(stored.makeOccurrence(occurrence.date, occurrence.start));
            if (!row)
                return row.error();
            rows.append(*row);
        }
        return {};
    });
    if (!status)
        return status.error();
    if (created)
        *created = rows;
    for (const Session& row : rows)
        Q_EMIT sessionAdded(row);
    Q_EMIT changed();
    return stored;
}

QDateTime SessionRepository::ruleStart(const SessionSeries& series, const QDate& date) const {
    const auto occurrences = Recurrence::expand(series.rule, series.firstStart);
    if (occurrences) {
        for (const Recurrence::Occurrence& occurrence : *occurrences) {
            if (occurrence.date == date)
                return occurrence.start;
        }
    }
    return {};
}

Result<Session> SessionRepository::update(const Session& input) {
    if (input.id <= 0)
        return makeError(ErrorCode::InvalidInput, tr("This session has not been saved yet."));
    if (Status valid = validate(input); !valid)
        return valid.error();
    Result<Session> existing = get(input.id);
    if (!existing)
        return existing;
    Session session = input;
    // Series membership is managed by the series operations, not by callers.
    session.uid = existing->uid;
    session.seriesId = existing->seriesId;
    session.occurrenceDate = existing->occurrenceDate;
    session.createdUtc = existing->createdUtc;
    if (session.seriesId != 0) {
        Result<SessionSeries> series = m_series.get(session.seriesId);
        if (!series)
            return series.error();
        session.detached = session.start != ruleStart(*series, session.occurrenceDate);
    }
    if (Status written = updateRow(session); !written)
        return written.error();
    session.updatedUtc = m_clock.nowUtc();
    Q_EMIT sessionChanged(session);
    Q_EMIT changed();
    return session;
}

Status SessionRepository::applyPlan(const SeriesPlan& plan) {
    const Status status = m_database.transaction([&]() -> Status {
        if (Result<SessionSeries> series = m_series.update(plan.series); !series)
            return series.error();
        if (plan.split) {
            Result<SessionSeries> split = m_series.insert(*plan.split);
            if (!split)
                return split.error();
            for (Session member : plan.splitMembers) {
                member.seriesId = split->id;
                if (member.id != 0) {
                    if (Status written = updateRow(member); !written)
                        return written;
                } else if (Result<Session> written = insertRow(member); !written) {
                    return written.error();
                }
            }
        }
        for (const Session& row : plan.updated) {
            if (Status written = updateRow(row); !written)
                return written;
        }
        for (const Session& row : plan.inserted) {
            if (Result<Session> written = insertRow(row); !written)
                return written.error();
        }
        for (qint64 id : plan.removed) {
            if (Status removed = deleteRow(id); !removed)
                return removed;
        }
        return {};
    });
    if (!status)
        return status;
    for (qint64 id : plan.removed)
        Q_EMIT sessionRemoved(id);
    Q_EMIT changed();
    return {};
}

Status SessionRepository::edit(qint64 sessionId, EditScope scope, const SessionChange& change) {
    Result<Session> session = get(sessionId);
    if (!session)
        return session.error();
    if (change.isEmpty())
        return {};
    if (session->seriesId == 0) {
        Session single = *session;
        if (change.start)
            single.start = *change.start;
        SeriesPlanner::applyFields(single, change);
        Result<Session> saved = update(single);
        return saved ? Status() : Status(saved.error());
    }
    Result<SessionSeries> series = m_series.get(session->seriesId);
    if (!series)
        return series.error();
    Result<QList<Session>> members = seriesMembers(series->id);
    if (!members)
        return members.error();
    Result<SeriesPlan> plan = SeriesPlanner::edit(*series, *members, sessionId, scope, change);
    if (!plan)
        return plan.error();
    return applyPlan(*plan);
}

Status SessionRepository::remove(qint64 sessionId) {
    Result<Session> session = get(sessionId);
    if (!session)
        return session.error();
    if (session->seriesId == 0) {
        if (Status removed = deleteRow(sessionId); !removed)
            return removed;
        Q_EMIT sessionRemoved(sessionId);
        Q_EMIT changed();
        return {};
    }
    Result<SessionSeries> series = m_series.get(session->seriesId);
    if (!series)
        return series.error();
    Result<QList<Session>> members = seriesMembers(series->id);
    if (!members)
        return members.error();
    Result<SeriesPlan> plan = SeriesPlanner::skip(*series, *members, sessionId);
    if (!plan)
        return plan.error();
    return applyPlan(*plan);
}

Status SessionRepository::removeSeries(qint64 seriesId) {
    Result<QList<Session>> members = seriesMembers(seriesId);
    if (!members)
        return members.error();
    // Occurrences go with the series (ON DELETE CASCADE).
    if (Status removed = m_series.remove(seriesId); !removed)
        return removed;
    for (const Session& member : *members)
        Q_EMIT sessionRemoved(member.id);
    Q_EMIT changed();
    return {};
}

Result<Session> SessionRepository::get(qint64 id) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM sessions WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the session"));
    if (!query.next())
        return makeError(ErrorCode::NotFound, tr("There is no session with id %1.").arg(id));
    return fromQuery(query);
}

Result<QList<Session>> SessionRepository::list(const Filter& filter) const {
    QStringList where;
    QVariantList values;
    if (filter.fromUtc.isValid()) {
        where << QStringLiteral("end_utc > ?");
        values << isoUtc(filter.fromUtc);
    }
    if (filter.toUtc.isValid()) {
        where << QStringLiteral("start_utc < ?");
        values << isoUtc(filter.toUtc);
    }
    if (filter.engagementId > 0) {
        where << QStringLiteral("engagement_id = ?");
        values << filter.engagementId;
    } else if (filter.clientId > 0) {
        where << QStringLiteral(
            "engagement_id IN (SELECT id FROM engagements WHERE client_id = ?)");
        values << filter.clientId;
    }
    if (!filter.includeCancelled)
        where << QStringLiteral("status NOT IN ('cancelled_client', 'cancelled_mentor')");
    QString sql = QStringLiteral("SELECT %1 FROM sessions").arg(kColumns);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY start_utc, id");

    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the sessions"));
    QList<Session> out;
    while (query.next())
        out.append(fromQuery(query));
    return out;
}

Result<SessionSeries> SessionRepository::series(qint64 id) const {
    return m_series.get(id);
}

Result<QList<SessionSeries>> SessionRepository::listSeries(qint64 engagementId,
                                                           qint64 clientId) const {
    return m_series.list(engagementId, clientId);
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
    return out;
}

Result<SessionRepository::EngagementInfo>
SessionRepository::engagementInfo(qint64 engagementId) const {
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT e.client_id, c.preferred_name, c.full_name, c.time_zone, e.title, "
                       "e.planned_sessions FROM engagements e JOIN clients c ON c.id = e.client_id "
                       "WHERE e.id = ?"));
    query.addBindValue(engagementId);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the engagement"));
    if (!query.next())
        return makeError(ErrorCode::NotFound,
                         tr("There is no engagement with id %1.").arg(engagementId));
    EngagementInfo info;
    info.clientId = query.value(0).toLongLong();
    const QString preferred = query.value(1).toString();
    info.clientName = preferred.isEmpty() ? query.value(2).toString() : preferred;
    info.clientTimeZone = query.value(3).toString();
    info.title = query.value(4).toString();
    info.plannedSessions = query.value(5).toInt();
    return info;
}

Result<QHash<qint64, SessionRepository::EngagementInfo>>
SessionRepository::engagementInfos() const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT e.id, e.client_id, c.preferred_name, c.full_name, c.time_zone, e.title, "
            "e.planned_sessions FROM engagements e JOIN clients c ON c.id = e.client_id")))
        return Database::queryError(query, tr("Could not read the engagements"));
    QHash<qint64, EngagementInfo> out;
    while (query.next()) {
        EngagementInfo info;
        info.clientId = query.value(1).toLongLong();
        const QString preferred = query.value(2).toString();
        info.clientName = preferred.isEmpty() ? query.value(3).toString() : preferred;
        info.clientTimeZone = query.value(4).toString();
        info.title = query.value(5).toString();
        info.plannedSessions = query.value(6).toInt();
        out.insert(query.value(0).toLongLong(), info);
    }
    return out;
}

Result<SessionTally> SessionRepository::tally(qint64 engagementId) const {
    Result<EngagementInfo> info = engagementInfo(engagementId);
    if (!info)
        return info.error();
    Filter filter;
    filter.engagementId = engagementId;
    Result<QList<Session>> sessions = list(filter);
    if (!sessions)
        return sessions.error();
    return SessionTally::count(*sessions, info->plannedSessions, m_clock.nowUtc());
}

Result<QHash<qint64, QString>> SessionRepository::engagementLabels() const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT e.id, c.preferred_name, c.full_name FROM engagements e "
                                   "JOIN clients c ON c.id = e.client_id")))
        return Database::queryError(query, tr("Could not read the engagements"));
    QHash<qint64, QString> out;
    while (query.next()) {
        const QString preferred = query.value(1).toString();
        out.insert(query.value(0).toLongLong(),
                   preferred.isEmpty() ? query.value(2).toString() : preferred);
    }
    return out;
}

} // namespace md
