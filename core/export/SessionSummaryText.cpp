#include "export/SessionSummaryText.h"

#include "scheduling/TimeFormat.h"
#include <QCoreApplication>

#include <QLocale>
#include <QStringList>
#include <QTimeZone>

namespace md {

namespace {

bool isBullet(const QString& line) {
    return line.startsWith(QLatin1String("- ")) || line.startsWith(QLatin1String("* ")) ||
           line.startsWith(QStringLiteral("• "));
}

} // namespace

QString SessionSummaryText::toHtml(const QString& text) {
    QString html;
    QStringList paragraph;
    bool inList = false;
    auto flushParagraph = [&] {
        if (!paragraph.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(paragraph.join(QStringLiteral("<br>")));
        paragraph.clear();
    };
    auto closeList = [&] {
        if (inList)
            html += QStringLiteral("</ul>");
        inList = false;
    };
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty()) {
            flushParagraph();
            closeList();
            continue;
        }
        if (isBullet(line)) {
            flushParagraph();
            if (!inList)
                html += QStringLiteral("<ul>");
            inList = true;
            html += QStringLiteral("<li>%1</li>").arg(line.mid(2).trimmed().toHtmlEscaped());
            continue;
        }
        closeList();
        paragraph << line.toHtmlEscaped();
    }
    flushParagraph();
    closeList();
    return html;
}

QString SessionSummaryText::longDate(const QDate& date) {
    return QLocale().toString(date, QLocale::LongFormat);
}

QString SessionSummaryText::timeRange(const QDateTime& start, int durationMinutes,
                                      const QTimeZone& otherZone) {
    const QLocale locale;
    const QDateTime end = start.addSecs(qint64(durationMinutes) * 60);
    auto span = [&](const QDateTime& from, const QDateTime& to) {
        return TimeFormat::shortTime(from.time()) + QStringLiteral("–") +
               TimeFormat::shortTime(to.time());
    };
    const QTimeZone zone = start.timeZone();
    QString text = QCoreApplication::translate("md::SessionSummaryText", "%1 (%2)")
                       .arg(span(start, end), QString::fromUtf8(zone.id()));
    if (otherZone.isValid() && otherZone.id() != zone.id() &&
        otherZone.offsetFromUtc(start) != zone.offsetFromUtc(start)) {
        const QDateTime otherStart = start.toTimeZone(otherZone);
        text += QCoreApplication::translate("md::SessionSummaryText", " · %1 in %2")
                    .arg(span(otherStart, end.toTimeZone(otherZone)),
                         QString::fromUtf8(otherZone.id()));
    }
    return text;
}

QString SessionSummaryText::plainHeading(const QString& heading, QChar underline) {
    return heading + QLatin1Char('\n') + QString(heading.size(), underline);
}

} // namespace md
