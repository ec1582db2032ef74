#pragma once

#include "export/DocumentLayout.h"

#include "common/Result.h"
#include "i18n/DocumentTranslator.h"
#include "scheduling/Session.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace md {

// What an engagement progress report shows; loaded by
// SessionReportRepository::reportInput from the pipeline's tables.
struct ProgressReportInput {
    struct Goal {
        QString description; // the "specific" part of the SMART goal
        QString metric;
        QString unit;
        std::optional<double> baseline;
        std::optional<double> target;
        std::optional<double> latest; // last progress entry
        QDate latestDate;
        QDate dueDate;
    };
    struct Action {
        QString description;
        QString goal;   // the goal it serves
        QString status; // storage key: todo, doing, done, dropped
        QDate dueDate;
    };

    QString clientName;
    QString engagementTitle;
    QString mentorName;
    QDate startDate;
    int plannedSessions = 0;
    QList<Session> sessions; // all of the engagement's sessions
    QList<Goal> goals;
    QList<Action> actions;
    QDate reportDate;
    // The mentor's letterhead, as on their agreements (MentorLetterhead).
    Letterhead letterhead;
    // The client's document language (DocumentLanguage::codes()): of every
    // heading and label, and of the dates and numbers.
    QString language = QStringLiteral("en");
};

// An engagement progress report as a document: sessions held against the
// plan, each goal with its progress, and the actions done and still open.
// Only shareable content: no private notes. Written in the client's document
// language (ProgressReportInput::language), whatever the interface speaks.
// Rendered in memory.
class SessionSummaryReport final {
public:
    explicit SessionSummaryReport(ProgressReportInput input);

    QString title() const;
    QString html() const;
    Result<QByteArray> pdf() const;
    // Progress from baseline towards target in percent (0–100), if both known.
    static std::optional<int> percent(const ProgressReportInput::Goal& goal);

private:
    QString sessionsHtml() const;
    QString goalsHtml() const;
    QString actionsHtml() const;

    ProgressReportInput m_input;
    DocumentTranslator m_text;
};

} // namespace md
