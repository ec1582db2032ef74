#include "ics/IcsSyntaxChecker.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QStringList>
#include <QTime>

#include <libical/ical.h>

namespace md {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("md::IcsSyntaxChecker", text);
}

struct ContentLine {
    int line = 0;
    QString name;       // upper case
    QStringList params; // "NAME=value", names upper case
    QString value;
    QString text; // the whole unfolded line
};

bool isNameChar(QChar c) {
    return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-');
}

// Splits "NAME;P=v;Q="x:y":value" (RFC 5545 3.1). Returns an empty string on
// success, else what is wrong.
QString parseLine(const QString& text, ContentLine& out) {
    qsizetype i = 0;
    while (i < text.size() && isNameChar(text.at(i)))
        ++i;
    if (i == 0)
        return tr("expected a property name, found “%1”").arg(text.left(20));
    out.name = text.left(i).toUpper();
    while (i < text.size() && text.at(i) == QLatin1Char(';')) {
        const qsizetype start = ++i;
        while (i < text.size() && isNameChar(text.at(i)))
            ++i;
        if (i == start || i >= text.size() || text.at(i) != QLatin1Char('='))
            return tr("a parameter of %1 has no name or no “=”").arg(out.name);
        const QString paramName = text.mid(start, i - start).toUpper();
        ++i;
        QString value;
        for (;;) {
            if (i < text.size() && text.at(i) == QLatin1Char('"')) {
                const qsizetype close = text.indexOf(QLatin1Char('"'), i + 1);
                if (close < 0)
                    return tr("a quoted parameter value of %1 is not closed").arg(out.name);
                value += text.mid(i + 1, close - i - 1);
                i = close + 1;
            } else {
                const qsizetype start2 = i;
                while (i < text.size() && text.at(i) != QLatin1Char(';') &&
                       text.at(i) != QLatin1Char(':') && text.at(i) != QLatin1Char(',') &&
                       text.at(i) != QLatin1Char('"'))
                    ++i;
                value += text.mid(start2, i - start2);
            }
            if (i < text.size() && text.at(i) == QLatin1Char(',')) {
                value += QLatin1Char(',');
                ++i;
                continue;
            }
            break;
        }
        out.params << paramName + QLatin1Char('=') + value;
    }
    if (i >= text.size() || text.at(i) != QLatin1Char(':'))
        return tr("expected “:” after %1").arg(out.name);
    out.value = text.mid(i + 1);
    return {};
}

bool validDateTime(const QString& value, bool dateOnly) {
    static const QRegularExpression date(QStringLiteral(R"(^(\d{4})(\d{2})(\d{2})$)"));
    static const QRegularExpression dateTime(
        QStringLiteral(R"(^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z?$)"));
    const QRegularExpressionMatch match = (dateOnly ? date : dateTime).match(value);
    if (!match.hasMatch())
        return false;
    if (!QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt())
             .isValid())
        return false;
    if (dateOnly)
        return true;
    const int seconds = match.captured(6).toInt();
    // A leap second (60) is allowed by RFC 5545.
    return QTime(match.captured(4).toInt(), match.captured(5).toInt(), std::min(seconds, 59))
               .isValid() &&
           seconds <= 60;
}

QString checkValue(const ContentLine& line, const QString& component) {
    const bool dateOnly = line.params.contains(QStringLiteral("VALUE=DATE"), Qt::CaseInsensitive);
    const QString& name = line.name;
    if (name == QLatin1String("DTSTART") || name == QLatin1String("DTEND") ||
        name == QLatin1String("RECURRENCE-ID") || name == QLatin1String("DUE")) {
        if (component == QLatin1String("STANDARD") || component == QLatin1String("DAYLIGHT")) {
            if (!validDateTime(line.value, false))
                return tr("“%1” is not a valid date and time").arg(line.value);
            return {};
        }
        if (!validDateTime(line.value, dateOnly))
            return dateOnly
                       ? tr("“%1” is not a valid date (YYYYMMDD)").arg(line.value)
                       : tr("“%1” is not a valid date and time (YYYYMMDDTHHMMSS)").arg(line.value);
        return {};
    }
    if (name == QLatin1String("EXDATE") || name == QLatin1String("RDATE")) {
        const bool period =
            line.params.contains(QStringLiteral("VALUE=PERIOD"), Qt::CaseInsensitive);
        for (const QString& part : line.value.split(QLatin1Char(','))) {
            const QString value = period ? part.section(QLatin1Char('/'), 0, 0) : part;
            if (!validDateTime(value, dateOnly))
                return tr("“%1” in %2 is not a valid date or time").arg(part, name);
        }
        return {};
    }
    if (name == QLatin1String("DURATION") || name == QLatin1String("RRULE")) {
        const QByteArray utf8 = line.text.toUtf8();
        icalerror_clear_errno();
        icalproperty* property = icalproperty_new_from_string(utf8.constData());
        if (!property)
            return name == QLatin1String("RRULE")
                       ? tr("the repeat rule “%1” cannot be read").arg(line.value)
                       : tr("the duration “%1” cannot be read").arg(line.value);
        icalproperty_free(property);
        return {};
    }
    if (name == QLatin1String("TZOFFSETFROM") || name == QLatin1String("TZOFFSETTO")) {
        static const QRegularExpression offset(QStringLiteral(R"(^[+-]\d{4}(\d{2})?$)"));
        if (!offset.match(line.value).hasMatch())
            return tr("“%1” is not a UTC offset (+HHMM)").arg(line.value);
    }
    return {};
}

