// The engagement page shows the engagement's package credits ("1 of 4 used,
// valid until …") as installed by installBillingAreas in the real main window.

#include "PipelineFlowFixture.h"

#include "billing/BillingArea.h"
#include "billing/BillingService.h"
#include "billing/ClientBalanceWidget.h"
#include "billing/EngagementPackagesWidget.h"
#include "billing/PackageCredits.h"
#include "clients/ClientsPage.h"
#include "pipeline/EngagementPage.h"
#include "scheduling/Session.h"
#include "storage/Database.h"
#include "storage/SessionRepository.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QListView>
#include <QPushButton>
#include <QTimeZone>
#include <QtTest>

using namespace md;
using md::test::PipelineFixture;

class TestBillingEngagement final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void engagementPageShowsPackageCredits();
    void sellsAPackageFromTheClientPage();
};

static QStringList texts(const QListView* list) {
    QStringList out;
    for (int i = 0; i < list->model()->rowCount(); ++i)
        out << list->model()->index(i, 0).data().toString();
    return out;
}

// "Four sessions" for 400.00, valid six months: the package both tests sell.
static Result<Offering> addFourSessionPackage(BillingService& billing) {
    Offering offering;
    offering.kind = OfferingKind::Package;
    offering.name = QStringLiteral("Four sessions");
    offering.price = Money(40000, QStringLiteral("EUR"));
    offering.sessionCount = 4;
    offering.validityMonths = 6;
    return billing.addOffering(offering);
}

void TestBillingEngagement::engagementPageShowsPackageCredits() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    PipelineFixture f;
    QVERIFY(f.isValid());
    const qint64 engagement = f.seedEngagement(f.clientId, QStringLiteral("Career change"), 0);
    QVERIFY(engagement > 0);
    const qint64 other = f.seedEngagement(f.clientId, QStringLiteral("No package"), 0);
    QVERIFY(other > 0);

    BillingService& billing = f.tw.workspace().billing();
    auto added = addFourSessionPackage(billing);
    QVERIFY2(added.ok(), qPrintable(added.message()));
    const QDate today = f.tw.workspace().clock().today();
    auto sale = billing.sellPackage(engagement, added->id, today);
    QVERIFY2(sale.ok(), qPrintable(sale.message()));

    // A session held on the day of the sale uses one credit: written as the
    // scheduling area's session writes are, with the credits in the same unit.
    Database& database = f.tw->database();
    const Status held = database.transaction([&]() -> Status {
        SessionRepository sessions(database, f.tw->clock());
        Session session;
        session.engagementId = engagement;
        session.uid = newSessionUid();
        session.start = QDateTime(today, QTime(9, 0), QTimeZone("Europe/Berlin"));
        session.durationMinutes = 60;
        session.status = SessionStatus::Held;
        auto stored = sessions.add(session);
        if (!stored)
            return stored.error();
        return PackageCredits(database, f.tw->clock()).reassignForSession(stored->id);
    });
    QVERIFY2(held.ok(), qPrintable(held.message()));

    f.area->openEngagement(engagement);
    EngagementPage* page = f.page();
    QVERIFY(page);
    QCOMPARE(page->engagementId(), engagement);
    auto* panel = page->findChild<EngagementPackagesWidget*>();
    QVERIFY2(panel, "no package panel on the engagement page");
    QVERIFY(panel->isVisibleTo(page));
    const QStringList shown = texts(panel->packagesView());
    QVERIFY2(!shown.isEmpty(), "no package listed");
    QVERIFY2(shown.first().contains(QStringLiteral("Four sessions")), qPrintable(shown.join('|')));
    QVERIFY2(shown.first().contains(QStringLiteral("1 of 4 used, valid until")),
             qPrintable(shown.join('|')));

    // Another engagement without a package: the panel follows and hides.
    f.area->openEngagement(other);
    QCOMPARE(page->engagementId(), other);
    QCOMPARE(panel->packagesView()->model()->rowCount(), 0);
    QVERIFY(!panel->isVisibleTo(page));
}

// The client page's "Sell package…": the engagement gets the credits and the
// Billing area shows the new invoice draft for the price.
void TestBillingEngagement::sellsAPackageFromTheClientPage() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    PipelineFixture f;
    QVERIFY(f.isValid());
    const qint64 engagement = f.seedEngagement(f.clientId, QStringLiteral("Career change"), 0);
    QVERIFY(engagement > 0);
    BillingService& billing = f.tw.workspace().billing();
    QVERIFY(addFourSessionPackage(billing).ok());

    auto* balance = f.window.findChild<ClientBalanceWidget*>();
    auto* area = f.window.findChild<BillingArea*>();
    QVERIFY2(balance && area, "the main window has no client balance or billing area");
    // The client opened on the Clients page, as the mentor does: the balance
    // panel and the Billing area it acts on follow.
    f.window.setCurrentArea(f.window.clientsPage());
    QVERIFY(f.window.clientsPage()->selectClient(f.clientId));
    auto* sell = balance->findChild<QPushButton*>(QStringLiteral("sellPackageButton"));
    QVERIFY(sell && sell->isEnabled());
    md::test::click(sell);
    auto* dialog = balance->findChild<QDialog*>(QStringLiteral("sellPackageDialog"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto* engagements = dialog->findChild<QComboBox*>(QStringLiteral("engagementComboBox"));
    auto* packages = dialog->findChild<QComboBox*>(QStringLiteral("packageComboBox"));
    QVERIFY(engagements && packages);
    QCOMPARE(engagements->currentData().toLongLong(), engagement);
    QVERIFY2(packages->currentText().contains(QStringLiteral("Four sessions")),
             qPrintable(packages->currentText()));
    md::test::click(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok));

    auto credits = billing.credits(engagement);
    QVERIFY(credits.ok());
    QCOMPARE(credits->size(), 1);
    QCOMPARE(credits->first().remaining(), 4);
    QVERIFY2(credits->first().invoiceId > 0, "the sale has no invoice");
    auto invoice = billing.invoice(credits->first().invoiceId);
    QVERIFY(invoice.ok());
    QVERIFY(!invoice->isIssued());
    QCOMPARE(invoice->clientId, f.clientId);
    QCOMPARE(invoice->lines.size(), 1);
    QVERIFY2(invoice->lines.first().description.contains(QStringLiteral("Four sessions")),
             qPrintable(invoice->lines.first().description));
    QCOMPARE(invoice->lines.first().unitPriceMinor, qint64(40000));
    QCOMPARE(area->selectedInvoiceId(), invoice->id);
}

QTEST_MAIN(TestBillingEngagement)
#include "tst_billing_engagement.moc"
