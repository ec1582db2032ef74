#include "billing/Currency.h"
#include "billing/Decimal.h"
#include "billing/Money.h"

#include <QtTest>

using md::ErrorCode;
using md::Money;

class TestMoney final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void minorDigits_data();
    void minorDigits();
    void parse_data();
    void parse();
    void toDecimalString_data();
    void toDecimalString();
    void formatUsesLocale_data();
    void formatUsesLocale();
    void formatIsTheLocalesExactly();
    void inputInTheLocale_data();
    void inputInTheLocale();
    void arithmetic();
    void roundHalfUp_data();
    void roundHalfUp();
};

void TestMoney::minorDigits_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("digits");
    QTest::addColumn<bool>("valid");
    QTest::newRow("EUR") << "EUR" << 2 << true;
    QTest::newRow("USD") << "USD" << 2 << true;
    QTest::newRow("JPY") << "JPY" << 0 << true;
    QTest::newRow("KRW") << "KRW" << 0 << true;
    QTest::newRow("BHD") << "BHD" << 3 << true;
    QTest::newRow("KWD") << "KWD" << 3 << true;
    QTest::newRow("CLF") << "CLF" << 4 << true;
    QTest::newRow("lower case") << "eur" << 2 << false;
    QTest::newRow("unknown") << "XYZ" << 2 << false;
}

void TestMoney::minorDigits() {
    QFETCH(QString, code);
    QFETCH(int, digits);
    QFETCH(bool, valid);
    QCOMPARE(md::Currency::minorDigits(code), digits);
    QCOMPARE(md::Currency::isValidCode(code), valid);
}

void TestMoney::parse_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("allowNegative");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("integer") << "12"
                             << "EUR" << false << true << qint64(1200);
    QTest::newRow("dot two") << "12.50"
                             << "EUR" << false << true << qint64(1250);
    QTest::newRow("comma two") << "12,50"
                               << "EUR" << false << true << qint64(1250);
    QTest::newRow("one decimal") << "12.5"
                                 << "EUR" << false << true << qint64(1250);
    QTest::newRow("blanks") << "  7.05 "
                            << "EUR" << false << true << qint64(705);
    QTest::newRow("zero") << "0"
                          << "EUR" << false << true << qint64(0);
    QTest::newRow("small") << "0.01"
                           << "EUR" << false << true << qint64(1);
    QTest::newRow("negative allowed") << "-3.20"
                                      << "EUR" << true << true << qint64(-320);
    QTest::newRow("negative refused") << "-3.20"
                                      << "EUR" << false << false << qint64(0);
    QTest::newRow("three decimals EUR") << "1.234"
                                        << "EUR" << false << false << qint64(0);
    QTest::newRow("grouping") << "1,234.50"
                              << "EUR" << false << false << qint64(0);
    QTest::newRow("two separators") << "1.234,50"
                                    << "EUR" << false << false << qint64(0);
    QTest::newRow("trailing sep") << "12."
                                  << "EUR" << false << false << qint64(0);
    QTest::newRow("leading sep") << ".5"
                                 << "EUR" << false << false << qint64(0);
    QTest::newRow("exponent") << "1e3"
                              << "EUR" << false << false << qint64(0);
    QTest::newRow("letters") << "12 EUR"
                             << "EUR" << false << false << qint64(0);
    QTest::newRow("empty") << ""
                           << "EUR" << false << false << qint64(0);
    QTest::newRow("plus") << "+5"
                          << "EUR" << false << false << qint64(0);
    QTest::newRow("inner blank") << "1 000"
                                 << "EUR" << false << false << qint64(0);
    QTest::newRow("JPY integer") << "1500"
                                 << "JPY" << false << true << qint64(1500);
    QTest::newRow("JPY decimals") << "1500.5"
                                  << "JPY" << false << false << qint64(0);
    QTest::newRow("JPY comma") << "1,500"
                               << "JPY" << false << false << qint64(0);
    QTest::newRow("KWD three") << "1.234"
                               << "KWD" << false << true << qint64(1234);
    QTest::newRow("KWD comma") << "2,5"
                               << "KWD" << false << true << qint64(2500);
    QTest::newRow("huge") << "99999999999999999999"
                          << "EUR" << false << false << qint64(0);
    QTest::newRow("bad currency") << "12"
                                  << "EURO" << false << false << qint64(0);
    QTest::newRow("arabic digits")
        << QString::fromUtf8("١٢") << "EUR" << false << false << qint64(0);
}

