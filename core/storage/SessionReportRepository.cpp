#include "storage/SessionReportRepository.h"

#include "export/MentorLetterhead.h"
#include "i18n/DocumentLanguage.h"
#include "storage/Database.h"
#include "storage/MentorProfileRepository.h"
#include "storage/SessionRepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace md {

namespace {

std::optional<double> optionalNumber(const QVariant& value) {
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

} // namespace

Result<SessionReportRepository::EngagementRow>
SessionReportRepository::engagementRow(qint64 engagementId) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT c.full_name, c.time_zone, e.title, e.start_date, e.planned_sessions, "
        "c.document_language FROM engagements e JOIN clients c ON c.id = e.client_id WHERE e.id = "
        "?"));
    query.addBindValue(engagementId);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the engagement"));
    if (!query.next()) {
        if (query.lastError().isValid())
            return Database::queryError(query, tr("Could not read the engagement"));
        return makeError(ErrorCode::NotFound,
                         tr("There is no engagement with id %1.").arg(engagementId));
    }
    EngagementRow row;
    row.clientName = query.value(0).toString();
    row.clientTimeZone = query.value(1).toString();
    row.title = query.value(2).toString();
    row.startDate = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    row.plannedSessions = query.value(4).toInt();
    row.clientLanguage = query.value(5).toString();
    return row;
}

SessionReportRepository::SessionReportRepository(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock) {}

Result<bool> SessionReportRepository::hasTable(const QString& name) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the workspace's tables"));
    if (query.next())
        return true;
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the workspace's tables"));
    return false;
}

MentorProfile SessionReportRepository::mentorProfile() const {
    MentorProfileRepository profiles(m_database);
    const Result<MentorProfile> profile = profiles.load();
    return profile ? *profile : MentorProfile();
}

QString SessionReportRepository::mentorName(const MentorProfile& profile) {
    return profile.name.isEmpty() ? profile.businessName : profile.name;
}

Result<SessionSummaryInput> SessionReportRepository::summaryInput(qint64 sessionId) const {
    SessionRepository sessions(m_database, m_clock);
    Result<Session> session = sessions.get(sessionId);
    if (!session)
        return session.error();
    Result<EngagementRow> engagement = engagementRow(session->engagementId);
    if (!engagement)
        return engagement.error();

    SessionSummaryInput input;
    input.session = *session;
    input.session.privateNotes.clear(); // never needed for a summary
    input.clientName = engagement->clientName;
    input.clientTimeZone = engagement->clientTimeZone;
    input.engagementTitle = engagement->title;
    input.plannedSessions = engagement->plannedSessions;
    const MentorProfile mentor = mentorProfile();
    input.mentorName = mentorName(mentor);
    input.language = DocumentLanguage::forClient(engagement->clientLanguage, mentor.language);
    input.letterhead = MentorLetterhead::of(mentor, DocumentTranslator(input.language));

    if (!session->isCancelled()) {
        SessionFilter filter;
        filter.engagementId = session->engagementId;
        filter.includeCancelled = false;
        Result<QList<Session>> all = sessions.list(filter);
        if (!all)
            return all.error();
        for (qsizetype i = 0; i < all->size(); ++i) {
            if (all->at(i).id == sessionId)
                input.sessionNumber = int(i + 1);
        }
    }
    return input;
}

Result<ProgressReportInput> SessionReportRepository::reportInput(qint64 engagementId) const {
    Result<EngagementRow> engagement = engagementRow(engagementId);
    if (!engagement)
        return engagement.error();
    ProgressReportInput input;
    input.clientName = engagement->clientName;
    input.engagementTitle = engagement->title;
    input.startDate = engagement->startDate;
    input.plannedSessions = engagement->plannedSessions;
    const MentorProfile mentor = mentorProfile();
    input.mentorName = mentorName(mentor);
    // In the client's language, like their summaries, agreements and invoices.
    input.language = DocumentLanguage::forClient(engagement->clientLanguage, mentor.language);
    input.letterhead = MentorLetterhead::of(mentor, DocumentTranslator(input.language));
    input.reportDate = m_clock.today();

    SessionRepository sessions(m_database, m_clock);
    SessionFilter filter;
    filter.engagementId = engagementId;
    Result<QList<Session>> all = sessions.list(filter);
    if (!all)
        return all.error();
    input.sessions = *all;
    for (Session& session : input.sessions)
        session.privateNotes.clear();

    // Goals and actions belong to the pipeline; older workspaces may lack them.
    const Result<bool> hasGoals = hasTable(QStringLiteral("goals"));
    if (!hasGoals)
        return hasGoals.error();
    if (*hasGoals) {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral(
            "SELECT g.specific, g.metric, g.unit, g.baseline, g.target, g.due_date, "
            "(SELECT p.value FROM goal_progress p WHERE p.goal_id = g.id "
            " ORDER BY p.entry_date DESC, p.id DESC LIMIT 1), "
            "(SELECT p.entry_date FROM goal_progress p WHERE p.goal_id = g.id "
            " ORDER BY p.entry_date DESC, p.id DESC LIMIT 1) "
            "FROM goals g WHERE g.engagement_id = ? AND g.active = 1 ORDER BY g.id"));
        query.addBindValue(engagementId);
        if (!query.exec())
            return Database::queryError(query, tr("Could not read the goals"));
        while (query.next()) {
            ProgressReportInput::Goal goal;
            goal.description = query.value(0).toString();
            goal.metric = query.value(1).toString();
            goal.unit = query.value(2).toString();
            goal.baseline = optionalNumber(query.value(3));
            goal.target = optionalNumber(query.value(4));
            goal.dueDate = QDate::fromString(query.value(5).toString(), Qt::ISODate);
            goal.latest = optionalNumber(query.value(6));
            goal.latestDate = QDate::fromString(query.value(7).toString(), Qt::ISODate);
            input.goals.append(goal);
        }
        if (query.lastError().isValid())
            return Database::queryError(query, tr("Could not read the goals"));
    }
    const Result<bool> hasActions = hasTable(QStringLiteral("actions"));
    if (!hasActions)
        return hasActions.error();
    if (*hasActions) {
        QSqlQuery query(m_database.connection());
        query.prepare(
            QStringLiteral("SELECT a.description, g.specific, a.status, a.due_date FROM actions a "
                           "JOIN goals g ON g.id = a.goal_id WHERE g.engagement_id = ? "
                           "ORDER BY a.due_date IS NULL, a.due_date, a.id"));
        query.addBindValue(engagementId);
        if (!query.exec())
            return Database::queryError(query, tr("Could not read the actions"));
        while (query.next()) {
            ProgressReportInput::Action action;
            action.description = query.value(0).toString();
            action.goal = query.value(1).toString();
            action.status = query.value(2).toString();
            action.dueDate = QDate::fromString(query.value(3).toString(), Qt::ISODate);
            input.actions.append(action);
        }
        if (query.lastError().isValid())
            return Database::queryError(query, tr("Could not read the actions"));
    }
    return input;
}

} // namespace md
