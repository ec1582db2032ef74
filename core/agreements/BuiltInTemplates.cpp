#include "agreements/BuiltInTemplates.h"

#include "i18n/DocumentLanguage.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace md::BuiltInTemplates {

namespace {

const QString kDir = QStringLiteral(":/core/templates");

QString titleOf(const QString& html) {
    static const QRegularExpression heading(QStringLiteral("<h1[^>]*>(.*?)</h1>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    const auto match = heading.match(html);
    return match.hasMatch() ? match.captured(1).remove(tags).simplified() : QString();
}

} // namespace

QStringList languages(AgreementKind kind) {
    const QString prefix = agreementKindKey(kind) + QLatin1Char('.');
    QStringList result;
    const QStringList files =
        QDir(kDir).entryList({prefix + QStringLiteral("*.html")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString language = file.mid(prefix.size()).chopped(5); // ".html"
        if (!language.isEmpty())
            result << language;
    }
    if (result.removeAll(QStringLiteral("en")) > 0)
        result.prepend(QStringLiteral("en"));
    return result;
}

std::optional<AgreementTemplate> get(AgreementKind kind, const QString& language) {
    QFile file(QStringLiteral("%1/%2.%3.html").arg(kDir, agreementKindKey(kind), language));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    AgreementTemplate result;
    result.kind = kind;
    result.language = language;
    result.bodyHtml = QString::fromUtf8(file.readAll());
    result.title = titleOf(result.bodyHtml);
    if (result.title.isEmpty())
        result.title = agreementKindLabel(kind);
    // Both built-in texts carry confidentiality terms: the mentoring agreement
    // has a clause on it, the other kind is nothing else.
    result.hasConfidentialityTerms = true;
    result.builtIn = true;
    return result;
}

QString bestLanguage(AgreementKind kind, const QString& localeName) {
    // "pt_BR.UTF-8" tries pt_BR, then pt, then en; "de_AT" tries de, then en.
    QString name = localeName.trimmed().section(QLatin1Char('.'), 0, 0);
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    QStringList candidates;
    if (name.contains(QLatin1Char('_')))
        candidates << name.section(QLatin1Char('_'), 0, 0).toLower() + QLatin1Char('_') +
                          name.section(QLatin1Char('_'), 1, 1).toUpper();
    for (const QString& candidate : DocumentLanguage::fallbacks(name)) {
        if (!candidates.contains(candidate))
            candidates << candidate;
    }
    const QStringList shipped = languages(kind);
    for (const QString& candidate : std::as_const(candidates)) {
        if (shipped.contains(candidate))
            return candidate;
    }
    return QStringLiteral("en");
}

} // namespace md::BuiltInTemplates
