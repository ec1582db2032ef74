#include "export/SessionSummaryText.h"

#include "i18n/DocumentTranslator.h"
#include "scheduling/TimeFormat.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>

namespace md {

namespace {

bool isBullet(const QString& line) {
    return line.startsWith(QLatin1String("- ")) || line.startsWith(QLatin1String("* ")) ||
           line.startsWith(QStringLiteral("• "));
}

bool isLink(const QString& word) {
    return word.startsWith(QLatin1String("http://")) ||
           word.startsWith(QLatin1String("https://")) || word.startsWith(QLatin1String("mailto:"));
}

// Escapes what would turn a word into emphasis, code, a link or HTML.
QString escapeWord(const QString& word) {
    if (isLink(word))
        return word;
    static const QString specials = QStringLiteral("\\`*_[]<");
    QString out;
    out.reserve(word.size());
    for (const QChar c : word) {
        if (specials.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

} // namespace

QString SessionSummaryText::markdownEscaped(const QString& line) {
    QStringList words = line.split(QLatin1Char(' '));
    for (QString& word : words)
        word = escapeWord(word);
    QString out = words.join(QLatin1Char(' '));
    // What only means something at the start of a line: headings, quotes,
    // list items ("+ x", "- x", "1. x").
    static const QRegularExpression blockStart(QStringLiteral("^(#|>|[+-](\\s|$)|\\d+[.)])"));
    if (const QRegularExpressionMatch match = blockStart.match(out); match.hasMatch()) {
        // "1." becomes "1\.", the others get the backslash in front.
        out.insert(out.at(0).isDigit() ? match.capturedEnd(1) - 1 : 0, QLatin1Char('\\'));
    }
    return out;
}

QString SessionSummaryText::toMarkdown(const QString& text) {
    QStringList out;
    bool previousWasBullet = false;
    for (const QString& raw : text.trimmed().split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        const bool bullet = isBullet(line);
        // A list needs a blank line before the paragraph that follows it.
        if (!line.isEmpty() && previousWasBullet && !bullet)
            out << QString();
        if (bullet)
            out << QStringLiteral("- ") + markdownEscaped(line.mid(2).trimmed());
        else
            out << markdownEscaped(line);
        previousWasBullet = bullet;
    }
    return out.join(QLatin1Char('\n'));
}

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

QString SessionSummaryText::longDate(const QDate& date, const QLocale& locale) {
    return locale.toString(date, QLocale::LongFormat);
}

QString SessionSummaryText::timeRange(const QDateTime& start, int durationMinutes,
                                      const QTimeZone& otherZone,
                                      const DocumentTranslator& document) {
    const QLocale& locale = document.locale();
    const QDateTime end = start.addSecs(qint64(durationMinutes) * 60);
    auto span = [&](const QDateTime& from, const QDateTime& to) {
        return TimeFormat::shortTime(from.time(), locale) + QStringLiteral("–") +
               TimeFormat::shortTime(to.time(), locale);
    };
    const QTimeZone zone = start.timeZone();
    QString text = document.translate("md::SessionSummaryText", "%1 (%2)")
                       .arg(span(start, end), QString::fromUtf8(zone.id()));
    if (otherZone.isValid() && otherZone.id() != zone.id() &&
        otherZone.offsetFromUtc(start) != zone.offsetFromUtc(start)) {
        const QDateTime otherStart = start.toTimeZone(otherZone);
        text += document.translate("md::SessionSummaryText", " · %1 in %2")
                    .arg(span(otherStart, end.toTimeZone(otherZone)),
                         QString::fromUtf8(otherZone.id()));
    }
    return text;
}

QString SessionSummaryText::sessionStatus(SessionStatus status, const DocumentTranslator& text) {
    switch (status) {
    case SessionStatus::Planned:
        return text.translate("md::Session", "Planned");
    case SessionStatus::Held:
        return text.translate("md::Session", "Held");
    case SessionStatus::CancelledByClient:
        return text.translate("md::Session", "Cancelled by the client");
    case SessionStatus::CancelledByMentor:
        return text.translate("md::Session", "Cancelled by the mentor");
    case SessionStatus::NoShow:
        return text.translate("md::Session", "No-show");
    }
    return {};
}

QString SessionSummaryText::plainHeading(const QString& heading, QChar underline) {
    return heading + QLatin1Char('\n') + QString(heading.size(), underline);
}

} // namespace md
