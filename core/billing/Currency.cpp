#include "billing/Currency.h"

#include <QHash>
#include <QSet>

namespace md {

namespace {

// Active ISO 4217 codes (list of 2024). Codes with other than two minor-unit
// digits are listed separately below.
const QSet<QString>& knownCodes() {
    static const QSet<QString> codes = [] {
        const char* const list[] = {
            "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD",
            "BDT", "BGN", "BHD", "BIF", "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN",
            "BZD", "CAD", "CDF", "CHF", "CLF", "CLP", "CNY", "COP", "CRC", "CUP", "CVE", "CZK",
            "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL",
            "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS",
            "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW",
            "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL",
            "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MYR", "MZN",
            "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR",
            "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK",
            "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS",
            "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYI", "UYU",
            "UYW", "UZS", "VED", "VES", "VND", "VUV", "WST", "XAF", "XCD", "XOF", "XPF", "YER",
            "ZAR", "ZMW", "ZWL"};
        QSet<QString> set;
        for (const char* code : list)
            set.insert(QString::fromLatin1(code));
        return set;
    }();
    return codes;
}

const QHash<QString, int>& nonDefaultDigits() {
    static const QHash<QString, int> digits = {
        {QStringLiteral("BIF"), 0}, {QStringLiteral("CLP"), 0}, {QStringLiteral("DJF"), 0},
        {QStringLiteral("GNF"), 0}, {QStringLiteral("ISK"), 0}, {QStringLiteral("JPY"), 0},
        {QStringLiteral("KMF"), 0}, {QStringLiteral("KRW"), 0}, {QStringLiteral("PYG"), 0},
        {QStringLiteral("RWF"), 0}, {QStringLiteral("UGX"), 0}, {QStringLiteral("UYI"), 0},
        {QStringLiteral("VND"), 0}, {QStringLiteral("VUV"), 0}, {QStringLiteral("XAF"), 0},
        {QStringLiteral("XOF"), 0}, {QStringLiteral("XPF"), 0}, {QStringLiteral("BHD"), 3},
        {QStringLiteral("IQD"), 3}, {QStringLiteral("JOD"), 3}, {QStringLiteral("KWD"), 3},
        {QStringLiteral("LYD"), 3}, {QStringLiteral("OMR"), 3}, {QStringLiteral("TND"), 3},
        {QStringLiteral("CLF"), 4}, {QStringLiteral("UYW"), 4},
    };
    return digits;
}

} // namespace

bool Currency::isValidCode(const QString& code) {
    return knownCodes().contains(code);
}

int Currency::minorDigits(const QString& code) {
    return nonDefaultDigits().value(code, 2);
}

qint64 Currency::minorPerMajor(const QString& code) {
    qint64 factor = 1;
    for (int i = 0; i < minorDigits(code); ++i)
        factor *= 10;
    return factor;
}

QString Currency::symbol(const QString& code) {
    static const QHash<QString, QString> symbols = {
        {QStringLiteral("EUR"), QStringLiteral("€")},  {QStringLiteral("USD"), QStringLiteral("$")},
        {QStringLiteral("GBP"), QStringLiteral("£")},  {QStringLiteral("JPY"), QStringLiteral("¥")},
        {QStringLiteral("INR"), QStringLiteral("₹")},  {QStringLiteral("KRW"), QStringLiteral("₩")},
        {QStringLiteral("ILS"), QStringLiteral("₪")},  {QStringLiteral("NGN"), QStringLiteral("₦")},
        {QStringLiteral("PLN"), QStringLiteral("zł")}, {QStringLiteral("UAH"), QStringLiteral("₴")},
        {QStringLiteral("TRY"), QStringLiteral("₺")},  {QStringLiteral("VND"), QStringLiteral("₫")},
    };
    return symbols.value(code, code);
}

QStringList Currency::allCodes() {
    QStringList codes(knownCodes().cbegin(), knownCodes().cend());
    codes.sort();
    return codes;
}

} // namespace md
