#include "billing/InvoiceMath.h"

#include <QRandomGenerator>
#include <QtTest>

using md::InvoiceMath;
using md::LineInput;

class TestTax final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lineRounding_data();
    void lineRounding();
    void creditNoteLinesNegateExactly();
    void breakdownByRate();
    void randomInvoicesAddUp();
    void parseQuantity_data();
    void parseQuantity();
    void parseRate_data();
    void parseRate();
    void largeValuesStayExact();
};

void TestTax::lineRounding_data() {
    QTest::addColumn<qint64>("quantityMilli");
    QTest::addColumn<qint64>("unitPrice");
    QTest::addColumn<int>("rate");
    QTest::addColumn<qint64>("net");
    QTest::addColumn<qint64>("tax");
    // 19 % of 10.50 = 1.995 → 2.00 (half up)
    QTest::newRow("tax half up") << qint64(1000) << qint64(1050) << 1900 << qint64(1050)
                                 << qint64(200);
    // 19 % of 10.49 = 1.9931 → 1.99 (down)
    QTest::newRow("tax rounds down")
        << qint64(1000) << qint64(1049) << 1900 << qint64(1049) << qint64(199);
    // 19 % of 10.51 = 1.9969 → 2.00 (up)
    QTest::newRow("tax rounds up")
        << qint64(1000) << qint64(1051) << 1900 << qint64(1051) << qint64(200);
    // 7 % of 0.50 = 0.035 → 0.04
    QTest::newRow("small half") << qint64(1000) << qint64(50) << 700 << qint64(50) << qint64(4);
    // 7 % of 0.07 = 0.0049 → 0.00
    QTest::newRow("small down") << qint64(1000) << qint64(7) << 700 << qint64(7) << qint64(0);
    // 1.5 h × 85.55 = 128.325 → 128.33; 19 % = 24.3827 → 24.38
    QTest::newRow("net half up") << qint64(1500) << qint64(8555) << 1900 << qint64(12833)
                                 << qint64(2438);
    // 0.333 × 10.00 = 3.33; 20 % = 0.666 → 0.67
    QTest::newRow("thousandths") << qint64(333) << qint64(1000) << 2000 << qint64(333)
                                 << qint64(67);
    // 5.5 % of 9.10 = 0.5005 → 0.50
    QTest::newRow("fractional rate")
        << qint64(1000) << qint64(910) << 550 << qint64(910) << qint64(50);
    QTest::newRow("zero rate") << qint64(3000) << qint64(12000) << 0 << qint64(36000) << qint64(0);
    // A discount line: -1 × 10.50 at 19 % → -2.00 (half away from zero)
    QTest::newRow("negative line")
        << qint64(-1000) << qint64(1050) << 1900 << qint64(-1050) << qint64(-200);
}

void TestTax::lineRounding() {
    QFETCH(qint64, quantityMilli);
    QFETCH(qint64, unitPrice);
    QFETCH(int, rate);
    QFETCH(qint64, net);
    QFETCH(qint64, tax);
    const LineInput line{quantityMilli, unitPrice, rate};
    QVERIFY(InvoiceMath::validateLine(line).ok());
    const auto amounts = InvoiceMath::lineAmounts(line);
    QCOMPARE(amounts.net, net);
    QCOMPARE(amounts.tax, tax);
    QCOMPARE(amounts.gross(), net + tax);
}

void TestTax::creditNoteLinesNegateExactly() {
    QRandomGenerator random(20260302);
    for (int i = 0; i < 2000; ++i) {
        const LineInput line{random.bounded(1, 100000), random.bounded(0, 5000000),
                             int(random.bounded(0, 2600))};
        const LineInput negated{-line.quantityMilli, line.unitPriceMinor, line.taxRateBasisPoints};
        const auto a = InvoiceMath::lineAmounts(line);
        const auto b = InvoiceMath::lineAmounts(negated);
        QCOMPARE(b.net, -a.net);
        QCOMPARE(b.tax, -a.tax);
    }
}

void TestTax::breakdownByRate() {
    const QList<LineInput> lines{
        {1000, 1050, 1900}, {2000, 999, 700}, {1000, 1051, 1900}, {1000, 5000, 0}};
    const auto totals = InvoiceMath::totals(lines, QStringLiteral("EUR"));
    QCOMPARE(totals.byRate.size(), 3);
    QCOMPARE(totals.byRate.at(0).rateBasisPoints, 0);
    QCOMPARE(totals.byRate.at(1).rateBasisPoints, 700);
    QCOMPARE(totals.byRate.at(2).rateBasisPoints, 1900);
    // 19 %: 2.00 + 2.00 (per line), not 19 % of 21.01 = 3.99
    QCOMPARE(totals.byRate.at(2).tax.minorUnits(), qint64(400));
    QCOMPARE(totals.byRate.at(2).net.minorUnits(), qint64(2101));
    // 7 %: 19.98 → 1.3986 → 1.40
    QCOMPARE(totals.byRate.at(1).tax.minorUnits(), qint64(140));
    QCOMPARE(totals.net.minorUnits(), qint64(1050 + 1998 + 1051 + 5000));
    QCOMPARE(totals.tax.minorUnits(), qint64(540));
    QCOMPARE(totals.total.minorUnits(), totals.net.minorUnits() + 540);
    QCOMPARE(totals.total.currency(), QStringLiteral("EUR"));
}

