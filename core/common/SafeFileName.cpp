#include "common/SafeFileName.h"

#include <QRegularExpression>

namespace md {

namespace {
constexpr qsizetype kMaxLength = 120; // well under every system's limit, with room for a suffix
}

QString safeFileName(QString name, QStringView replacement, const QString& fallback) {
    static const QRegularExpression forbidden(QStringLiteral(R"([\\/:*?"<>|\x00-\x1f]+)"));
    name.replace(forbidden, replacement.toString());
    name = name.simplified();
    if (name.size() > kMaxLength)
        name = name.left(kMaxLength).trimmed();
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name.isEmpty() ? fallback : name;
}

} // namespace md
