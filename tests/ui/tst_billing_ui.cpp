// The Billing area through its real forms: create an invoice in the editor,
// issue it, pay it partly and then fully, and see the list, the client's
// balance and the dashboard box follow.

#include "TemporaryWorkspace.h"
#include "UiTestHelpers.h"

#include "ModalScript.h"
#include "billing/BillingArea.h"
#include "billing/BillingDashboardWidget.h"
#include "billing/BillingReportModels.h"
#include "billing/BillingService.h"
#include "billing/ClientBalanceWidget.h"
#include "billing/InvoiceEditorDialog.h"
#include "billing/InvoiceFilterProxyModel.h"
#include "billing/InvoiceLinesModel.h"
#include "billing/InvoiceListModel.h"
#include "billing/OfferingDialog.h"
#include "billing/PaymentDialog.h"
#include "clients/ClientService.h"
#include "pipeline/EngagementPage.h"
#include "pipeline/EngagementService.h"
#include "scheduling/SchedulingService.h"
#include "settings/SettingsService.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QtTest>

using namespace md;
using md::test::child;

class TestBillingUi final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void createIssueAndPayThroughTheForms();
    void filtersByStatusAndClient();
    void editorRefusesBadInput();
    void lineTaxChosenFromTheSettingsRates();
    void fitsBesideTheSidebarOnASmallScreen();
    void linesFromThePriceList();
    void aNewInvoiceStartsReadyToSave();
    void sessionsWithoutAPriceSayWhereToSetIt();
    void issueWarningFollowsTheTaxMode();
    void sessionsAreBilledAtTheEngagementsFee();
    void amountsFollowTheLocale_data();
    void amountsFollowTheLocale();

private:
    void editCell(QTableView* table, int row, int column, const QString& text);
    void answerNextMessageBox(QMessageBox::StandardButton button, QString* text = nullptr);
    qint64 createIssued(qint64 clientId, qint64 cents);
    qint64 createDraftFor(qint64 clientId);

    std::unique_ptr<md::test::TemporaryWorkspace> m_ws;
    std::unique_ptr<BillingArea> m_area;
    qint64 m_ada = 0;
    qint64 m_grace = 0;
};

void TestBillingUi::init() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_ws = std::make_unique<md::test::TemporaryWorkspace>();
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    Client ada;
    ada.fullName = QStringLiteral("Ada Lovelace");
    m_ada = m_ws->workspace().clients().add(ada)->id;
    Client grace;
    grace.fullName = QStringLiteral("Grace Hopper");
    m_grace = m_ws->workspace().clients().add(grace)->id;
    QVERIFY(m_ws->workspace().settings().setValue(QStringLiteral("billing.tax.standard_rate"),
                                                  QStringLiteral("19")));
    m_area = std::make_unique<BillingArea>();
    new QAbstractItemModelTester(
        m_area->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_area.get());
    m_area->setWorkspace(&m_ws->workspace());
    m_area->resize(1100, 700);
    m_area->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_area.get()));
}

void TestBillingUi::cleanup() {
    m_area.reset();
    m_ws.reset();
}

// The text a cell of the lines table shows.
static QString cellText(const QTableView* table, int row, int column) {
    return table->model()->index(row, column).data().toString();
}

void TestBillingUi::editCell(QTableView* table, int row, int column, const QString& text) {
    const QModelIndex index = table->model()->index(row, column);
    QVERIFY(index.isValid());
    table->setCurrentIndex(index);
    // "Add line" already opens the editor of the new line's first cell.
    if (!table->indexWidget(index))
        table->edit(index);
    auto* editor = qobject_cast<QLineEdit*>(table->indexWidget(index));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Backspace);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on Return through a queued call. (A price shows
    // as an amount; its edit form is what was typed.)
    QTRY_COMPARE(table->model()->index(row, column).data(Qt::EditRole).toString(), text);
}

void TestBillingUi::answerNextMessageBox(QMessageBox::StandardButton button, QString* text) {
    QTimer::singleShot(0, this, [button, text] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        if (text)
            *text = box->text();
        QTest::mouseClick(box->button(button), Qt::LeftButton);
    });
}

