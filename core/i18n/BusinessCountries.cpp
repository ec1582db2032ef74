#include "i18n/BusinessCountries.h"

#include <QLocale>
#include <QRegularExpression>

namespace md {

namespace {

QLocale::Territory territoryOf(const QString& code) {
    static const QRegularExpression twoLetters(QStringLiteral("^[A-Z]{2}$"));
    if (!twoLetters.match(code).hasMatch())
        return QLocale::AnyTerritory;
    return QLocale::codeToTerritory(code);
}

} // namespace

QStringList BusinessCountries::offered() {
    // The first five have a wording of their own (ExemptionWording).
    return {QStringLiteral("DE"), QStringLiteral("AT"), QStringLiteral("FR"), QStringLiteral("IT"),
            QStringLiteral("BR"), QStringLiteral("BE"), QStringLiteral("CA"), QStringLiteral("CH"),
            QStringLiteral("ES"), QStringLiteral("GB"), QStringLiteral("IE"), QStringLiteral("LU"),
            QStringLiteral("NL"), QStringLiteral("PT"), QStringLiteral("US")};
}

QString BusinessCountries::nativeName(const QString& code) {
    const QLocale::Territory territory = territoryOf(normalised(code));
    if (territory == QLocale::AnyTerritory)
        return {};
    // The locale of the country's main language names it as its people do.
    const QString name = QLocale(QLocale::AnyLanguage, territory).nativeTerritoryName();
    return name.isEmpty() ? QLocale::territoryToString(territory) : name;
}

QString BusinessCountries::normalised(const QString& text) {
    const QString code = text.trimmed().toUpper();
    return territoryOf(code) == QLocale::AnyTerritory ? QString() : code;
}

} // namespace md