void TestMoney::parse() {
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(bool, allowNegative);
    QFETCH(bool, ok);
    QFETCH(qint64, minor);
    const auto parsed = Money::parse(text, currency, allowNegative);
    QCOMPARE(parsed.ok(), ok);
    if (ok) {
        QCOMPARE(parsed->minorUnits(), minor);
        QCOMPARE(parsed->currency(), currency);
    } else {
        QVERIFY(!parsed.message().isEmpty());
        QCOMPARE(parsed.code(), md::ErrorCode::InvalidInput);
    }
}

void TestMoney::toDecimalString_data() {
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");
    QTest::newRow("EUR") << qint64(123450) << "EUR"
                         << "1234.50";
    QTest::newRow("cent") << qint64(5) << "EUR"
                          << "0.05";
    QTest::newRow("negative cent") << qint64(-5) << "EUR"
                                   << "-0.05";
    QTest::newRow("zero") << qint64(0) << "EUR"
                          << "0.00";
    QTest::newRow("JPY") << qint64(1500) << "JPY"
                         << "1500";
    QTest::newRow("KWD") << qint64(1005) << "KWD"
                         << "1.005";
}

void TestMoney::toDecimalString() {
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, text);
    QCOMPARE(Money(minor, currency).toDecimalString(), text);
    // And back again, exactly.
    const auto parsed = Money::parse(text, currency, true);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->minorUnits(), minor);
}

void TestMoney::formatUsesLocale_data() {
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("digits"); // the number part we expect inside
    QTest::newRow("de EUR") << "de_DE" << qint64(123450) << "EUR"
                            << "1.234,50";
    QTest::newRow("en EUR") << "en_US" << qint64(123450) << "EUR"
                            << "1,234.50";
    QTest::newRow("fr EUR") << "fr_FR" << qint64(5) << "EUR"
                            << "0,05";
    QTest::newRow("en JPY") << "en_US" << qint64(1500) << "JPY"
                            << "1,500";
    QTest::newRow("de KWD") << "de_DE" << qint64(1005) << "KWD"
                            << "1,005";
}

void TestMoney::formatUsesLocale() {
    QFETCH(QString, locale);
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, digits);
    const QLocale l(locale);
    const QString shown = Money(minor, currency).format(l);
    QVERIFY2(shown.contains(digits), qPrintable(shown));
    QVERIFY2(shown.contains(md::Currency::symbol(currency)), qPrintable(shown));
    const QString negative = Money(-minor, currency).format(l);
    QVERIFY2(negative.contains(digits), qPrintable(negative));
    QVERIFY2(negative.contains(u'-') || negative.contains(QChar(0x2212)) || negative.contains(u'('),
             qPrintable(negative));
}

