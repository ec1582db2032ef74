#pragma once

#include "scheduling/Session.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace md {

class DocumentTranslator;

// Small helpers shared by the session summary and the progress report.
class SessionSummaryText final {
public:
    // Mentor-written text as HTML: blank lines separate paragraphs, lines
    // starting with "- ", "* " or "• " become a bulleted list.
    static QString toHtml(const QString& text);
    // Mentor-written text as Markdown: lines are kept as written (never
    // re-wrapped, so long links survive), bullets become "- " items and
    // Markdown's special characters are escaped where they would change the
    // meaning. Words that are links (http:, https:, mailto:) are left alone.
    static QString toMarkdown(const QString& text);
    // One line of text with Markdown specials escaped (see toMarkdown).
    static QString markdownEscaped(const QString& line);
    // "Tuesday, 3 March 2026", in the interface's locale or `locale`.
    static QString longDate(const QDate& date, const QLocale& locale = QLocale());
    // "18:00–19:00 (Europe/Berlin)"; with `otherZone` valid and different,
    // also "· 12:00–13:00 in America/New_York". In the language of `text`.
    static QString timeRange(const QDateTime& start, int durationMinutes,
                             const QTimeZone& otherZone, const DocumentTranslator& text);
    // The label of md::Session's status ("Held"), in the language of `text`.
    static QString sessionStatus(SessionStatus status, const DocumentTranslator& text);
    // Underlines a heading for plain text ("Topics\n------").
    static QString plainHeading(const QString& heading, QChar underline = QLatin1Char('-'));
};

} // namespace md
