#include "ics/IcsSyntaxChecker.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QStringList>
#include <QTime>

#include <libical/ical.h>

namespace md {

namespace {

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
        return IcsSyntaxChecker::tr("expected a property name, found “%1”").arg(text.left(20));
    out.name = text.left(i).toUpper();
    while (i < text.size() && text.at(i) == QLatin1Char(';')) {
        const qsizetype start = ++i;
        while (i < text.size() && isNameChar(text.at(i)))
            ++i;
        if (i == start || i >= text.size() || text.at(i) != QLatin1Char('='))
            return IcsSyntaxChecker::tr("a parameter of %1 has no name or no “=”").arg(out.name);
        const QString paramName = text.mid(start, i - start).toUpper();
        ++i;
        QString value;
        for (;;) {
            if (i < text.size() && text.at(i) == QLatin1Char('"')) {
                const qsizetype close = text.indexOf(QLatin1Char('"'), i + 1);
                if (close < 0)
                    return IcsSyntaxChecker::tr("a quoted parameter value of %1 is not closed")
                        .arg(out.name);
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
        return IcsSyntaxChecker::tr("expected “:” after %1").arg(out.name);
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
                return IcsSyntaxChecker::tr("“%1” is not a valid date and time").arg(line.value);
            return {};
        }
        if (!validDateTime(line.value, dateOnly))
            return dateOnly
                       ? IcsSyntaxChecker::tr("“%1” is not a valid date (YYYYMMDD)").arg(line.value)
                       : IcsSyntaxChecker::tr("“%1” is not a valid date and time (YYYYMMDDTHHMMSS)")
                             .arg(line.value);
        return {};
    }
    if (name == QLatin1String("EXDATE") || name == QLatin1String("RDATE")) {
        const bool period =
            line.params.contains(QStringLiteral("VALUE=PERIOD"), Qt::CaseInsensitive);
        for (const QString& part : line.value.split(QLatin1Char(','))) {
            const QString value = period ? part.section(QLatin1Char('/'), 0, 0) : part;
            if (!validDateTime(value, dateOnly))
                return IcsSyntaxChecker::tr("“%1” in %2 is not a valid date or time")
                    .arg(part, name);
        }
        return {};
    }
    if (name == QLatin1String("DURATION") || name == QLatin1String("RRULE")) {
        const QByteArray utf8 = line.text.toUtf8();
        icalerror_clear_errno();
        icalproperty* property = icalproperty_new_from_string(utf8.constData());
        if (!property)
            return name == QLatin1String("RRULE")
                       ? IcsSyntaxChecker::tr("the repeat rule “%1” cannot be read").arg(line.value)
                       : IcsSyntaxChecker::tr("the duration “%1” cannot be read").arg(line.value);
        icalproperty_free(property);
        return {};
    }
    if (name == QLatin1String("TZOFFSETFROM") || name == QLatin1String("TZOFFSETTO")) {
        static const QRegularExpression offset(QStringLiteral(R"(^[+-]\d{4}(\d{2})?$)"));
        if (!offset.match(line.value).hasMatch())
            return IcsSyntaxChecker::tr("“%1” is not a UTC offset (+HHMM)").arg(line.value);
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
    return makeError(ErrorCode::InvalidInput, tr("Line %1: %2").arg(line).arg(problem));
}

Error IcsSyntaxChecker::tooLarge(qint64 bytes) {
    return makeError(ErrorCode::InvalidInput,
                     tr("The calendar file is %1 MiB; MentorDesk reads calendar files of up to "
                        "%2 MiB.")
                         .arg((bytes + 1024 * 1024 - 1) / (1024 * 1024))
                         .arg(kMaxFileBytes / (1024 * 1024)));
}

namespace {

// "the SUMMARY of the event on line 3 is 10240 KiB long; …"
Error tooLong(int line, int eventLine, const QByteArray& text, qint64 limit) {
    qsizetype nameEnd = 0;
    while (nameEnd < text.size() && nameEnd < 40 && isNameChar(QLatin1Char(text.at(nameEnd))))
        ++nameEnd;
    const QString name = nameEnd > 0 ? QString::fromLatin1(text.left(nameEnd)).toUpper()
                                     : IcsSyntaxChecker::tr("line");
    const QString what =
        eventLine > 0
            ? IcsSyntaxChecker::tr("the %1 of the event on line %2").arg(name).arg(eventLine)
            : IcsSyntaxChecker::tr("this %1").arg(name);
    return IcsSyntaxChecker::lineError(
        line, IcsSyntaxChecker::tr("%1 is longer than the %2 KiB MentorDesk reads in one line")
                  .arg(what)
                  .arg(limit / 1024));
}

bool startsComponent(const QByteArray& line, const char* what) {
    return line.trimmed().toUpper() == what;
}

} // namespace

Result<IcsSyntaxChecker::Report> IcsSyntaxChecker::check(const QByteArray& data) {
    if (data.size() > kMaxFileBytes)
        return tooLarge(data.size());
    QByteArrayView bytes(data);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return lineError(int(bytes.first(nul).count('\n')) + 1, tr("the file holds a NUL byte"));

    // Unfold (RFC 5545 3.1): a line starting with a space or tab continues
    // the one before; remember where each logical line started. Lengths are
    // checked on the bytes, before any of it is decoded.
    QList<ContentLine> lines;
    QList<QByteArray> logical;
    int eventLine = 0; // the BEGIN:VEVENT the line belongs to, for messages
    int lineNumber = 0;
    for (qsizetype start = 0; start <= bytes.size();) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QByteArrayView raw = bytes.sliced(start, end - start);
        start = end + 1;
        ++lineNumber;
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (raw.size() > kMaxPhysicalLineBytes)
            return tooLong(lineNumber, eventLine,
                           raw.first(std::min<qsizetype>(raw.size(), 64)).toByteArray(),
                           kMaxPhysicalLineBytes);
        if (raw.startsWith(' ') || raw.startsWith('\t')) {
            if (lines.isEmpty())
                return lineError(lineNumber, tr("a continuation line with nothing to continue"));
            logical.last().append(raw.sliced(1));
            if (logical.last().size() > kMaxLineBytes)
                return tooLong(lines.last().line, eventLine, logical.last().left(64),
                               kMaxLineBytes);
            continue;
        }
        if (raw.trimmed().isEmpty())
            continue;
        ContentLine line;
        line.line = lineNumber;
        lines.append(line);
        logical.append(raw.toByteArray());
        if (startsComponent(logical.last(), "BEGIN:VEVENT"))
            eventLine = lineNumber;
        else if (startsComponent(logical.last(), "END:VEVENT"))
            eventLine = 0;
    }
    for (qsizetype i = 0; i < lines.size(); ++i)
        lines[i].text = QString::fromUtf8(logical.at(i));
    logical.clear();
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