void TestBillingUi::createIssueAndPayThroughTheForms() {
    auto* balance = new ClientBalanceWidget(m_area.get());
    m_area->attach(balance);
    balance->showClient(m_ada);
    auto* dashboard = new BillingDashboardWidget(m_area.get());
    m_area->attach(dashboard);
    dashboard->show(); // on screen, as on the dashboard: it reads when shown
    auto* newButton = child<QPushButton>(m_area.get(), "newInvoiceButton");
    QVERIFY(newButton && newButton->isEnabled());
    md::test::click(newButton);
    auto* editor = m_area->findChild<InvoiceEditorDialog*>();
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    auto* client = child<QComboBox>(editor, "clientComboBox");
    client->setCurrentIndex(client->findText(QStringLiteral("Ada Lovelace")));

    auto* lines = child<QTableView>(editor, "linesTableView");
    QVERIFY(lines);
    QCOMPARE(lines->model()->rowCount(), 0);
    md::test::click(child<QPushButton>(editor, "addLineButton"));
    QCOMPARE(lines->model()->rowCount(), 1);
    editCell(lines, 0, 0, QStringLiteral("Career coaching"));
    editCell(lines, 0, 1, QStringLiteral("1,5"));
    editCell(lines, 0, 2, QStringLiteral("85.55"));
    QCOMPARE(cellText(lines, 0, 3), QStringLiteral("19")); // the standard rate
    md::test::click(child<QPushButton>(editor, "addLineButton"));
    QCOMPARE(lines->model()->rowCount(), 2);
    editCell(lines, 1, 0, QStringLiteral("Workbook"));
    editCell(lines, 1, 1, QStringLiteral("2"));
    editCell(lines, 1, 2, QStringLiteral("24.50"));
    editCell(lines, 1, 3, QStringLiteral("7"));
    // Live totals: 128.33 + 24.38 and 49.00 + 3.43
    auto* totals = child<QLabel>(editor, "totalsLabel");
    QVERIFY2(totals->text().contains(QStringLiteral("€205.14")), qPrintable(totals->text()));
    QVERIFY(totals->text().contains(QStringLiteral("€177.33")));

    QString question;
    answerNextMessageBox(QMessageBox::Yes, &question);
    md::test::click(child<QPushButton>(editor, "issueButton"));
    // The workspace has no mentor profile yet, Ada no billing address: the
    // question says what a VAT invoice lacks, and where each is set.
    for (const QString& part :
         {QStringLiteral("will not show your name, your address, your tax number, "),
          QStringLiteral("Ada Lovelace's billing address"), QStringLiteral("your bank details"),
          QStringLiteral("Billing › Settings › Your name and address"),
          QStringLiteral("Billing › Settings › Business settings"),
          QStringLiteral("Billing details… on the client's page")})
        QVERIFY2(question.contains(part), qPrintable(question));
    QTRY_VERIFY(!editor || !editor->isVisible());

    QCOMPARE(m_area->model()->rowCount(), 1);
    const InvoiceRecord* record = m_area->model()->recordAt(0);
    QCOMPARE(record->invoice.number, QStringLiteral("2026-0001"));
    QCOMPARE(record->total.minorUnits(), qint64(20514));
    QCOMPARE(m_area->model()->statusAt(0), InvoiceStatus::Issued);
    QCOMPARE(m_area->selectedInvoiceId(), record->invoice.id);
    QVERIFY(balance->balanceLabel()->text().contains(QStringLiteral("€205.14")));

    // A partial payment through the payment form.
    auto* pay = child<QPushButton>(m_area.get(), "recordPaymentButton");
    QVERIFY(pay->isEnabled());
    md::test::click(pay);
    QPointer<PaymentDialog> payment = m_area->findChild<PaymentDialog*>();
    QVERIFY(payment);
    auto* amount = child<QLineEdit>(payment, "amountLineEdit");
    QCOMPARE(amount->text(), QStringLiteral("205.14"));
    md::test::typeInto(amount, QStringLiteral("100"));
    QVERIFY(child<QLabel>(payment, "hintLabel")->text().contains(QStringLiteral("€105.14")));
    child<QComboBox>(payment, "methodComboBox")->setCurrentIndex(2); // cash
    md::test::typeInto(child<QLineEdit>(payment, "referenceLineEdit"), QStringLiteral("R-17"));
    md::test::click(child<QPushButton>(payment, "saveButton"));
    // Closed and deleted, so the next findChild cannot return this one.
    QTRY_VERIFY(payment.isNull());
    QCOMPARE(m_area->model()->statusAt(0), InvoiceStatus::PartiallyPaid);
    QVERIFY(child<QLabel>(m_area.get(), "invoiceDetailLabel")
                ->text()
                .contains(QStringLiteral("outstanding €105.14")));

    // The rest, and a little more: the excess becomes credit.
    m_area->selectInvoice(record->invoice.id);
    md::test::click(child<QPushButton>(m_area.get(), "recordPaymentButton"));
    payment = m_area->findChild<PaymentDialog*>();
    QVERIFY(payment);
    md::test::typeInto(child<QLineEdit>(payment, "amountLineEdit"), QStringLiteral("110,14"));
    QVERIFY2(child<QLabel>(payment, "hintLabel")->text().contains(QStringLiteral("credit")),
             qPrintable(child<QLabel>(payment, "hintLabel")->text()));
    md::test::click(child<QPushButton>(payment, "saveButton"));
    // Closed and deleted, so the next findChild cannot return this one.
    QTRY_VERIFY(payment.isNull());
    QCOMPARE(m_area->model()->statusAt(0), InvoiceStatus::Paid);
    QVERIFY(!child<QPushButton>(m_area.get(), "recordPaymentButton")->isEnabled());
    QVERIFY2(balance->balanceLabel()->text().contains(QStringLiteral("Credit of €5.00")),
             qPrintable(balance->balanceLabel()->text()));
    QVERIFY(dashboard->revenueLabel()->text().contains(QStringLiteral("€177.33")));
    QCOMPARE(dashboard->overdueModel()->rowCount(), 0);
}

