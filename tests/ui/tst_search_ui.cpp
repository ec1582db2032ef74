// The workspace search in the main window: Ctrl+K and Ctrl+F reach it,
// results are grouped by kind while typing, arrow keys and Enter open a
// result in its area with the record selected, Esc returns to where the
// mentor was, and the results follow changes.

#include "MainWindow.h"
#include "TemporaryWorkspace.h"
#include "UiTestHelpers.h"
#include "agreements/AgreementsArea.h"
#include "calendar/CalendarPage.h"
#include "calendar/SessionEditorDialog.h"
#include "clients/ClientService.h"
#include "clients/ClientsPage.h"
#include "pipeline/DashboardPage.h"
#include "pipeline/EngagementPage.h"
#include "pipeline/EngagementService.h"
#include "pipeline/NeedListModel.h"
#include "pipeline/NeedsTab.h"
#include "pipeline/PipelineArea.h"
#include "scheduling/SchedulingService.h"
#include "search/SearchResultsPage.h"
#include "settings/Settings.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace md;
using namespace md::test;

namespace {

struct Fixture {
    QTemporaryDir settingsDir;
    TemporaryWorkspace tw;
    Settings settings{settingsDir.filePath(QStringLiteral("settings.ini"))};
    MainWindow window{settings};
    QLineEdit* field = nullptr;
    SearchResultsPage* results = nullptr;
    qint64 clientId = 0;
    qint64 engagementId = 0;
    qint64 needId = 0;
    qint64 sessionId = 0;
    bool otherNeedAdded = false;

    Fixture() {
        if (!tw.isValid())
            return;
        field = child<QLineEdit>(&window, "searchLineEdit");
        results = window.findChild<SearchResultsPage*>();
        tw.clock().set(QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC));
        Client client;
        client.fullName = QStringLiteral("Amara Nwosu");
        client.aspirations = QStringLiteral("Move to product management");
        clientId = tw->clients().add(client)->id;
        Engagement e;
        e.clientId = clientId;
        e.title = QStringLiteral("Promotion case");
        e.startDate = tw.clock().today();
        engagementId = tw->engagements().addEngagement(e)->id;
        Need need;
        need.engagementId = engagementId;
        need.description = QStringLiteral("Negotiation skills");
        needId = tw->engagements().addNeed(need)->id;
        Need other;
        other.engagementId = engagementId;
        other.description = QStringLiteral("Visibility with senior leaders");
        otherNeedAdded = tw->engagements().addNeed(other).ok();
        Session session;
        session.engagementId = engagementId;
        session.start = QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC);
        session.shareableNotes = QStringLiteral("Agreed on the portfolio review next month");
        sessionId = tw->scheduling().addSession(session)->id;
        window.resize(1024, 700);
        window.show();
        window.activateWindow();
        windowActive = QTest::qWaitForWindowActive(&window);
        window.showWorkspace(&tw.workspace());
    }
    bool windowActive = false;
    bool isValid() const {
        return tw.isValid() && field && results && clientId > 0 && needId > 0 && sessionId > 0 &&
               otherNeedAdded && windowActive;
    }
    void search(const QString& text) {
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QTest::keyClicks(field, text);
    }
    // "Sessions (1)", … as shown.
    QStringList groups() const {
        QStringList out;
        auto* model = results->view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            out.append(model->index(row, 0).data().toString());
        return out;
    }
};

} // namespace

class TestSearchUi final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void typingShowsResultsGroupedByKind();
    void enterOpensASessionNoteInTheCalendar();
    void arrowKeysChooseANeedAndEnterOpensItsTab();
    void escReturnsToWhereTheMentorWas();
    void ctrlFOnAnAreaWithoutAFilterSearches();
    void resultsFollowChanges();
    void lockingEmptiesAndDisablesTheSearch();
};

void TestSearchUi::typingShowsResultsGroupedByKind() {
    Fixture f;
    QVERIFY(f.isValid());
    QVERIFY(!f.window.isShowingOverlay());
    f.search(QStringLiteral("pro"));
    QTRY_VERIFY(f.field->hasFocus());
    QVERIFY(f.window.isShowingOverlay());
    QVERIFY(f.results->isVisible());
    // "product" in the profile, "Promotion case", nothing else.
    QCOMPARE(f.groups(),
             (QStringList{QStringLiteral("Clients (1)"), QStringLiteral("Engagements (1)")}));
    QCOMPARE(f.results->hits().size(), 2);
    f.field->clear();
    QVERIFY(!f.window.isShowingOverlay());
    f.search(QStringLiteral("zzzz"));
    QVERIFY(f.window.isShowingOverlay());
    QVERIFY(f.groups().isEmpty());
    QVERIFY(child<QLabel>(f.results, "searchResultsHeadingLabel")
                ->text()
                .contains(QStringLiteral("Nothing matches")));
}