// The whole text, with the space the locale puts between number and symbol
// (de: "150,00 €", never "150.00€"; en: "€150.00").
void TestMoney::formatIsTheLocalesExactly() {
    const Money price(15000, QStringLiteral("EUR"));
    const QString german = price.format(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(QString(german).replace(QChar(0xa0), u' '), QStringLiteral("150,00 €"));
    QCOMPARE(price.format(QLocale(QLocale::English, QLocale::UnitedStates)),
             QStringLiteral("€150.00"));
    // QLocale::setDefault is what the app sets from the chosen language.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(price.format().replace(QChar(0xa0), u' '), QStringLiteral("150,00 €"));
    QCOMPARE(price.formatForInput(), QStringLiteral("150,00"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(price.format(), QStringLiteral("€150.00"));
    QCOMPARE(price.formatForInput(), QStringLiteral("150.00"));
    QLocale::setDefault(before);
}

void TestMoney::inputInTheLocale_data() {
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("minor"); // -1: refused
    QTest::newRow("de comma") << "de_DE"
                              << "150,50" << qint64(15050);
    QTest::newRow("de point") << "de_DE"
                              << "150.50" << qint64(15050);
    QTest::newRow("de grouped") << "de_DE"
                                << "1.234,50" << qint64(123450);
    QTest::newRow("de grouped whole") << "de_DE"
                                      << "1.234" << qint64(123400);
    QTest::newRow("de shown") << "de_DE" << QStringLiteral("1.234,50\u00a0€") << qint64(123450);
    QTest::newRow("de code") << "de_DE"
                             << "150,00 EUR" << qint64(15000);
    QTest::newRow("en point") << "en_US"
                              << "150.50" << qint64(15050);
    QTest::newRow("en grouped") << "en_US"
                                << "1,234.50" << qint64(123450);
    QTest::newRow("en shown") << "en_US"
                              << "€1,234.50" << qint64(123450);
    QTest::newRow("en comma decimal") << "en_US"
                                      << "12,50" << qint64(1250);
    QTest::newRow("en badly grouped") << "en_US"
                                      << "1,23,4.50" << qint64(-1);
    QTest::newRow("too many decimals") << "de_DE"
                                       << "1,505" << qint64(-1);
    QTest::newRow("words") << "en_US"
                           << "a lot" << qint64(-1);
}

void TestMoney::inputInTheLocale() {
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    QFETCH(qint64, minor);
    const QLocale l(locale);
    const auto parsed = Money::parseInput(typed, QStringLiteral("EUR"), l);
    if (minor < 0) {
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.code(), ErrorCode::InvalidInput);
        // The example is written as the locale writes amounts.
        QVERIFY2(parsed.message().contains(Money(12345, QStringLiteral("EUR")).formatForInput(l)),
                 qPrintable(parsed.message()));
        return;
    }
    QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
    QCOMPARE(parsed->minorUnits(), minor);
    // What a form shows for editing reads back the same.
    QCOMPARE(Money::parseInput(parsed->formatForInput(l), QStringLiteral("EUR"), l)->minorUnits(),
             minor);
}

void TestMoney::arithmetic() {
    const Money a(1050, QStringLiteral("EUR"));
    const Money b(250, QStringLiteral("EUR"));
    QCOMPARE((a + b).minorUnits(), qint64(1300));
    QCOMPARE((a - b).minorUnits(), qint64(800));
    QCOMPARE((b - a).minorUnits(), qint64(-800));
    QCOMPARE((-a).minorUnits(), qint64(-1050));
    QVERIFY(b < a);
    QVERIFY(a >= b);
    Money sum; // zero of no currency adopts the first operand's
    sum += a;
    sum += b;
    QCOMPARE(sum, Money(1300, QStringLiteral("EUR")));
}

void TestMoney::roundHalfUp_data() {
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("down") << qint64(1049) << qint64(100) << qint64(10);
    QTest::newRow("half up") << qint64(1050) << qint64(100) << qint64(11);
    QTest::newRow("up") << qint64(1051) << qint64(100) << qint64(11);
    QTest::newRow("exact") << qint64(1100) << qint64(100) << qint64(11);
    QTest::newRow("negative half") << qint64(-1050) << qint64(100) << qint64(-11);
    QTest::newRow("negative down") << qint64(-1049) << qint64(100) << qint64(-10);
    QTest::newRow("odd denominator below") << qint64(1) << qint64(3) << qint64(0);
    QTest::newRow("odd denominator above") << qint64(2) << qint64(3) << qint64(1);
}

void TestMoney::roundHalfUp() {
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(qint64, expected);
    QCOMPARE(md::decimal::divRoundHalfUp(numerator, denominator), expected);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