qint64 TestBillingUi::createDraftFor(qint64 clientId) {
    InvoiceLine line;
    line.description = QStringLiteral("Sessions");
    line.unitPriceMinor = 10000;
    auto draft = m_ws->workspace().billing().createInvoice(clientId, {line});
    return draft ? draft->id : 0;
}

qint64 TestBillingUi::createIssued(qint64 clientId, qint64 cents) {
    BillingService& billing = m_ws->workspace().billing();
    InvoiceLine line;
    line.description = QStringLiteral("Sessions");
    line.unitPriceMinor = cents;
    auto draft = billing.createInvoice(clientId, {line});
    return billing.issue(draft->id)->id;
}

void TestBillingUi::filtersByStatusAndClient() {
    createIssued(m_ada, 10000);
    m_ws->clock().advanceDays(30);
    createIssued(m_grace, 5000);
    QVERIFY(m_ws->workspace().billing().createInvoice(m_ada, {}).ok());
    QCOMPARE(m_area->model()->rowCount(), 3);
    auto* status = child<QComboBox>(m_area.get(), "statusFilterComboBox");
    status->setCurrentIndex(status->findData(int(InvoiceStatus::Overdue)));
    QCOMPARE(m_area->proxy()->rowCount(), 1);
    status->setCurrentIndex(status->findData(int(InvoiceStatus::Draft)));
    QCOMPARE(m_area->proxy()->rowCount(), 1);
    status->setCurrentIndex(0);
    auto* client = child<QComboBox>(m_area.get(), "clientFilterComboBox");
    client->setCurrentIndex(client->findText(QStringLiteral("Grace Hopper")));
    QCOMPARE(m_area->proxy()->rowCount(), 1);
    client->setCurrentIndex(0);
    auto* period = child<QComboBox>(m_area.get(), "periodFilterComboBox");
    period->setCurrentIndex(period->findText(QStringLiteral("Last month")));
    QCOMPARE(m_area->proxy()->rowCount(), 1); // issued 2026-03-02; today is 2026-04-01
    period->setCurrentIndex(0);
    QCOMPARE(m_area->proxy()->rowCount(), 3);
}

void TestBillingUi::editorRefusesBadInput() {
    md::test::click(child<QPushButton>(m_area.get(), "newInvoiceButton"));
    auto* editor = m_area->findChild<InvoiceEditorDialog*>();
    QVERIFY(editor);
    auto* lines = child<QTableView>(editor, "linesTableView");
    md::test::click(child<QPushButton>(editor, "addLineButton"));
    editCell(lines, 0, 0, QStringLiteral("Coaching"));
    // More decimals than the currency has (a grouped "1,234.50" is read as
    // the locale writes it: tst_money).
    editCell(lines, 0, 2, QStringLiteral("12.345"));
    QVERIFY(!child<QPushButton>(editor, "saveButton")->isEnabled());
    QVERIFY(!child<QLabel>(editor, "errorLabel")->text().isEmpty());
    editCell(lines, 0, 2, QStringLiteral("1234.50"));
    QVERIFY(child<QPushButton>(editor, "saveButton")->isEnabled());
    md::test::click(child<QPushButton>(editor, "saveButton"));
    QTRY_COMPARE(m_area->model()->rowCount(), 1);
    QCOMPARE(m_area->model()->statusAt(0), InvoiceStatus::Draft);
}

