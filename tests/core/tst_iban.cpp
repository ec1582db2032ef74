#include "billing/Iban.h"

#include <QtTest>

using md::Bic;
using md::Iban;

class TestIban final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validate_data();
    void validate();
    void formatted();
    void bic_data();
    void bic();
};

void TestIban::validate_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("electronic");
    // Examples from the national IBAN registries.
    QTest::newRow("DE") << "DE89370400440532013000" << true << "DE89370400440532013000";
    QTest::newRow("DE printed") << "DE89 3704 0044 0532 0130 00" << true
                                << "DE89370400440532013000";
    QTest::newRow("DE lower case")
        << "de89 3704 0044 0532 0130 00" << true << "DE89370400440532013000";
    QTest::newRow("GB") << "GB29 NWBK 6016 1331 9268 19" << true << "GB29NWBK60161331926819";
    QTest::newRow("FR") << "FR14 2004 1010 0505 0001 3M02 606" << true
                        << "FR1420041010050500013M02606";
    QTest::newRow("NL") << "NL91ABNA0417164300" << true << "NL91ABNA0417164300";
    QTest::newRow("NO shortest") << "NO9386011117947" << true << "NO9386011117947";
    QTest::newRow("MT longest") << "MT84MALT011000012345MTLCAST001S" << true
                                << "MT84MALT011000012345MTLCAST001S";
    QTest::newRow("CH") << "CH93 0076 2011 6238 5295 7" << true << "CH9300762011623852957";
    QTest::newRow("wrong check digits") << "DE88370400440532013000" << false << "";
    QTest::newRow("typo in account") << "DE89370400440532013001" << false << "";
    QTest::newRow("swapped digits") << "DE89370400440532031000" << false << "";
    QTest::newRow("too short for DE") << "DE8937040044053201300" << false << "";
    QTest::newRow("too long for GB") << "GB29NWBK601613319268190" << false << "";
    QTest::newRow("no country") << "8937040044053201300012" << false << "";
    QTest::newRow("punctuation") << "DE89-3704-0044-0532-0130-00" << false << "";
    QTest::newRow("empty") << "" << false << "";
}

void TestIban::validate() {
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, electronic);
    const auto result = Iban::validate(input);
    QCOMPARE(result.ok(), valid);
    if (valid) {
        QCOMPARE(*result, electronic);
        QCOMPARE(Iban::mod97(*result), 1);
    } else {
        QVERIFY(!result.message().isEmpty());
    }
}

void TestIban::formatted() {
    QCOMPARE(Iban::formatted(QStringLiteral("DE89370400440532013000")),
             QStringLiteral("DE89 3704 0044 0532 0130 00"));
}

void TestIban::bic_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::newRow("8") << "COBADEFF" << true;
    QTest::newRow("11") << "COBADEFFXXX" << true;
    QTest::newRow("lower, spaced") << "deut de ff 500" << true;
    QTest::newRow("9") << "COBADEFFX" << false;
    QTest::newRow("digit in bank") << "C0BADEFF" << false;
    QTest::newRow("digit in country") << "COBAD3FF" << false;
}

void TestIban::bic() {
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QCOMPARE(Bic::validate(input).ok(), valid);
}

QTEST_GUILESS_MAIN(TestIban)
#include "tst_iban.moc"