struct Open {
    QString name;
    int line = 0;
    bool hasStart = false;
};

} // namespace

Error IcsSyntaxChecker::lineError(int line, const QString& problem) {
    return makeError(
        ErrorCode::InvalidInput,
        QCoreApplication::translate("md::IcsSyntaxChecker", "Line %1: %2").arg(line).arg(problem));
}

Result<IcsSyntaxChecker::Report> IcsSyntaxChecker::check(const QByteArray& data) {
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    const QStringList physical = text.split(QLatin1Char('\n'));

    // Unfold (RFC 5545 3.1): a line starting with a space or tab continues
    // the one before; remember where each logical line started.
    QList<ContentLine> lines;
    for (int i = 0; i < physical.size(); ++i) {
        QString raw = physical.at(i);
        if (raw.endsWith(QLatin1Char('\r')))
            raw.chop(1);
        if (raw.startsWith(QLatin1Char(' ')) || raw.startsWith(QLatin1Char('\t'))) {
            if (lines.isEmpty())
                return lineError(i + 1, tr("a continuation line with nothing to continue"));
            lines.last().text += raw.mid(1);
            continue;
        }
        if (raw.trimmed().isEmpty())
            continue;
        ContentLine line;
        line.line = i + 1;
        line.text = raw;
        lines.append(line);
    }
    if (lines.isEmpty())
        return lineError(1, tr("the file is empty"));

    Report report;
    QList<Open> stack;
    bool calendarClosed = false;
    for (ContentLine& line : lines) {
        if (const QString problem = parseLine(line.text, line); !problem.isEmpty())
            return lineError(line.line, problem);
        if (calendarClosed)
            return lineError(line.line, tr("text after the end of the calendar (END:VCALENDAR)"));
        if (stack.isEmpty() && !(line.name == QLatin1String("BEGIN") &&
                                 line.value.trimmed().toUpper() == QLatin1String("VCALENDAR")))
            return lineError(line.line, tr("a calendar file starts with BEGIN:VCALENDAR"));

        if (line.name == QLatin1String("BEGIN")) {
            const QString component = line.value.trimmed().toUpper();
            if (component.isEmpty())
                return lineError(line.line, tr("BEGIN without a component name"));
            if (component == QLatin1String("VEVENT"))
                report.eventLines.append(line.line);
            stack.append({component, line.line, false});
            continue;
        }
        if (line.name == QLatin1String("END")) {
            const QString component = line.value.trimmed().toUpper();
            const Open open = stack.takeLast();
            if (component != open.name)
                return lineError(line.line, tr("END:%1 does not close BEGIN:%2 from line %3")
                                                .arg(component, open.name)
                                                .arg(open.line));
            if (open.name == QLatin1String("VEVENT") && !open.hasStart)
                return lineError(open.line,
                                 tr("the event that starts here has no start time (DTSTART)"));
            calendarClosed = stack.isEmpty();
            continue;
        }
        Open& current = stack.last();
        if (line.name == QLatin1String("DTSTART"))
            current.hasStart = true;
        if (const QString problem = checkValue(line, current.name); !problem.isEmpty())
            return lineError(line.line, problem);
    }
    if (!stack.isEmpty()) {
        const Open& open = stack.last();
        return lineError(
            lines.last().line,
            tr("the file ends before END:%1 (opened on line %2)").arg(open.name).arg(open.line));
    }
    return report;
}

} // namespace md
