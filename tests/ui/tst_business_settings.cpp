// The business settings dialog through its real widgets: a bad IBAN is refused
// by name and nothing else is saved with it; corrected, every changed value is
// stored; the tax mode switches which fields apply.

#include "TemporaryWorkspace.h"
#include "UiTestHelpers.h"

#include "billing/BusinessSettingsDialog.h"
#include "settings/SettingsService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>

using namespace md;
using md::test::child;

class TestBusinessSettings final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void badIbanIsRefusedAndNothingIsSaved();
    void taxModeSwitchesTheFields();
    void newCurrencyKeepsThePriceAsTyped();
    void cancellationNoticeAndAPriceInTheLocale();

private:
    BusinessSettings stored() const;

    std::unique_ptr<md::test::TemporaryWorkspace> m_ws;
    QPointer<BusinessSettingsDialog> m_dialog;
};

void TestBusinessSettings::init() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_ws = std::make_unique<md::test::TemporaryWorkspace>();
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    m_dialog = new BusinessSettingsDialog(m_ws->workspace());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
}

void TestBusinessSettings::cleanup() {
    delete m_dialog;
    m_ws.reset();
}

BusinessSettings TestBusinessSettings::stored() const {
    auto settings = m_ws->workspace().settings().businessSettings();
    return settings ? *settings : BusinessSettings();
}