// Property: for any invoice, the line totals add up to the invoice total and
// the per-rate breakdown adds up to the invoice's net and tax.
void TestTax::randomInvoicesAddUp() {
    QRandomGenerator random(0x6D656E74u); // fixed seed: reproducible
    const int rates[] = {0, 500, 550, 700, 1000, 1900, 2000, 2100, 2500};
    for (int invoice = 0; invoice < 3000; ++invoice) {
        QList<LineInput> lines;
        const int count = int(random.bounded(1, 25));
        qint64 lineGrossSum = 0;
        qint64 lineTaxSum = 0;
        for (int i = 0; i < count; ++i) {
            LineInput line;
            line.quantityMilli =
                random.bounded(2) ? random.bounded(1, 20) * 1000 : random.bounded(1, 50000);
            line.unitPriceMinor = random.bounded(0, 2000000);
            if (random.bounded(10) == 0)
                line.quantityMilli = -line.quantityMilli; // discounts
            line.taxRateBasisPoints = rates[random.bounded(int(std::size(rates)))];
            QVERIFY(InvoiceMath::validateLine(line).ok());
            const auto amounts = InvoiceMath::lineAmounts(line);
            lineGrossSum += amounts.gross();
            lineTaxSum += amounts.tax;
            lines.append(line);
        }
        const auto totals = InvoiceMath::totals(lines, QStringLiteral("EUR"));
        QCOMPARE(totals.total.minorUnits(), lineGrossSum);
        QCOMPARE(totals.tax.minorUnits(), lineTaxSum);
        QCOMPARE(totals.net + totals.tax, totals.total);
        qint64 breakdownNet = 0;
        qint64 breakdownTax = 0;
        for (const auto& row : totals.byRate) {
            breakdownNet += row.net.minorUnits();
            breakdownTax += row.tax.minorUnits();
        }
        QCOMPARE(breakdownNet, totals.net.minorUnits());
        QCOMPARE(breakdownTax, totals.tax.minorUnits());
    }
}

void TestTax::parseQuantity_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("milli");
    QTest::newRow("one") << "1" << true << qint64(1000);
    QTest::newRow("half") << "1.5" << true << qint64(1500);
    QTest::newRow("comma") << "0,25" << true << qint64(250);
    QTest::newRow("thousandths") << "2.125" << true << qint64(2125);
    QTest::newRow("too fine") << "1.0001" << false << qint64(0);
    QTest::newRow("zero") << "0" << false << qint64(0);
    QTest::newRow("negative") << "-1" << false << qint64(0);
    QTest::newRow("words") << "two" << false << qint64(0);
}

void TestTax::parseQuantity() {
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, milli);
    const auto parsed = InvoiceMath::parseQuantity(text);
    QCOMPARE(parsed.ok(), ok);
    if (ok) {
        QCOMPARE(*parsed, milli);
        QCOMPARE(InvoiceMath::parseQuantity(InvoiceMath::formatQuantity(milli)).value(), milli);
    }
}

void TestTax::parseRate_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("basisPoints");
    QTest::newRow("19") << "19" << true << 1900;
    QTest::newRow("7.5") << "7.5" << true << 750;
    QTest::newRow("5,5 %") << "5,5 %" << true << 550;
    QTest::newRow("8.25") << "8.25" << true << 825;
    QTest::newRow("0") << "0" << true << 0;
    QTest::newRow("100") << "100" << true << 10000;
    QTest::newRow("over 100") << "100.01" << false << 0;
    QTest::newRow("three decimals") << "7.125" << false << 0;
    QTest::newRow("negative") << "-7" << false << 0;
}

void TestTax::parseRate() {
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, basisPoints);
    const auto parsed = InvoiceMath::parseRatePercent(text);
    QCOMPARE(parsed.ok(), ok);
    if (ok)
        QCOMPARE(*parsed, basisPoints);
}

void TestTax::largeValuesStayExact() {
    // A million units at the largest price: the product exceeds 64 bits
    // before the division, and must still be exact.
    const LineInput line{InvoiceMath::kMaxQuantityMilli, 999'999'999'999LL, 2500};
    QVERIFY(InvoiceMath::validateLine(line).ok());
    const auto amounts = InvoiceMath::lineAmounts(line);
    QCOMPARE(amounts.net, 999'999'999'999'000'000LL);
    QCOMPARE(amounts.tax, 249'999'999'999'750'000LL);
    QVERIFY(!InvoiceMath::validateLine({1000, InvoiceMath::kMaxUnitPriceMinor + 1, 0}).ok());
    QVERIFY(!InvoiceMath::validateLine({0, 100, 0}).ok());
    QVERIFY(!InvoiceMath::validateLine({1000, 100, 10001}).ok());
}

QTEST_GUILESS_MAIN(TestTax)
#include "tst_tax.moc"
