#pragma once

// What the tests of tests/i18n expect, read from the project's own files
// rather than written into the tests: a translation from the catalogue
// (translations/mentordesk_<lang>.ts), a heading from an agreement template
// (core/templates/<kind>.<lang>.html). So the tests follow the translators'
// files as they are merged, and fail when a document does not print them.

#include <QFile>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace md::test {

inline QString sourceDir() {
    return qEnvironmentVariable("MENTORDESK_SOURCE_DIR");
}

// Whether every catalogue and template is merged (the CMake option
// MENTORDESK_CATALOGUES_COMPLETE): a language then may not fall back.
inline bool cataloguesComplete() {
    return qEnvironmentVariable("MENTORDESK_CATALOGUES_COMPLETE") == QLatin1String("1");
}

// The finished translation of `source` under `context` in the catalogue of
// `language`; empty when it is unfinished, missing, or the language is "en".
inline QString catalogueTranslation(const QString& language, const QString& context,
                                    const QString& source) {
    QFile file(sourceDir() + QStringLiteral("/translations/mentordesk_%1.ts").arg(language));
    if (language == QLatin1String("en") || !file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QString currentContext;
    QString currentSource;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            currentContext = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            currentSource = xml.readElementText();
        else if (xml.name() == QLatin1String("translation") && currentContext == context &&
                 currentSource == source) {
            const bool finished = xml.attributes().value(QLatin1String("type")).isEmpty();
            const QString text = xml.readElementText();
            return finished ? text : QString();
        }
    }
    return {};
}

// The translation a document in `language` prints: the catalogue's, else
// the English source.
inline QString printedAs(const QString& language, const QString& context, const QString& source) {
    const QString translated = catalogueTranslation(language, context, source);
    return translated.isEmpty() ? source : translated;
}

// The template file languages tried for `language`, most specific first.
inline QStringList templateCandidates(const QString& language) {
    QStringList candidates{language};
    if (language.contains(QLatin1Char('_')))
        candidates << language.section(QLatin1Char('_'), 0, 0);
    if (!candidates.contains(QStringLiteral("en")))
        candidates << QStringLiteral("en");
    return candidates;
}

struct TemplateHeading {
    QString language; // of the file it was read from
    QString heading;  // its <h1>, tags removed
};

// The <h1> of the built-in template of `kind` ("confidentiality") a document
// in `language` is made from.
inline TemplateHeading templateHeading(const QString& kind, const QString& language) {
    for (const QString& candidate : templateCandidates(language)) {
        QFile file(sourceDir() + QStringLiteral("/core/templates/%1.%2.html").arg(kind, candidate));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        static const QRegularExpression h1(QStringLiteral("<h1[^>]*>(.*?)</h1>"),
                                           QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        const auto match = h1.match(QString::fromUtf8(file.readAll()));
        return {candidate, match.captured(1).remove(tags).simplified()};
    }
    return {};
}

// Text as compared: ligatures and narrow spaces as plain letters and spaces
// (NFKC), every run of white space one space.
inline QString comparable(const QString& text) {
    QString normal = text.normalized(QString::NormalizationForm_KC);
    normal.replace(QChar(0x00A0), QLatin1Char(' '));
    return normal.simplified();
}

} // namespace md::test
