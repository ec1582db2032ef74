// The client page's "Billing details…" dialog: typed into like a user would,
// it refuses a bad tax id, and OK stores the recipient that invoices print
// under "BILL TO".

#include "TemporaryWorkspace.h"
#include "UiTestHelpers.h"

#include "billing/BillingDetailsDialog.h"
#include "billing/BillingService.h"
#include "billing/ClientBalanceWidget.h"
#include "clients/ClientService.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QtTest>

using namespace md;
using md::test::child;
using md::test::typeInto;

class TestBillingDetails final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void fillDialogStoresRecipient();
    void cancelKeepsStoredDetails();

private:
    BillingDetailsDialog* openDialog();

    std::unique_ptr<md::test::TemporaryWorkspace> m_ws;
    std::unique_ptr<ClientBalanceWidget> m_widget;
    qint64 m_ada = 0;
};

void TestBillingDetails::init() {
    m_ws = std::make_unique<md::test::TemporaryWorkspace>();
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    Client ada;
    ada.fullName = QStringLiteral("Ada Lovelace");
    m_ada = m_ws->workspace().clients().add(ada)->id;
    m_widget = std::make_unique<ClientBalanceWidget>(nullptr);
    m_widget->setWorkspace(&m_ws->workspace());
    m_widget->showClient(m_ada);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
}

void TestBillingDetails::cleanup() {
    m_widget.reset();
    m_ws.reset();
}

BillingDetailsDialog* TestBillingDetails::openDialog() {
    auto* button = child<QPushButton>(m_widget.get(), "billingDetailsButton");
    if (!button || !button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    // The one just opened: an earlier, closed one may await deletion.
    for (BillingDetailsDialog* dialog : m_widget->findChildren<BillingDetailsDialog*>()) {
        if (dialog->isVisible() && QTest::qWaitForWindowExposed(dialog))
            return dialog;
    }
    return nullptr;
}

void TestBillingDetails::fillDialogStoresRecipient() {
    QPointer<BillingDetailsDialog> dialog = openDialog();
    QVERIFY(dialog);
    auto* name = child<QLineEdit>(dialog, "billingNameLineEdit");
    auto* address = child<QPlainTextEdit>(dialog, "billingAddressPlainTextEdit");
    auto* taxId = child<QLineEdit>(dialog, "taxIdLineEdit");
    auto* email = child<QLineEdit>(dialog, "invoiceEmailLineEdit");
    auto* save = child<QPushButton>(dialog, "saveBillingButton");
    auto* error = child<QLabel>(dialog, "billingDetailsErrorLabel");
    QVERIFY(name && address && taxId && email && save && error);
    QVERIFY(save->isEnabled()); // nothing entered is valid: the client's name is used

    typeInto(name, QStringLiteral("Analytical Engines Ltd"));
    address->setFocus();
    QTest::keyClicks(address, QStringLiteral("12 St James's Square"));
    QTest::keyClick(address, Qt::Key_Return);
    QTest::keyClicks(address, QStringLiteral("London SW1Y 4JH"));
    // A tax id with a ';' is refused as you type: OK is disabled, the reason shown.
    typeInto(taxId, QStringLiteral("GB;999"));
    QVERIFY(!save->isEnabled());
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("tax id")));
    typeInto(email, QStringLiteral("accounts@engines"));
    typeInto(taxId, QStringLiteral("GB999999973"));
    QVERIFY(!save->isEnabled()); // the e-mail is still wrong
    typeInto(email, QStringLiteral("accounts@engines.example"));
    QVERIFY(save->isEnabled());
    QVERIFY(!error->isVisible());

    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    BillingService& billing = m_ws->workspace().billing();
    auto stored = billing.recipient(m_ada);
    QVERIFY(stored.ok());
    QCOMPARE(stored->billingName, QStringLiteral("Analytical Engines Ltd"));
    QCOMPARE(stored->address, QStringLiteral("12 St James's Square\nLondon SW1Y 4JH"));
    QCOMPARE(stored->taxId, QStringLiteral("GB999999973"));
    QCOMPARE(stored->email, QStringLiteral("accounts@engines.example"));
    auto billTo = billing.billTo(m_ada);
    QVERIFY(billTo.ok());
    QVERIFY(billTo->contains(QStringLiteral("London SW1Y 4JH")));

    // Opened again, the dialog shows what is stored.
    QPointer<BillingDetailsDialog> again = openDialog();
    QVERIFY(again);
    QCOMPARE(child<QLineEdit>(again, "taxIdLineEdit")->text(), QStringLiteral("GB999999973"));
    QCOMPARE(child<QPlainTextEdit>(again, "billingAddressPlainTextEdit")->toPlainText(),
             QStringLiteral("12 St James's Square\nLondon SW1Y 4JH"));
    again->reject();
}

void TestBillingDetails::cancelKeepsStoredDetails() {
    BillingService& billing = m_ws->workspace().billing();
    InvoiceRecipient before;
    before.clientId = m_ada;
    before.address = QStringLiteral("1 Old Road");
    QVERIFY(billing.saveRecipient(before).ok());
    QPointer<BillingDetailsDialog> dialog = openDialog();
    QVERIFY(dialog);
    typeInto(child<QLineEdit>(dialog, "billingNameLineEdit"), QStringLiteral("Someone Else"));
    dialog->reject();
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(billing.recipient(m_ada)->billingName, QString());
    QCOMPARE(billing.recipient(m_ada)->address, QStringLiteral("1 Old Road"));
}

QTEST_MAIN(TestBillingDetails)
#include "tst_billing_details.moc"
