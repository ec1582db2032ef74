#include "i18n/DocumentLanguage.h"

namespace md::DocumentLanguage {

namespace {

struct Language {
    const char* code;
    const char* nativeName; // never translated: each language in its own words
    QLocale::Language language;
    QLocale::Territory territory;
};

const Language kLanguages[] = {
    {"en", "English", QLocale::English, QLocale::AnyTerritory},
    {"de", "Deutsch", QLocale::German, QLocale::AnyTerritory},
    {"pt_BR", "Português (Brasil)", QLocale::Portuguese, QLocale::Brazil},
    {"es", "Español", QLocale::Spanish, QLocale::AnyTerritory},
    {"fr", "Français", QLocale::French, QLocale::AnyTerritory},
    {"it", "Italiano", QLocale::Italian, QLocale::AnyTerritory},
};

const Language* find(const QString& code) {
    for (const Language& language : kLanguages) {
        if (code == QLatin1String(language.code))
            return &language;
    }
    return nullptr;
}

} // namespace

QStringList codes() {
    QStringList result;
    for (const Language& language : kLanguages)
        result << QString::fromLatin1(language.code);
    return result;
}

QString nativeName(const QString& code) {
    const Language* language = find(normalised(code));
    return language ? QString::fromUtf8(language->nativeName) : code;
}

QString normalised(const QString& text) {
    // "pt_BR.UTF-8@euro" → "pt_br"; "pt-BR" → "pt_br".
    QString name = text.trimmed().section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0);
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    name = name.toLower();
    const QString language = name.section(QLatin1Char('_'), 0, 0);
    if (language == QLatin1String("pt"))
        return QStringLiteral("pt_BR");
    if (language.isEmpty() || language == QLatin1String("c") || language == QLatin1String("posix"))
        return {};
    return find(language) ? language : QString();
}

QString fromLocale(const QLocale& locale) {
    // The first of the locale's languages that MentorDesk writes in (LANGUAGE
    // may list several, "fr:de").
    for (const QString& name : locale.uiLanguages()) {
        if (const QString code = normalised(name); !code.isEmpty())
            return code;
    }
    const QString code = normalised(locale.name());
    return code.isEmpty() ? QStringLiteral("en") : code;
}

QString forClient(const QString& client, const QString& mentor) {
    for (const QString& choice : {client, mentor}) {
        if (const QString code = normalised(choice); !code.isEmpty())
            return code;
    }
    return fromLocale(QLocale());
}

QLocale locale(const QString& code) {
    const Language* language = find(normalised(code));
    if (!language)
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    if (language->language == QLocale::English)
        // Day before month and A4, as in the English the source texts use.
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return QLocale(language->language, language->territory);
}

QStringList fallbacks(const QString& code) {
    QStringList result;
    const QString normal = normalised(code);
    const QString given = normal.isEmpty() ? code.trimmed() : normal;
    if (!given.isEmpty())
        result << given;
    const QString bare = given.section(QLatin1Char('_'), 0, 0).toLower();
    if (!bare.isEmpty() && !result.contains(bare))
        result << bare;
    if (!result.contains(QStringLiteral("en")))
        result << QStringLiteral("en");
    return result;
}

} // namespace md::DocumentLanguage
