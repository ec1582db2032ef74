#include "billing/ExemptionWording.h"

#include "i18n/DocumentTranslator.h"

#include <QRegularExpression>

namespace md {

namespace {

// One country's wording in one language.
struct Wording {
    const char* country;
    const char* language; // a DocumentLanguage code
    const char* text;
};

// The first entry of a country is in its own language, the one its law
// uses. These are legal texts, not interface strings: they are data here,
// not in the catalogues, so that no translation can alter them.
const Wording kWordings[] = {
    {"DE", "de", "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet."},
    {"DE", "en", "No VAT is charged under the small business rule of § 19 UStG (Germany)."},
    {"DE", "fr",
     "Aucune TVA n'est facturée en application du régime des petites entreprises "
     "(§ 19 UStG, Allemagne)."},
    {"DE", "it",
     "IVA non addebitata in applicazione del regime delle piccole imprese "
     "(§ 19 UStG, Germania)."},
    {"DE", "es",
     "No se factura IVA en aplicación del régimen de pequeñas empresas (§ 19 UStG, Alemania)."},
    {"DE", "pt_BR",
     "Não é cobrado IVA, conforme o regime de pequenas empresas (§ 19 UStG, Alemanha)."},
    {"AT", "de",
     "Umsatzsteuerfrei aufgrund der Kleinunternehmerregelung gemäß § 6 Abs. 1 Z 27 UStG."},
    {"AT", "en",
     "No VAT is charged under the small business rule of § 6 (1) no. 27 UStG (Austria)."},
    {"FR", "fr", "TVA non applicable, art. 293 B du CGI"},
    {"FR", "en", "VAT not applicable, article 293 B of the French General Tax Code"},
    {"FR", "de", "Keine Umsatzsteuer gemäß Art. 293 B des französischen Steuergesetzbuchs (CGI)"},
    {"FR", "it", "IVA non applicabile, art. 293 B del Codice generale delle imposte francese"},
    {"FR", "es", "IVA no aplicable, art. 293 B del Código General de Impuestos francés"},
    {"FR", "pt_BR", "IVA não aplicável, art. 293 B do Código Geral de Impostos francês"},
    {"IT", "it",
     "Operazione effettuata ai sensi dell'art. 1, commi da 54 a 89, della Legge n. 190/2014 – "
     "Regime forfettario. Operazione senza applicazione dell'IVA."},
    {"IT", "en",
     "Under the Italian flat-rate scheme (Law no. 190/2014, art. 1, paragraphs 54 to 89): no "
     "VAT is applied."},
    {"IT", "de",
     "Pauschalregelung nach Art. 1 Abs. 54 bis 89 des italienischen Gesetzes Nr. 190/2014: "
     "ohne Umsatzsteuer."},
    {"IT", "fr",
     "Régime forfaitaire italien (loi n° 190/2014, art. 1, alinéas 54 à 89) : opération sans "
     "TVA."},
    {"IT", "es",
     "Régimen forfettario italiano (Ley n.º 190/2014, art. 1, apartados 54 a 89): operación "
     "sin IVA."},
    {"IT", "pt_BR",
     "Regime forfettario italiano (Lei n.º 190/2014, art. 1, parágrafos 54 a 89): operação "
     "sem IVA."},
    {"BR", "pt_BR", "Documento emitido por ME ou EPP optante pelo Simples Nacional."},
    {"BR", "en", "Issued by a micro or small enterprise under Brazil's Simples Nacional."},
    {"BR", "es", "Emitido por una micro o pequeña empresa acogida al Simples Nacional de Brasil."},
};

// Where the law fixes the words themselves, not only the rule to name.
bool wordingIsFixed(const QString& country) {
    return country == QLatin1String("FR") || country == QLatin1String("IT") ||
           country == QLatin1String("BR");
}

const Wording* find(const QString& country, const QString& language) {
    for (const Wording& wording : kWordings) {
        if (country == QLatin1String(wording.country) &&
            (language.isEmpty() || language == QLatin1String(wording.language)))
            return &wording;
    }
    return nullptr;
}

} // namespace

bool ExemptionWording::knowsCountry(const QString& country) {
    return find(country.trimmed().toUpper(), QString()) != nullptr;
}

QString ExemptionWording::text(const QString& countryCode, const DocumentTranslator& document) {
    const QString country = countryCode.trimmed().toUpper();
    const Wording* original = find(country, QString());
    if (!original)
        return document.translate("md::BusinessSettings",
                                  "No VAT is charged: small business exemption.");
    const Wording* inLanguage = find(country, document.language());
    if (wordingIsFixed(country)) {
        const QString legal = QString::fromUtf8(original->text);
        if (!inLanguage || inLanguage == original)
            return legal;
        return QStringLiteral("%1 (%2)").arg(legal, QString::fromUtf8(inLanguage->text));
    }
    if (!inLanguage)
        inLanguage = find(country, QStringLiteral("en"));
    return QString::fromUtf8((inLanguage ? inLanguage : original)->text);
}

QString businessCountry(const QString& chosen, const QString& iban, const QString& taxId) {
    static const QRegularExpression code(QStringLiteral("^[A-Za-z]{2}"));
    for (const QString& source : {chosen.trimmed(), iban.trimmed(), taxId.trimmed()}) {
        // A VAT number starts with its country's code; Greece's is EL.
        if (const auto match = code.match(source); match.hasMatch()) {
            const QString found = match.captured(0).toUpper();
            return found == QLatin1String("EL") ? QStringLiteral("GR") : found;
        }
    }
    return {};
}

} // namespace md
