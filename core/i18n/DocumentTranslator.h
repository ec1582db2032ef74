#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace md {

// Translates the texts of one printed document into the document's language,
// whatever language the interface speaks: its own catalogue
// (":/i18n/mentordesk_<lang>.qm", the one the programs embed) in its own
// QTranslator, never installed in the application. Strings keep their usual
// contexts, so the interface and the documents share one translation:
//
//     text.translate("md::InvoicePdfRenderer", "Invoice")
//
// lupdate files such a call like QCoreApplication::translate. A string the
// catalogue lacks falls back to the English plural forms, then to the source.
class DocumentTranslator final {
public:
    // `language` is one of DocumentLanguage::codes(); anything else is English.
    explicit DocumentTranslator(const QString& language = QStringLiteral("en"));

    const QString& language() const { return m_language; }
    // Dates, numbers and money in the document's language.
    const QLocale& locale() const { return m_locale; }
    // A date written out as the language writes it in a contract: "2 March
    // 2026", "2. März 2026", "2 de março de 2026"; empty for an invalid date.
    QString longDate(const QDate& date) const;

    // The translation of `source` under `context`; %n becomes `n` (in the
    // document's digits for %Ln) when n >= 0, as tr() does.
    QString translate(const char* context, const char* source, const char* disambiguation = nullptr,
                      int n = -1) const;

private:
    QString m_language;
    QLocale m_locale;
    std::shared_ptr<const QTranslator> m_catalogue;
    std::shared_ptr<const QTranslator> m_englishPlurals;
};

} // namespace md
