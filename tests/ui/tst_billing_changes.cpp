// No billing view shows stale data after a change made elsewhere: a payment
// recorded through the service (as the CLI's `payment add` does) or by another
// process, a draft saved in a second editor window, a price-list entry added
// anywhere. The views update the rows named (no reload of the invoice list for
// one payment) and, while they only show data, never write.

#include "TemporaryWorkspace.h"
#include "UiTestHelpers.h"

#include "billing/BillingArea.h"
#include "billing/BillingDashboardWidget.h"
#include "billing/BillingReportModels.h"
#include "billing/BillingReportsWidget.h"
#include "billing/BillingService.h"
#include "billing/ClientBalanceWidget.h"
#include "billing/EngagementPackagesWidget.h"
#include "billing/InvoiceEditorDialog.h"
#include "billing/InvoiceLinesModel.h"
#include "billing/InvoiceListModel.h"
#include "billing/OfferingListModel.h"
#include "billing/PackageListModel.h"
#include "billing/PriceListWidget.h"
#include "clients/ClientService.h"
#include "storage/Database.h"
#include "storage/EngagementRepository.h"
#include "storage/SessionRepository.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace md;
using md::test::child;

namespace {

void testModel(QAbstractItemModel* model, QObject* owner) {
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 owner);
}

// The SHA-256 of the database file and of its -wal.
QPair<QByteArray, QByteArray> fingerprint(const QString& dbPath) {
    const auto hash = [](const QString& path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QByteArray("<none>");
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    };
    return {hash(dbPath), hash(dbPath + QStringLiteral("-wal"))};
}

} // namespace

class TestBillingChanges final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void paymentElsewhereShowsInTheAreaAndOnTheClientPage();
    void paymentByAnotherProcessShowsAfterTheCheck();
    void secondEditorWindowFollowsTheSavedDraft();
    void priceListFollowsEntriesAddedElsewhere();
    void showingBillingWritesNothing();

private:
    qint64 issued(qint64 cents);
    int rowOf(qint64 invoiceId) const { return m_area->model()->rowOf(invoiceId); }
    void showReports() const {
        m_area->findChild<QTabWidget*>()->setCurrentWidget(m_area->reports());
    }

    std::unique_ptr<md::test::TemporaryWorkspace> m_ws;
    std::unique_ptr<BillingArea> m_area;
    ClientBalanceWidget* m_balance = nullptr;
    BillingDashboardWidget* m_dashboard = nullptr;
    qint64 m_ada = 0;
};

void TestBillingChanges::init() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_ws = std::make_unique<md::test::TemporaryWorkspace>();
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    Client ada;
    ada.fullName = QStringLiteral("Ada Lovelace");
    m_ada = m_ws->workspace().clients().add(ada)->id;
    m_area = std::make_unique<BillingArea>();
    m_balance = new ClientBalanceWidget(m_area.get());
    m_dashboard = new BillingDashboardWidget(m_area.get());
    m_dashboard->show(); // on screen with the area, as on the dashboard: it reads when shown
    m_area->attach(m_balance);
    m_area->attach(m_dashboard);
    testModel(m_area->model(), m_area.get());
    testModel(m_area->reports()->paymentsModel(), m_area.get());
    testModel(m_area->reports()->revenueModel(), m_area.get());
    testModel(m_area->reports()->ageingModel(), m_area.get());
    testModel(m_area->priceList()->model(), m_area.get());
    testModel(m_dashboard->overdueModel(), m_area.get());
    testModel(m_balance->packagesModel(), m_area.get());
    m_area->setWorkspace(&m_ws->workspace());
    m_balance->showClient(m_ada);
    m_area->resize(1100, 700);
    m_area->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_area.get()));
}

void TestBillingChanges::cleanup() {
    m_area.reset();
    m_ws.reset();
}

qint64 TestBillingChanges::issued(qint64 cents) {
    BillingService& billing = m_ws->workspace().billing();
    InvoiceLine line;
    line.description = QStringLiteral("Sessions");
    line.unitPriceMinor = cents;
    auto draft = billing.createInvoice(m_ada, {line});
    return draft ? billing.issue(draft->id)->id : 0;
}

