#include "pipeline/EngagementTab.h"

#include <QLocale>
#include <QRegularExpression>

namespace md::pipelineui {

std::optional<double> parseNumber(const QString& text, bool* ok) {
    const QString trimmed = text.trimmed();
    *ok = true;
    if (trimmed.isEmpty())
        return std::nullopt;
    bool parsed = false;
    double value = QLocale().toDouble(trimmed, &parsed);
    if (!parsed)
        value = QLocale::c().toDouble(trimmed, &parsed);
    if (!parsed) {
        *ok = false;
        return std::nullopt;
    }
    return value;
}

QString formatNumber(const std::optional<double>& value) {
    return value ? QLocale().toString(*value, 'g', 12) : QString();
}

QStringList splitList(const QString& text) {
    static const QRegularExpression separators(QStringLiteral("[,;\\n]"));
    QStringList parts;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            parts.append(trimmed);
    }
    return parts;
}

} // namespace md::pipelineui
