#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace md {

// Small helpers shared by the session summary and the progress report.
class SessionSummaryText final {
public:
    // Mentor-written text as HTML: blank lines separate paragraphs, lines
    // starting with "- ", "* " or "• " become a bulleted list.
    static QString toHtml(const QString& text);
    // "Tuesday, 3 March 2026"
    static QString longDate(const QDate& date);
    // "18:00–19:00 (Europe/Berlin)"; with `otherZone` valid and different,
    // also "· 12:00–13:00 in America/New_York".
    static QString timeRange(const QDateTime& start, int durationMinutes,
                             const QTimeZone& otherZone = {});
    // Underlines a heading for plain text ("Topics\n------").
    static QString plainHeading(const QString& heading, QChar underline = QLatin1Char('-'));
};

} // namespace md