void TestBillingUi::lineTaxChosenFromTheSettingsRates() {
    QVERIFY(m_ws->workspace().settings().setValue(QStringLiteral("billing.tax.reduced_rate"),
                                                  QStringLiteral("7")));
    md::test::click(child<QPushButton>(m_area.get(), "newInvoiceButton"));
    auto* editor = m_area->findChild<InvoiceEditorDialog*>();
    QVERIFY(editor);
    auto* lines = child<QTableView>(editor, "linesTableView");
    md::test::click(child<QPushButton>(editor, "addLineButton"));
    editCell(lines, 0, 0, QStringLiteral("Coaching"));
    editCell(lines, 0, 2, QStringLiteral("100.00"));
    const QLocale locale;
    const auto total = [&locale](qint64 cents) {
        return QStringLiteral("Total ") + Money(cents, QStringLiteral("EUR")).format(locale);
    };
    QVERIFY2(editor->totalsText().contains(total(11900)), qPrintable(editor->totalsText()));

    auto* rate = child<QComboBox>(editor, "lineTaxRateComboBox");
    QVERIFY(rate && rate->isEnabled());
    // Standard, reduced and zero, from the settings; the line has the standard.
    QCOMPARE(rate->count(), 3);
    QCOMPARE(rate->currentData().toInt(), 1900);
    QCOMPARE(rate->itemData(1).toInt(), 700);
    QCOMPARE(rate->itemData(2).toInt(), 0);
    lines->setCurrentIndex(lines->model()->index(0, 0));
    rate->setCurrentIndex(1);
    Q_EMIT rate->activated(1); // as a user's pick does
    QCOMPARE(cellText(lines, 0, 3), QStringLiteral("7"));
    QVERIFY2(editor->totalsText().contains(total(10700)), qPrintable(editor->totalsText()));
    rate->setCurrentIndex(2);
    Q_EMIT rate->activated(2);
    QVERIFY2(editor->totalsText().contains(total(10000)), qPrintable(editor->totalsText()));

    // A rate typed by hand is kept, and the choice follows the line.
    editCell(lines, 0, 3, QStringLiteral("7"));
    QCOMPARE(rate->currentData().toInt(), 700);
    md::test::click(child<QPushButton>(editor, "saveButton"));
    QTRY_COMPARE(m_area->model()->rowCount(), 1);
    auto stored = m_ws->workspace().billing().list();
    QVERIFY(stored && stored->size() == 1);
    auto invoice = m_ws->workspace().billing().invoice(stored->first().invoice.id);
    QVERIFY(invoice);
    QCOMPARE(invoice->lines.first().taxRateBasisPoints, 700);
}

// "From price list" offers the single sessions (not packages, which are sold
// with their credits) and adds a priced line.
void TestBillingUi::linesFromThePriceList() {
    BillingService& billing = m_ws->workspace().billing();
    Offering single;
    single.kind = OfferingKind::SingleSession;
    single.name = QStringLiteral("Mentoring session (90 min)");
    single.price = Money(15000, QStringLiteral("EUR"));
    single.taxRateBasisPoints = 1900;
    const qint64 singleId = billing.addOffering(single)->id;
    Offering package = single;
    package.kind = OfferingKind::Package;
    package.name = QStringLiteral("Four sessions");
    package.sessionCount = 4;
    QVERIFY(billing.addOffering(package).ok());

    md::test::click(child<QPushButton>(m_area.get(), "newInvoiceButton"));
    auto* editor = m_area->findChild<InvoiceEditorDialog*>();
    QVERIFY(editor);
    auto* lines = child<QTableView>(editor, "linesTableView");
    auto* fromPriceList = child<QPushButton>(editor, "fromPriceListButton");
    QVERIFY(fromPriceList && fromPriceList->isEnabled() && fromPriceList->menu());
    const QList<QAction*> entries = fromPriceList->menu()->actions();
    QCOMPARE(entries.size(), 1);
    QVERIFY2(entries.first()->text().contains(QStringLiteral("Mentoring session (90 min)")),
             qPrintable(entries.first()->text()));
    entries.first()->trigger();
    QCOMPARE(lines->model()->rowCount(), 1);
    QCOMPARE(cellText(lines, 0, 0), QStringLiteral("Mentoring session (90 min)"));
    QCOMPARE(cellText(lines, 0, 2), QStringLiteral("€150.00"));
    QCOMPARE(cellText(lines, 0, 3), QStringLiteral("19"));
    md::test::click(child<QPushButton>(editor, "saveButton"));
    QTRY_COMPARE(m_area->model()->rowCount(), 1);
    auto stored = billing.list();
    auto invoice = billing.invoice(stored->first().invoice.id);
    QVERIFY(invoice);
    QCOMPARE(invoice->lines.size(), 1);
    QCOMPARE(invoice->lines.first().offeringId, singleId);
    QCOMPARE(invoice->lines.first().unitPriceMinor, qint64(15000));
}