void TestBillingChanges::paymentElsewhereShowsInTheAreaAndOnTheClientPage() {
    const qint64 invoice = issued(20000);
    QVERIFY(invoice > 0);
    QVERIFY(m_area->selectInvoice(invoice));
    QVERIFY2(m_balance->balanceLabel()->text().contains(QStringLiteral("€200.00")),
             qPrintable(m_balance->balanceLabel()->text()));
    QCOMPARE(m_area->reports()->paymentsModel()->rowCount(), 0);

    QSignalSpy reset(m_area->model(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_area->model(), &QAbstractItemModel::dataChanged);
    // What `mentordesk-cli payment add --invoice ID` calls.
    QVERIFY(m_ws->workspace()
                .billing()
                .addPayment(invoice, Money(15000, QStringLiteral("EUR")), QDate(2026, 3, 2))
                .ok());

    // The invoice's row, and only it, changed.
    QCOMPARE(reset.count(), 0);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(m_area->model()->statusAt(rowOf(invoice)), InvoiceStatus::PartiallyPaid);
    QCOMPARE(m_area->model()->recordAt(rowOf(invoice))->outstanding().minorUnits(), qint64(5000));
    QVERIFY2(child<QLabel>(m_area.get(), "invoiceDetailLabel")
                 ->text()
                 .contains(QStringLiteral("outstanding €50.00")),
             qPrintable(child<QLabel>(m_area.get(), "invoiceDetailLabel")->text()));
    // The client page's balance, the reports and the dashboard follow.
    QVERIFY2(m_balance->balanceLabel()->text().contains(QStringLiteral("€50.00")),
             qPrintable(m_balance->balanceLabel()->text()));
    // The reports read when their tab is shown, not before (a practice has
    // thousands of payments), and follow from then on.
    QCOMPARE(m_area->reports()->paymentsModel()->rowCount(), 0);
    showReports();
    QCOMPARE(m_area->reports()->paymentsModel()->rowCount(), 1);
    QCOMPARE(m_area->reports()
                 ->paymentsModel()
                 ->index(0, PaymentListModel::AmountColumn)
                 .data()
                 .toString(),
             QStringLiteral("€150.00"));
    QVERIFY2(m_dashboard->revenueLabel()->text().contains(QStringLiteral("€150.00")),
             qPrintable(m_dashboard->revenueLabel()->text()));

    // Overpaid: the client's credit shows on the client page at once.
    QVERIFY(m_ws->workspace()
                .billing()
                .addPayment(invoice, Money(7000, QStringLiteral("EUR")), QDate(2026, 3, 2))
                .ok());
    QCOMPARE(m_area->model()->statusAt(rowOf(invoice)), InvoiceStatus::Paid);
    QVERIFY2(m_balance->balanceLabel()->text().contains(QStringLiteral("Credit of €20.00")),
             qPrintable(m_balance->balanceLabel()->text()));
    QVERIFY(m_area->reports()->creditLabel()->text().contains(QStringLiteral("€20.00")));
}

// Another process (the CLI) pays the invoice: once the window checks, every
// billing view reloads.
void TestBillingChanges::paymentByAnotherProcessShowsAfterTheCheck() {
    const qint64 invoice = issued(10000);
    auto other = Workspace::unlockWithPassphrase(
        m_ws->directory(),
        md::test::TemporaryWorkspace::secret(md::test::TemporaryWorkspace::kPassphrase),
        m_ws->clock());
    QVERIFY2(other.ok(), qPrintable(other.message()));
    QVERIFY((*other)
                ->billing()
                .addPayment(invoice, Money(10000, QStringLiteral("EUR")), QDate(2026, 3, 2))
                .ok());
    QCOMPARE(m_area->model()->statusAt(rowOf(invoice)), InvoiceStatus::Issued); // not looked yet

    QVERIFY(m_ws->workspace().checkForExternalChanges());
    QCOMPARE(m_area->model()->statusAt(rowOf(invoice)), InvoiceStatus::Paid);
    QVERIFY2(m_balance->balanceLabel()->text().contains(QStringLiteral("Nothing owed")),
             qPrintable(m_balance->balanceLabel()->text()));
    showReports();
    QCOMPARE(m_area->reports()->paymentsModel()->rowCount(), 1);
}

// Two editor windows on one draft: what one saves, the other shows (it was
// untouched); typing in one is never overwritten by the other, which is
// said; issued elsewhere, the draft can no longer be saved.
void TestBillingChanges::secondEditorWindowFollowsTheSavedDraft() {
    BillingService& billing = m_ws->workspace().billing();
    InvoiceLine line;
    line.description = QStringLiteral("Coaching");
    line.unitPriceMinor = 10000;
    auto draft = billing.createInvoice(m_ada, {line});
    QVERIFY(draft.ok());
    InvoiceEditorDialog first(m_ws->workspace(), *draft);
    InvoiceEditorDialog second(m_ws->workspace(), *draft);
    testModel(first.linesModel(), &first);
    testModel(second.linesModel(), &second);
    first.show();
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));

    first.linesModel()->setData(first.linesModel()->index(0, InvoiceLinesModel::DescriptionColumn),
                                QStringLiteral("Career coaching"));
    first.addLine(line);
    md::test::click(child<QPushButton>(&first, "saveButton"));
    QTRY_VERIFY(!first.isVisible());
    QCOMPARE(billing.invoice(draft->id)->lines.size(), 2);
    // The untouched window shows the saved draft.
    QCOMPARE(second.linesModel()->rowCount(), 2);
    QCOMPARE(second.linesModel()->index(0, 0).data().toString(), QStringLiteral("Career coaching"));
    QVERIFY(child<QLabel>(&second, "noticeLabel")->isHidden());
    QVERIFY(!second.isDirty());

    // Typed in the second window, then saved elsewhere: the typing stays.
    second.linesModel()->setData(second.linesModel()->index(1, 0), QStringLiteral("Workbook"));
    QVERIFY(second.isDirty());
    Invoice elsewhere = *billing.invoice(draft->id);
    elsewhere.notes = QStringLiteral("Saved elsewhere");
    QVERIFY(billing.updateDraft(elsewhere).ok());
    QCOMPARE(second.linesModel()->index(1, 0).data().toString(), QStringLiteral("Workbook"));
    auto* notice = child<QLabel>(&second, "noticeLabel");
    QVERIFY2(!notice->isHidden() && notice->text().contains(QStringLiteral("changed elsewhere")),
             qPrintable(notice->text()));
    QVERIFY(child<QPushButton>(&second, "saveButton")->isEnabled());

    // Issued elsewhere: nothing here can be saved any more.
    auto number = billing.issue(draft->id);
    QVERIFY(number.ok());
    QVERIFY2(notice->text().contains(number->number), qPrintable(notice->text()));
    QVERIFY(!child<QPushButton>(&second, "saveButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&second, "issueButton")->isEnabled());
}

void TestBillingChanges::priceListFollowsEntriesAddedElsewhere() {
    Invoice draft;
    draft.clientId = m_ada;
    InvoiceEditorDialog editor(m_ws->workspace(), draft);
    auto* fromPriceList = child<QPushButton>(&editor, "fromPriceListButton");
    QVERIFY(!fromPriceList->isEnabled());
    QCOMPARE(m_area->priceList()->model()->rowCount(), 0);

    Offering single;
    single.kind = OfferingKind::SingleSession;
    single.name = QStringLiteral("Mentoring session");
    single.price = Money(15000, QStringLiteral("EUR"));
    auto added = m_ws->workspace().billing().addOffering(single);
    QVERIFY(added.ok());
    QCOMPARE(m_area->priceList()->model()->rowCount(), 1);
    QVERIFY(fromPriceList->isEnabled());
    QCOMPARE(fromPriceList->menu()->actions().size(), 1);

    QVERIFY(m_ws->workspace().billing().setOfferingActive(added->id, false).ok());
    QVERIFY(m_area->priceList()
                ->model()
                ->index(0, OfferingListModel::NameColumn)
                .data()
                .toString()
                .contains(QStringLiteral("inactive")));
    QVERIFY(!fromPriceList->isEnabled()); // inactive entries are not offered
}

// Opening every billing view (the list, the reports, the price list, the
// client's balance and packages, the engagement's packages, the dashboard)
// only reads: the database file and its -wal are unchanged, even with a
// session held behind the billing code's back that a read assigning credits
// would have given one.
void TestBillingChanges::showingBillingWritesNothing() {
    Database& database = m_ws->workspace().database();
    Engagement engagement;
    engagement.clientId = m_ada;
    engagement.title = QStringLiteral("Career change");
    engagement.startDate = QDate(2026, 2, 1);
    const qint64 engagementId = EngagementRepository(database, m_ws->clock()).add(engagement)->id;
    Offering package;
    package.kind = OfferingKind::Package;
    package.name = QStringLiteral("Four sessions");
    package.price = Money(40000, QStringLiteral("EUR"));
    package.sessionCount = 4;
    const qint64 offering = m_ws->workspace().billing().addOffering(package)->id;
    QVERIFY(m_ws->workspace()
                .billing()
                .sellPackageAndBill(engagementId, offering, QDate(2026, 3, 1))
                .ok());
    Session session;
    session.engagementId = engagementId;
    session.uid = newSessionUid();
    session.start = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
    session.durationMinutes = 60;
    session.status = SessionStatus::Held;
    QVERIFY(SessionRepository(database, m_ws->clock()).add(session).ok());
    issued(10000);
    m_ws->clock().advanceDays(30);
    QVERIFY(database.checkpoint().ok());

    const QString db = Workspace::databasePath(m_ws->directory());
    const auto before = fingerprint(db);
    m_area->setWorkspace(nullptr);
    m_area->setWorkspace(&m_ws->workspace());
    auto* tabs = m_area->findChild<QTabWidget*>();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
    }
    m_balance->showClient(m_ada);
    EngagementPackagesWidget packages;
    testModel(packages.packagesModel(), &packages);
    m_area->attach(&packages);
    packages.showEngagement(engagementId);
    m_dashboard->reload();
    QVERIFY(m_area->selectInvoice(m_area->model()->recordAt(0)->invoice.id));
    QCOMPARE(fingerprint(db), before);

    // What they show: the package, with no credit used yet.
    QCOMPARE(packages.packagesModel()->rowCount(), 1);
    QVERIFY2(packages.packagesModel()->index(0, 0).data().toString().contains(
                 QStringLiteral("0 of 4 used")),
             qPrintable(packages.packagesModel()->index(0, 0).data().toString()));
    QVERIFY(m_dashboard->overdueModel()->rowCount() == 1);
}

QTEST_MAIN(TestBillingChanges)
#include "tst_billing_changes.moc"
