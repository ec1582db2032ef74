// The tax-rate choices come from one rule (TaxRates): the invoice editor's
// rate menu offers TaxRates::choices and the CLI's `--line "…;reduced"` and
// `--tax-rate` go through TaxRates::parse, so both agree on what "standard",
// "reduced" and "zero" mean under the business settings.

#include "billing/TaxRates.h"

#include <QTest>

Q_DECLARE_METATYPE(md::BusinessSettings)

using namespace md;

namespace {

BusinessSettings vat(int standard, int reduced) {
    BusinessSettings settings;
    settings.standardRateBasisPoints = standard;
    settings.reducedRateBasisPoints = reduced;
    return settings;
}

BusinessSettings exempt() {
    BusinessSettings settings = vat(1900, 700);
    settings.taxMode = TaxMode::SmallBusinessExemption;
    return settings;
}

QList<int> rates(const QList<TaxRateChoice>& choices) {
    QList<int> out;
    for (const TaxRateChoice& c : choices)
        out << c.basisPoints;
    return out;
}

} // namespace

class TestBillingTaxRates final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void choices_data();
    void choices();
    void labels();
    void parse_data();
    void parse();
    void everyChoiceParsesBackToItsRate();
};

void TestBillingTaxRates::choices_data() {
    QTest::addColumn<BusinessSettings>("settings");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("standard, reduced, zero") << vat(1900, 700) << QList<int>{1900, 700, 0};
    QTest::newRow("no reduced rate") << vat(2000, 0) << QList<int>{2000, 0};
    QTest::newRow("nothing set: zero once") << vat(0, 0) << QList<int>{0};
    QTest::newRow("reduced equals standard") << vat(1000, 1000) << QList<int>{1000, 0};
    QTest::newRow("exemption: only zero") << exempt() << QList<int>{0};
}

void TestBillingTaxRates::choices() {
    QFETCH(BusinessSettings, settings);
    QFETCH(QList<int>, expected);
    QCOMPARE(rates(TaxRates::choices(settings)), expected);
}

void TestBillingTaxRates::labels() {
    const QList<TaxRateChoice> all = TaxRates::choices(vat(1900, 550));
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    QCOMPARE(all.at(0).label(english), QStringLiteral("Standard (19 %)"));
    QCOMPARE(all.at(1).label(english), QStringLiteral("Reduced (5.5 %)"));
    QCOMPARE(all.at(2).label(english), QStringLiteral("Zero (0 %)"));
    QCOMPARE(all.at(1).key(), QStringLiteral("reduced"));
    QCOMPARE(all.at(1).label(QLocale(QLocale::German)), QStringLiteral("Reduced (5,5 %)"));
}

void TestBillingTaxRates::parse_data() {
    QTest::addColumn<BusinessSettings>("settings");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rate"); // -1: refused
    QTest::newRow("nothing: the standard rate") << vat(1900, 700) << "" << 1900;
    QTest::newRow("standard") << vat(1900, 700) << "standard" << 1900;
    QTest::newRow("any case") << vat(1900, 700) << " Reduced " << 700;
    QTest::newRow("zero") << vat(1900, 700) << "zero" << 0;
    QTest::newRow("percent") << vat(1900, 700) << "7,5" << 750;
    QTest::newRow("percent sign") << vat(1900, 700) << "16 %" << 1600;
    QTest::newRow("no reduced rate set") << vat(1900, 0) << "reduced" << -1;
    QTest::newRow("over 100") << vat(1900, 700) << "150" << -1;
    QTest::newRow("a word") << vat(1900, 700) << "lots" << -1;
    QTest::newRow("exempt: standard is zero") << exempt() << "standard" << 0;
    QTest::newRow("exempt: reduced is zero") << exempt() << "reduced" << 0;
    QTest::newRow("exempt: nothing is zero") << exempt() << "" << 0;
}

void TestBillingTaxRates::parse() {
    QFETCH(BusinessSettings, settings);
    QFETCH(QString, text);
    QFETCH(int, rate);
    const Result<int> parsed = TaxRates::parse(text, settings);
    if (rate < 0) {
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.code(), ErrorCode::InvalidInput);
        QVERIFY(!parsed.message().isEmpty());
        return;
    }
    QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
    QCOMPARE(*parsed, rate);
}

// What the editor offers is what the CLI accepts by name.
void TestBillingTaxRates::everyChoiceParsesBackToItsRate() {
    for (const BusinessSettings& settings : {vat(1900, 700), vat(2000, 0), exempt()}) {
        for (const TaxRateChoice& choice : TaxRates::choices(settings)) {
            const Result<int> parsed = TaxRates::parse(choice.key(), settings);
            QVERIFY2(parsed.ok(), qPrintable(choice.key()));
            QCOMPARE(*parsed, choice.basisPoints);
        }
    }
}

QTEST_GUILESS_MAIN(TestBillingTaxRates)
#include "tst_billing_taxrates.moc"
