#include "agreements/BuiltInTemplates.h"

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
    const QString language = localeName.section(QLatin1Char('_'), 0, 0).toLower();
    return languages(kind).contains(language) ? language : QStringLiteral("en");
}

} // namespace md::BuiltInTemplates
