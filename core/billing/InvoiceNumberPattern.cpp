#include "billing/InvoiceNumberPattern.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace md {

namespace {

const QRegularExpression& tokenPattern() {
    static const QRegularExpression token(QStringLiteral(R"(\{(YYYY|YY|N+)\})"));
    return token;
}

} // namespace

Status InvoiceNumberPattern::validate(const QString& pattern) {
    int years = 0;
    int sequences = 0;
    auto it = tokenPattern().globalMatch(pattern);
    while (it.hasNext()) {
        const auto match = it.next();
        if (match.captured(1).startsWith(u'N')) {
            ++sequences;
            if (match.capturedLength(1) > 9)
                return makeError(ErrorCode::InvalidInput,
                                 tr("The invoice number pattern pads to at most 9 digits."));
        } else {
            ++years;
        }
    }
    QString rest = pattern;
    rest.remove(tokenPattern());
    if (rest.contains(u'{') || rest.contains(u'}'))
        return makeError(ErrorCode::InvalidInput,
                         tr("The invoice number pattern \"%1\" has an unknown {token}; use "
                            "{YYYY}, {YY} and {NNNN}.")
                             .arg(pattern));
    if (years == 0 || sequences != 1)
        return makeError(ErrorCode::InvalidInput,
                         tr("The invoice number pattern \"%1\" needs a year ({YYYY} or {YY}) and "
                            "exactly one sequence number ({NNNN}), because numbering restarts "
                            "every year.")
                             .arg(pattern));
    if (pattern.size() > 40 || rest.contains(u'\n') || rest.contains(u'\\') || rest.contains(u'"'))
        return makeError(
            ErrorCode::InvalidInput,
            tr("The invoice number pattern \"%1\" is too long or holds a \\ or \".").arg(pattern));
    return {};
}

QString InvoiceNumberPattern::format(const QString& pattern, int year, qint64 sequence) {
    QString out;
    qsizetype last = 0;
    auto it = tokenPattern().globalMatch(pattern);
    while (it.hasNext()) {
        const auto match = it.next();
        out += pattern.mid(last, match.capturedStart() - last);
        const QString token = match.captured(1);
        if (token == QLatin1String("YYYY"))
            out += QString::number(year).rightJustified(4, u'0');
        else if (token == QLatin1String("YY"))
            out += QString::number(year % 100).rightJustified(2, u'0');
        else
            out += QString::number(sequence).rightJustified(token.size(), u'0');
        last = match.capturedEnd();
    }
    out += pattern.mid(last);
    return out;
}

} // namespace md