// A new invoice has no empty line that keeps Save disabled; an untouched line
// added by hand does not either. The headers of the number columns fit.
void TestBillingUi::aNewInvoiceStartsReadyToSave() {
    m_area->newInvoice(m_ada);
    auto* editor = m_area->findChild<InvoiceEditorDialog*>();
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    auto* lines = child<QTableView>(editor, "linesTableView");
    QCOMPARE(lines->model()->rowCount(), 0);
    auto* save = child<QPushButton>(editor, "saveButton");
    QVERIFY(save->isEnabled());
    md::test::click(child<QPushButton>(editor, "addLineButton"));
    QCOMPARE(lines->model()->rowCount(), 1);
    QVERIFY(save->isEnabled());
    QVERIFY2(child<QLabel>(editor, "errorLabel")->text().isEmpty(),
             qPrintable(child<QLabel>(editor, "errorLabel")->text()));
    QHeaderView* header = lines->horizontalHeader();
    for (int column = InvoiceLinesModel::QuantityColumn; column < lines->model()->columnCount();
         ++column) {
        const QString text = lines->model()->headerData(column, Qt::Horizontal).toString();
        const int needed = header->fontMetrics().horizontalAdvance(text);
        QVERIFY2(header->sectionSize(column) >= needed,
                 qPrintable(QStringLiteral("\"%1\" gets %2 px of %3")
                                .arg(text)
                                .arg(header->sectionSize(column))
                                .arg(needed)));
    }
    editor->grab().save(QStringLiteral("/tmp/md_new_invoice.png"));
    editor->reject();
}

