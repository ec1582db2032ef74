#pragma once

#include "export/DocumentLayout.h"

#include "common/Result.h"
#include "i18n/DocumentTranslator.h"
#include "scheduling/Session.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace md {

// What a session summary shows. Built by the caller (see
// SessionReportRepository::summaryInput); the private notes of `session`
// are never read.
struct SessionSummaryInput {
    Session session;
    QString clientName;
    QString clientTimeZone; // IANA id; its times are shown too when they differ
    QString engagementTitle;
    QString mentorName;
    // The mentor's letterhead, as on their agreements (MentorLetterhead).
    Letterhead letterhead;
    int sessionNumber = 0;   // position among the engagement's sessions (0 = unknown)
    int plannedSessions = 0; // 0 = no number agreed
    // The client's document language (DocumentLanguage::codes()): of every
    // heading and label, and of the dates and times.
    QString language = QStringLiteral("en");
};

// A session summary for the mentee: the summary fields and the shareable
// notes, laid out as a professional document (title, client, date, sections).
// The same content is offered as PDF, Markdown and plain text for an e-mail.
// Rendering happens in memory only.
class SessionSummaryDocument final {
    Q_DECLARE_TR_FUNCTIONS(md::SessionSummaryDocument)
public:
    explicit SessionSummaryDocument(SessionSummaryInput input);

    QString title() const;
    QString html() const;
    QString markdown() const;
    QString plainText() const;
    Result<QByteArray> pdf() const;

private:
    struct Section {
        QString heading;
        QString text;
        // One item per line (the agreed actions), shown as a list.
        bool isList = false;
    };
    QList<Section> sections() const;
    QList<QPair<QString, QString>> details() const;

    SessionSummaryInput m_input;
    DocumentTranslator m_text;
};

} // namespace md