void TestSearchUi::enterOpensASessionNoteInTheCalendar() {
    Fixture f;
    QVERIFY(f.isValid());
    f.search(QStringLiteral("portfolio rev"));
    QCOMPARE(f.groups(), QStringList{QStringLiteral("Sessions (1)")});
    // The snippet marks the words.
    const QModelIndex hit =
        f.results->view()->model()->index(0, 0, f.results->view()->model()->index(0, 0));
    QVERIFY2(hit.data(SearchResultsPage::HtmlRole)
                 .toString()
                 .contains(QStringLiteral("<b>portfolio</b> <b>review</b>")),
             qPrintable(hit.data(SearchResultsPage::HtmlRole).toString()));
    QTest::keyClick(f.field, Qt::Key_Return);
    auto* calendar = f.window.findChild<CalendarPage*>();
    QCOMPARE(f.window.currentArea(), calendar);
    SessionEditorDialog* editor = nullptr;
    QTRY_VERIFY((editor = f.window.findChild<SessionEditorDialog*>()) && editor->isVisible());
    QCOMPARE(editor->original().id, f.sessionId);
    QVERIFY(f.field->text().isEmpty());
    editor->reject();
}

void TestSearchUi::arrowKeysChooseANeedAndEnterOpensItsTab() {
    Fixture f;
    QVERIFY(f.isValid());
    // "Negotiation skills" and "Visibility with senior leaders" are needs;
    // the client's page mentions neither.
    f.search(QStringLiteral("s"));
    f.field->clear();
    f.search(QStringLiteral("negotiation"));
    QCOMPARE(f.groups(), QStringList{QStringLiteral("Needs (1)")});
    QTest::keyClick(f.field, Qt::Key_Down);
    QTest::keyClick(f.field, Qt::Key_Up);
    QTest::keyClick(f.field, Qt::Key_Return);
    auto* pipeline = f.window.findChild<PipelineArea*>();
    QCOMPARE(f.window.currentArea(), pipeline);
    EngagementPage* page = pipeline->engagementPage();
    QCOMPARE(page->engagementId(), f.engagementId);
    QCOMPARE(page->tabs()->currentWidget(), page->needsTab());
    auto* needs = child<QTableView>(page->needsTab(), "needsTableView");
    const int row = needs->currentIndex().row();
    QCOMPARE(page->needsTab()->model()->rowOf(f.needId), row);
}

void TestSearchUi::escReturnsToWhereTheMentorWas() {
    Fixture f;
    QVERIFY(f.isValid());
    auto* agreements = f.window.findChild<AgreementsArea*>();
    f.window.setCurrentArea(agreements);
    auto* filter = agreements->findChild<QLineEdit*>();
    QVERIFY(filter);
    agreements->focusFilter();
    QTRY_VERIFY(filter->hasFocus());
    f.search(QStringLiteral("amara"));
    QVERIFY(f.window.isShowingOverlay());
    QCOMPARE(f.window.currentArea(), nullptr);
    QTest::keyClick(f.field, Qt::Key_Escape);
    QVERIFY(!f.window.isShowingOverlay());
    QCOMPARE(f.window.currentArea(), agreements);
    QVERIFY(f.field->text().isEmpty());
    QTRY_VERIFY(filter->hasFocus());
    // A click on the sidebar also returns.
    f.search(QStringLiteral("amara"));
    QVERIFY(f.window.isShowingOverlay());
    auto* list = child<QListWidget>(&f.window, "areaListWidget");
    const QRect first = list->visualItemRect(list->item(0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, first.center());
    QCOMPARE(f.window.currentArea(), f.window.clientsPage());
}

void TestSearchUi::ctrlFOnAnAreaWithoutAFilterSearches() {
    Fixture f;
    QVERIFY(f.isValid());
    f.window.setCurrentArea(f.window.findChild<DashboardPage*>());
    child<QAction>(&f.window, "findAction")->trigger();
    QTRY_VERIFY(f.field->hasFocus());
    // Where the area has a filter, Find goes there.
    f.window.setCurrentArea(f.window.clientsPage());
    child<QAction>(&f.window, "findAction")->trigger();
    QVERIFY(!f.field->hasFocus());
}

void TestSearchUi::resultsFollowChanges() {
    Fixture f;
    QVERIFY(f.isValid());
    f.search(QStringLiteral("nwosu"));
    QCOMPARE(f.results->hits().size(), 1);
    Client sister;
    sister.fullName = QStringLiteral("Ifeoma Nwosu");
    QVERIFY(f.tw->clients().add(sister));
    QCOMPARE(f.results->hits().size(), 2);
    QCOMPARE(f.groups(), QStringList{QStringLiteral("Clients (2)")});
    // Enter opens the first: the newer client, in the Clients area.
    QTest::keyClick(f.field, Qt::Key_Return);
    QCOMPARE(f.window.currentArea(), f.window.clientsPage());
    QCOMPARE(child<QLineEdit>(f.window.clientsPage(), "fullNameLineEdit")->text(),
             QStringLiteral("Ifeoma Nwosu"));
}

void TestSearchUi::lockingEmptiesAndDisablesTheSearch() {
    Fixture f;
    QVERIFY(f.isValid());
    f.search(QStringLiteral("amara"));
    QVERIFY(f.window.isShowingOverlay());
    f.window.showLocked(LockedPage::Mode::Locked, f.tw.directory());
    QVERIFY(!f.field->isEnabled());
    QVERIFY(f.field->text().isEmpty());
    QVERIFY(f.results->hits().isEmpty());
    QVERIFY(!child<QAction>(&f.window, "searchAction")->isEnabled());
    f.window.showWorkspace(&f.tw.workspace());
    QVERIFY(f.field->isEnabled());
}

QTEST_MAIN(TestSearchUi)
#include "tst_search_ui.moc"