// With no price for a session, "Add sessions" names the place to set it, never
// a settings key, and its button sets it there and then.
void TestBillingUi::sessionsWithoutAPriceSayWhereToSetIt() {
    Workspace& workspace = m_ws->workspace();
    Engagement engagement;
    engagement.clientId = m_ada;
    engagement.title = QStringLiteral("Next role");
    engagement.startDate = workspace.clock().today().addDays(-30);
    auto stored = workspace.engagements().addEngagement(engagement);
    QVERIFY2(stored.ok(), qPrintable(stored.message()));
    Session held;
    held.engagementId = stored->id;
    held.start = workspace.clock().nowUtc().addDays(-2).toTimeZone(QTimeZone("Europe/Berlin"));
    held.status = SessionStatus::Held;
    QVERIFY(workspace.scheduling().addSession(held).ok());

    m_area->newInvoice(m_ada);
    auto* editor = m_area->findChild<InvoiceEditorDialog*>();
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    QString message;
    md::test::ModalScript script(
        {[&](QWidget* box) {
             message = qobject_cast<QMessageBox*>(box)->text();
             md::test::click(child<QPushButton>(box, "setSessionPriceButton"));
         },
         [&](QWidget* dialog) {
             QVERIFY(qobject_cast<OfferingDialog*>(dialog));
             md::test::typeInto(child<QLineEdit>(dialog, "priceLineEdit"), QStringLiteral("150"));
             child<QDialogButtonBox>(dialog, "offeringButtonBox")
                 ->button(QDialogButtonBox::Save)
                 ->click();
         }});
    script.run([&] { md::test::click(child<QPushButton>(editor, "addSessionsButton")); });
    QCOMPARE(script.answered(), 2);
    QVERIFY2(!message.contains(QStringLiteral("billing.")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Billing › Price list")), qPrintable(message));
    auto* lines = child<QTableView>(editor, "linesTableView");
    QCOMPARE(lines->model()->rowCount(), 1);
    QCOMPARE(cellText(lines, 0, 2), QStringLiteral("€150.00"));
    auto price = workspace.billing().sessionPrice();
    QVERIFY(price && price->minorUnits == 15000);
    editor->reject();
}

// No price list yet: the fee typed on the engagement's page (in the
// mentor's locale) prices its held sessions in "Add sessions".
void TestBillingUi::sessionsAreBilledAtTheEngagementsFee() {
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    Workspace& workspace = m_ws->workspace();
    Engagement engagement;
    engagement.clientId = m_ada;
    engagement.title = QStringLiteral("Next role");
    engagement.startDate = workspace.clock().today().addDays(-30);
    const qint64 engagementId = workspace.engagements().addEngagement(engagement)->id;
    Session held;
    held.engagementId = engagementId;
    held.start = workspace.clock().nowUtc().addDays(-2).toTimeZone(QTimeZone("Europe/Berlin"));
    held.status = SessionStatus::Held;
    QVERIFY(workspace.scheduling().addSession(held).ok());

    EngagementPage page;
    page.setEngagement(&workspace, engagementId);
    page.show();
    auto* fee = child<QLineEdit>(&page, "sessionFeeLineEdit");
    QVERIFY(fee);
    QCOMPARE(fee->placeholderText(), QStringLiteral("120,00"));
    md::test::typeInto(fee, QStringLiteral("95,50"));
    md::test::click(child<QPushButton>(&page, "saveProfileButton"));
    QCOMPARE(workspace.engagements().engagement(engagementId)->sessionFeeMinor, qint64(9550));
    QCOMPARE(fee->text(), QStringLiteral("95,50"));
    md::test::typeInto(fee, QStringLiteral("viel"));
    md::test::click(child<QPushButton>(&page, "saveProfileButton"));
    QVERIFY(!child<QLabel>(&page, "profileErrorLabel")->text().isEmpty());
    QCOMPARE(workspace.engagements().engagement(engagementId)->sessionFeeMinor, qint64(9550));

    m_area->newInvoice(m_ada);
    auto* editor = m_area->findChild<InvoiceEditorDialog*>();
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    md::test::click(child<QPushButton>(editor, "addSessionsButton"));
    auto* lines = child<QTableView>(editor, "linesTableView");
    QCOMPARE(lines->model()->rowCount(), 1);
    QCOMPARE(cellText(lines, 0, 2).replace(QChar(0xa0), u' '), QStringLiteral("95,50 €"));
    editor->reject();
}

void TestBillingUi::amountsFollowTheLocale_data() {
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("price"); // as the cell shows it
    QTest::addColumn<QString>("total");
    QTest::addColumn<QString>("editForm"); // as the payment form offers it
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << "120,50"
                            << "120,50 €"
                            << "143,40 €"
                            << "143,40";
    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates) << "120.50"
                             << "€120.50"
                             << "€143.40"
                             << "143.40";
}

// Every amount the mentor sees or types is in the locale's form: the line's
// price cell, the totals, the price-list form, the payment form.
void TestBillingUi::amountsFollowTheLocale() {
    QFETCH(QLocale, locale);
    QFETCH(QString, typed);
    QFETCH(QString, price);
    QFETCH(QString, total);
    QFETCH(QString, editForm);
    QLocale::setDefault(locale);
    const auto plain = [](QString text) {
        return text.replace(QChar(0xa0), u' ');
    };

    m_area->newInvoice(m_ada);
    auto* editor = m_area->findChild<InvoiceEditorDialog*>();
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    auto* lines = child<QTableView>(editor, "linesTableView");
    md::test::click(child<QPushButton>(editor, "addLineButton"));
    editCell(lines, 0, 0, QStringLiteral("Career coaching"));
    editCell(lines, 0, 2, typed);
    QCOMPARE(plain(cellText(lines, 0, 2)), price);
    QVERIFY(!plain(cellText(lines, 0, 2)).contains(QStringLiteral(".50€")));
    auto* totals = child<QLabel>(editor, "totalsLabel");
    QVERIFY2(plain(totals->text()).contains(total), qPrintable(totals->text()));

    // Issued, then paid through the payment form, which offers the amount
    // in the same form and reads it back.
    answerNextMessageBox(QMessageBox::Yes);
    md::test::click(child<QPushButton>(editor, "issueButton"));
    QTRY_VERIFY(!editor || !editor->isVisible());
    QTRY_COMPARE(m_area->model()->rowCount(), 1);
    QVERIFY(m_area->selectInvoice(m_area->model()->recordAt(0)->invoice.id));
    md::test::click(child<QPushButton>(m_area.get(), "recordPaymentButton"));
    QPointer<PaymentDialog> payment = m_area->findChild<PaymentDialog*>();
    QVERIFY(payment);
    auto* amount = child<QLineEdit>(payment, "amountLineEdit");
    QCOMPARE(amount->text(), editForm);
    QVERIFY(child<QPushButton>(payment, "saveButton")->isEnabled());
    md::test::click(child<QPushButton>(payment, "saveButton"));
    QTRY_COMPARE(m_area->model()->statusAt(0), InvoiceStatus::Paid);

    // The price-list form shows an entry's price for editing the same way.
    Offering single;
    single.kind = OfferingKind::SingleSession;
    single.name = QStringLiteral("Mentoring session");
    single.price = Money(12050, QStringLiteral("EUR"));
    auto stored = m_ws->workspace().billing().addOffering(single);
    QVERIFY(stored.ok());
    OfferingDialog dialog(*stored, QStringLiteral("EUR"));
    QCOMPARE(child<QLineEdit>(&dialog, "priceLineEdit")->text(),
             QStringLiteral("120") + locale.decimalPoint() + QStringLiteral("50"));
    auto edited = dialog.offering();
    QVERIFY2(edited.ok(), qPrintable(edited.message()));
    QCOMPARE(edited->price.minorUnits(), qint64(12050));
}

// Under the small-business exemption the issue question asks for no tax
// number; with every detail set it adds nothing.
void TestBillingUi::issueWarningFollowsTheTaxMode() {
    SettingsService& settings = m_ws->workspace().settings();
    QVERIFY(settings.setValue(QStringLiteral("billing.tax.mode"), QStringLiteral("exempt")));
    const qint64 draft = createDraftFor(m_ada);
    QTRY_COMPARE(m_area->model()->rowCount(), 1);
    QString question;
    md::test::ModalScript ask({[&](QWidget* box) {
        question = qobject_cast<QMessageBox*>(box)->text();
        qobject_cast<QMessageBox*>(box)->reject();
    }});
    QVERIFY(m_area->selectInvoice(draft));
    ask.run([&] { md::test::click(child<QPushButton>(m_area.get(), "issueInvoiceButton")); });
    QVERIFY2(question.contains(QStringLiteral("will not show your name")), qPrintable(question));
    QVERIFY2(!question.contains(QStringLiteral("tax number")), qPrintable(question));
    for (const auto& [key, value] :
         {std::pair{QStringLiteral("profile.name"), QStringLiteral("Jane Doe")},
          std::pair{QStringLiteral("profile.address"), QStringLiteral("1 Main St")},
          std::pair{QStringLiteral("billing.bank.iban"),
                    QStringLiteral("DE89 3704 0044 0532 0130 00")}})
        QVERIFY(settings.setValue(key, value));
    InvoiceRecipient recipient;
    recipient.clientId = m_ada;
    recipient.address = QStringLiteral("2 Side St");
    QVERIFY(m_ws->workspace().billing().saveRecipient(recipient).ok());
    md::test::ModalScript again({[&](QWidget* box) {
        question = qobject_cast<QMessageBox*>(box)->text();
        qobject_cast<QMessageBox*>(box)->reject();
    }});
    again.run([&] { md::test::click(child<QPushButton>(m_area.get(), "issueInvoiceButton")); });
    QVERIFY2(!question.contains(QStringLiteral("will not show")), qPrintable(question));
}

// The main window's sidebar takes about 170 px: on a 1024 px wide screen the
// area, with every tab, must fit in what is left.
void TestBillingUi::fitsBesideTheSidebarOnASmallScreen() {
    auto* tabs = m_area->findChild<QTabWidget*>();
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        const int width = tabs->widget(i)->minimumSizeHint().width();
        QVERIFY2(
            width <= 820,
            qPrintable(QStringLiteral("tab \"%1\" needs %2 px").arg(tabs->tabText(i)).arg(width)));
    }
    QVERIFY2(m_area->minimumSizeHint().width() <= 840,
             qPrintable(QString::number(m_area->minimumSizeHint().width())));
}

QTEST_MAIN(TestBillingUi)
#include "tst_billing_ui.moc"