void TestBusinessSettings::badIbanIsRefusedAndNothingIsSaved() {
    auto* terms = child<QSpinBox>(m_dialog, "invoicePaymentTermsDaysSpinBox");
    auto* iban = child<QLineEdit>(m_dialog, "bankIbanLineEdit");
    auto* noShow = child<QCheckBox>(m_dialog, "policyNoShowChargeableCheckBox");
    auto* policy = child<QPlainTextEdit>(m_dialog, "policyCancellationTextPlainTextEdit");
    auto* currency = child<QComboBox>(m_dialog, "currencyComboBox");
    auto* error = child<QLabel>(m_dialog, "errorLabel");
    auto* save = child<QPushButton>(m_dialog, "saveButton");
    QVERIFY(terms && iban && noShow && policy && currency && error && save);
    QCOMPARE(terms->value(), 14); // the defaults a new workspace invoices with
    QCOMPARE(currency->currentText(), QStringLiteral("EUR"));
    QVERIFY(!noShow->isChecked());

    terms->setValue(30);
    md::test::click(noShow);
    QVERIFY(noShow->isChecked());
    policy->setFocus();
    QTest::keyClicks(policy, QStringLiteral("Missed sessions are billed in full."));
    md::test::typeInto(iban, QStringLiteral("DE00 1234 5678"));
    md::test::click(save);
    QVERIFY2(m_dialog->isVisible(), "a bad IBAN closed the dialog");
    QVERIFY2(error->text().contains(QStringLiteral("IBAN")), qPrintable(error->text()));
    QTRY_VERIFY2(iban->hasFocus(), "the refused field does not get the focus");
    const BusinessSettings untouched = stored();
    QCOMPARE(untouched.paymentTermsDays, 14);
    QVERIFY(!untouched.noShowChargeable);
    QVERIFY(untouched.iban.isEmpty());
    QVERIFY(untouched.cancellationPolicyText.isEmpty());

    md::test::typeInto(iban, QStringLiteral("DE89 3704 0044 0532 0130 00"));
    md::test::click(save);
    QTRY_VERIFY(m_dialog.isNull() || !m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    const BusinessSettings saved = stored();
    QCOMPARE(saved.paymentTermsDays, 30);
    QVERIFY(saved.noShowChargeable);
    QVERIFY(!saved.lateCancellationChargeable);
    QCOMPARE(saved.iban, QStringLiteral("DE89370400440532013000"));
    QCOMPARE(saved.cancellationPolicyText, QStringLiteral("Missed sessions are billed in full."));
}

void TestBusinessSettings::taxModeSwitchesTheFields() {
    auto* mode = child<QComboBox>(m_dialog, "taxModeComboBox");
    auto* standard = child<QLineEdit>(m_dialog, "taxStandardRateLineEdit");
    auto* exemption = child<QLineEdit>(m_dialog, "taxExemptionTextLineEdit");
    QVERIFY(mode && standard && exemption);
    QVERIFY(standard->isEnabled());
    QVERIFY(!exemption->isEnabled());
    md::test::typeInto(standard, QStringLiteral("19"));

    const int exempt = mode->findData(QStringLiteral("exempt"));
    QVERIFY(exempt >= 0);
    mode->setFocus();
    while (mode->currentIndex() < exempt)
        QTest::keyClick(mode, Qt::Key_Down);
    QVERIFY(!standard->isEnabled());
    QVERIFY(exemption->isEnabled());
    md::test::typeInto(exemption, QStringLiteral("No VAT is charged (small business)."));
    md::test::click(child<QPushButton>(m_dialog, "saveButton"));
    QTRY_VERIFY(!m_dialog->isVisible());
    const BusinessSettings saved = stored();
    QCOMPARE(saved.taxMode, TaxMode::SmallBusinessExemption);
    QCOMPARE(saved.standardRateBasisPoints, 1900);
    QCOMPARE(saved.exemptionText, QStringLiteral("No VAT is charged (small business)."));
    QCOMPARE(saved.defaultRateBasisPoints(), 0);
}

// The session price is read in the new currency: 120.00 euros become 120.00
// francs, not 12000 of a currency without cents; a price the new currency
// cannot hold is refused and the currency is not changed either.
void TestBusinessSettings::newCurrencyKeepsThePriceAsTyped() {
    auto* currency = child<QComboBox>(m_dialog, "currencyComboBox");
    auto* price = child<QLineEdit>(m_dialog, "sessionPriceLineEdit");
    auto* save = child<QPushButton>(m_dialog, "saveButton");
    QVERIFY(currency && price && save);
    md::test::typeInto(price, QStringLiteral("120.50"));
    currency->setEditText(QStringLiteral("JPY"));
    md::test::click(save);
    QVERIFY2(m_dialog->isVisible(), "a yen price with cents was accepted");
    QCOMPARE(stored().currency, QStringLiteral("EUR"));
    QCOMPARE(stored().sessionPriceMinor, qint64(0));

    currency->setEditText(QStringLiteral("CHF"));
    md::test::click(save);
    QTRY_VERIFY(!m_dialog->isVisible());
    QCOMPARE(stored().currency, QStringLiteral("CHF"));
    QCOMPARE(stored().sessionPriceMinor, qint64(12050));
}

// The notice a client gives to cancel free of charge is set beside the
// late-cancellation policy; the session price is shown and typed as the
// locale writes amounts.
void TestBusinessSettings::cancellationNoticeAndAPriceInTheLocale() {
    delete m_dialog;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    m_dialog = new BusinessSettingsDialog(m_ws->workspace());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
    auto* notice = child<QSpinBox>(m_dialog, "policyCancellationNoticeHoursSpinBox");
    auto* late = child<QCheckBox>(m_dialog, "policyLateCancellationChargeableCheckBox");
    auto* price = child<QLineEdit>(m_dialog, "sessionPriceLineEdit");
    QVERIFY(notice && late && price);
    QCOMPARE(notice->value(), 24);
    QVERIFY2(notice->suffix().contains(QStringLiteral("before the start")),
             qPrintable(notice->suffix()));
    QCOMPARE(price->text(), QStringLiteral("0,00"));
    notice->setValue(48);
    md::test::click(late);
    md::test::typeInto(price, QStringLiteral("95,50"));
    md::test::click(child<QPushButton>(m_dialog, "saveButton"));
    QTRY_VERIFY(!m_dialog->isVisible());
    QCOMPARE(stored().cancellationNoticeHours, 48);
    QVERIFY(stored().lateCancellationChargeable);
    QCOMPARE(stored().sessionPriceMinor, qint64(9550));

    delete m_dialog;
    m_dialog = new BusinessSettingsDialog(m_ws->workspace());
    QCOMPARE(child<QLineEdit>(m_dialog, "sessionPriceLineEdit")->text(), QStringLiteral("95,50"));
    QCOMPARE(child<QSpinBox>(m_dialog, "policyCancellationNoticeHoursSpinBox")->value(), 48);
}

QTEST_MAIN(TestBusinessSettings)
#include "tst_business_settings.moc"
