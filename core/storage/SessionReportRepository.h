#pragma once

#include "settings/MentorProfile.h"

#include "common/Clock.h"
#include "common/Result.h"
#include "export/SessionSummaryDocument.h"
#include "export/SessionSummaryReport.h"

#include <QCoreApplication>

namespace md {

class Database;

// Gathers what session summaries and engagement progress reports show:
// the session, the client and engagement, the mentor's name, and from the
// pipeline's tables the goals with their latest progress and the actions.
// Read-only.
class SessionReportRepository final {
    Q_DECLARE_TR_FUNCTIONS(md::SessionReportRepository)
public:
    SessionReportRepository(Database& database, const Clock& clock);

    Result<SessionSummaryInput> summaryInput(qint64 sessionId) const;
    Result<ProgressReportInput> reportInput(qint64 engagementId) const;

private:
    struct EngagementRow {
        QString clientName;
        QString clientTimeZone;
        QString title;
        QDate startDate;
        int plannedSessions = 0;
        QString clientLanguage; // '' = the mentor's
    };
    Result<EngagementRow> engagementRow(qint64 engagementId) const;
    Result<bool> hasTable(const QString& name) const;
    MentorProfile mentorProfile() const;
    static QString mentorName(const MentorProfile& profile);

    Database& m_database;
    const Clock& m_clock;
};

} // namespace md
