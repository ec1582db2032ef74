// The dashboard's "Agreements ending soon" panel with the real widget: signed
// agreements ending within 30 days are listed soonest first with the days
// left, later ones and drafts are not; it follows new signings, the clock
// and the workspace (through AgreementsArea::attach), and a double-click
// opens the agreement in the Agreements area.

#include "../core/tst_agreementfixture.h"
#include "MainWindow.h"
#include "UiTestHelpers.h"
#include "agreements/AgreementService.h"
#include "agreements/AgreementsArea.h"
#include "agreements/EndingAgreementsWidget.h"
#include "pipeline/DashboardPage.h"
#include "settings/Settings.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace md;
using md::test::AgreementFixture;
using md::test::child;

namespace {

// A signed agreement (on paper) that ends on `endDate`, made through the
// workspace's service so that listening widgets hear of it.
Result<Agreement> signedEnding(AgreementFixture& f, const QDate& endDate) {
    AgreementService& service = f.workspace().agreements();
    AgreementService::CreateOptions options;
    options.endDate = endDate;
    Result<Agreement> draft = service.createDraft(f.engagementId(), options);
    if (!draft)
        return draft;
    return service.signOnPaper(draft->id, QStringLiteral("scan.png"),
                               AgreementFixture::signaturePng());
}

QString cell(const QAbstractItemModel* model, int row, int column) {
    return model->index(row, column).data().toString();
}

} // namespace

class TestEndingAgreements final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void listsOnlyThoseEndingSoon();
    void followsTheAreaAndOpensOnDoubleClick();
    void mainWindowDashboardShowsThem();
};

void TestEndingAgreements::listsOnlyThoseEndingSoon() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const QDate today = f.workspace().clock().today();
    const auto soon = signedEnding(f, today.addDays(10));
    QVERIFY2(soon.ok(), qPrintable(soon.message()));
    const auto later = signedEnding(f, today.addDays(200));
    QVERIFY2(later.ok(), qPrintable(later.message()));
    AgreementService::CreateOptions draftOptions;
    draftOptions.endDate = today.addDays(5);
    QVERIFY(f.workspace().agreements().createDraft(f.engagementId(), draftOptions).ok());

    EndingAgreementsWidget widget;
    widget.resize(700, 300);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QAbstractItemModelTester tester(widget.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QAbstractItemModel* model = widget.model();
    QCOMPARE(model->rowCount(), 0); // no workspace yet
    widget.setWorkspace(&f.workspace());

    // Only the signed one ending in 10 days; not the one in 200, not the draft.
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(cell(model, 0, EndingAgreementsWidget::NumberColumn), soon->number());
    QCOMPARE(cell(model, 0, EndingAgreementsWidget::ClientColumn),
             QString::fromLatin1(AgreementFixture::kClientName));
    QCOMPARE(cell(model, 0, EndingAgreementsWidget::EndDateColumn),
             QLocale().toString(today.addDays(10), QLocale::ShortFormat));
    QCOMPARE(cell(model, 0, EndingAgreementsWidget::DaysLeftColumn), QStringLiteral("10"));
    QCOMPARE(model->index(0, EndingAgreementsWidget::DaysLeftColumn)
                 .data(EndingAgreementsWidget::DaysLeftRole)
                 .toInt(),
             10);
    QVERIFY(!child<QTableView>(&widget, "endingAgreementsTableView")->isHidden());

    // A new signing shows up at once, soonest first.
    const auto sooner = signedEnding(f, today.addDays(3));
    QVERIFY2(sooner.ok(), qPrintable(sooner.message()));
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(cell(model, 0, EndingAgreementsWidget::NumberColumn), sooner->number());
    QCOMPARE(cell(model, 1, EndingAgreementsWidget::NumberColumn), soon->number());

    // Half a year on, the 200-day one is due and the others have ended.
    f.clock().advanceDays(185);
    widget.reload();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(cell(model, 0, EndingAgreementsWidget::NumberColumn), later->number());
    QCOMPARE(cell(model, 0, EndingAgreementsWidget::DaysLeftColumn), QStringLiteral("15"));

    f.clock().advanceDays(20);
    widget.reload();
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!child<QLabel>(&widget, "endingAgreementsEmptyLabel")->isHidden());
}

void TestEndingAgreements::followsTheAreaAndOpensOnDoubleClick() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const QDate today = f.workspace().clock().today();
    const auto soon = signedEnding(f, today.addDays(10));
    QVERIFY2(soon.ok(), qPrintable(soon.message()));
    QVERIFY(f.signedOnScreen().ok()); // open-ended: never listed

    AgreementsArea area;
    area.resize(1000, 600);
    EndingAgreementsWidget widget;
    widget.resize(700, 300);
    area.attach(&widget);
    // Hidden, it reads nothing; shown, it reads the list.
    area.setWorkspace(&f.workspace());
    QCOMPARE(widget.model()->rowCount(), 0);
    QCOMPARE(widget.loads(), 0);
    widget.show();
    QCOMPARE(widget.model()->rowCount(), 1);
    area.setWorkspace(nullptr); // locking empties it
    QCOMPARE(widget.model()->rowCount(), 0);
    area.setWorkspace(&f.workspace());
    QCOMPARE(widget.model()->rowCount(), 1);

    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    connect(&widget, &EndingAgreementsWidget::openRequested, &area, &AgreementsArea::select);
    QSignalSpy opened(&widget, &EndingAgreementsWidget::openRequested);
    auto* table = child<QTableView>(&widget, "endingAgreementsTableView");
    QVERIFY(table);
    const QRect cellRect =
        table->visualRect(table->model()->index(0, EndingAgreementsWidget::ClientColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cellRect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cellRect.center());
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toLongLong(), soon->id);
    QCOMPARE(area.currentId(), soon->id);
}

// Wired up as the app does it: a panel on the dashboard whose double-click
// switches to the Agreements area with the agreement selected.
void TestEndingAgreements::mainWindowDashboardShowsThem() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const auto soon = signedEnding(f, f.workspace().clock().today().addDays(10));
    QVERIFY2(soon.ok(), qPrintable(soon.message()));
    QTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    window.resize(1280, 800);
    window.show();
    window.showWorkspace(&f.workspace());
    auto* dashboard = window.findChild<DashboardPage*>();
    QVERIFY(dashboard);
    auto* widget = dashboard->findChild<EndingAgreementsWidget*>();
    QVERIFY2(widget, "the dashboard has no \"Agreements ending soon\" panel");
    QCOMPARE(widget->model()->rowCount(), 0); // read when the dashboard is shown
    window.setCurrentArea(dashboard);
    QCOMPARE(widget->model()->rowCount(), 1);
    Q_EMIT widget->openRequested(soon->id);
    auto* area = qobject_cast<AgreementsArea*>(window.currentArea());
    QVERIFY(area);
    QCOMPARE(area->currentId(), soon->id);
    window.showLocked(LockedPage::Mode::Locked, f.workspace().directory());
    QCOMPARE(widget->model()->rowCount(), 0);
}

QTEST_MAIN(TestEndingAgreements)
#include "tst_endingagreements.moc"
