// The engagement page shows the engagement's package credits ("1 of 4 used,
// valid until …") as installed by installBillingAreas in the real main window.

#include "PipelineFlowFixture.h"

#include "billing/BillingService.h"
#include "billing/EngagementPackagesWidget.h"
#include "pipeline/EngagementPage.h"
#include "scheduling/Session.h"
#include "storage/OfferingRepository.h"
#include "storage/SessionRepository.h"

#include <QListWidget>
#include <QTimeZone>
#include <QtTest>

using namespace md;
using md::test::PipelineFixture;

class TestBillingEngagement final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void engagementPageShowsPackageCredits();
};

static QStringList texts(const QListWidget* list) {
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}

void TestBillingEngagement::engagementPageShowsPackageCredits() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    PipelineFixture f;
    QVERIFY(f.isValid());
    const qint64 engagement = f.seedEngagement(f.clientId, QStringLiteral("Career change"), 0);
    QVERIFY(engagement > 0);
    const qint64 other = f.seedEngagement(f.clientId, QStringLiteral("No package"), 0);
    QVERIFY(other > 0);

    BillingService& billing = BillingService::of(f.tw.workspace());
    Offering offering;
    offering.kind = OfferingKind::Package;
    offering.name = QStringLiteral("Four sessions");
    offering.price = Money(40000, QStringLiteral("EUR"));
    offering.sessionCount = 4;
    offering.validityMonths = 6;
    auto added = billing.offerings().add(offering);
    QVERIFY2(added.ok(), qPrintable(added.message()));
    const QDate today = billing.clock().today();
    auto sale = billing.sellPackage(engagement, added->id, today);
    QVERIFY2(sale.ok(), qPrintable(sale.message()));

    // A session held on the day of the sale uses one credit.
    SessionRepository sessions(f.tw->database(), f.tw->clock());
    Session session;
    session.engagementId = engagement;
    session.uid = newSessionUid();
    session.start = QDateTime(today, QTime(9, 0), QTimeZone("Europe/Berlin"));
    session.durationMinutes = 60;
    session.status = SessionStatus::Held;
    auto held = sessions.add(session);
    QVERIFY2(held.ok(), qPrintable(held.message()));

    f.area->openEngagement(engagement);
    EngagementPage* page = f.page();
    QVERIFY(page);
    QCOMPARE(page->engagementId(), engagement);
    auto* panel = page->findChild<EngagementPackagesWidget*>();
    QVERIFY2(panel, "no package panel on the engagement page");
    QVERIFY(panel->isVisibleTo(page));
    const QStringList shown = texts(panel->packagesList());
    QVERIFY2(!shown.isEmpty(), "no package listed");
    QVERIFY2(shown.first().contains(QStringLiteral("Four sessions")), qPrintable(shown.join('|')));
    QVERIFY2(shown.first().contains(QStringLiteral("1 of 4 used, valid until")),
             qPrintable(shown.join('|')));

    // Another engagement without a package: the panel follows and hides.
    f.area->openEngagement(other);
    QCOMPARE(page->engagementId(), other);
    QCOMPARE(panel->packagesList()->count(), 0);
    QVERIFY(!panel->isVisibleTo(page));
}

QTEST_MAIN(TestBillingEngagement)
#include "tst_billing_engagement.moc"
