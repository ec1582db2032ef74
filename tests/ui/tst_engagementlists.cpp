// The engagement page's lists at the sizes of small laptops (1024×700 and
// 1366×800), in the real window, with an engagement as a mentor fills it in
// (needs and goals with long texts, actions with due dates, people and
// overdue ones, progress and evaluations): no list on any tab scrolls
// sideways, texts never wrap, and the short columns (dates, statuses,
// percentages, the SMART letters) show every text whole; only the main text
// of a row is cut short. The price list beside them: nothing wraps, and
// only an entry's name may be cut short.

#include "MainWindow.h"
#include "TemporaryWorkspace.h"
#include "UiTestHelpers.h"
#include "billing/BillingArea.h"
#include "billing/BillingService.h"
#include "billing/OfferingListModel.h"
#include "billing/PriceListWidget.h"
#include "clients/ClientService.h"
#include "pipeline/ActionListModel.h"
#include "pipeline/ActionsTab.h"
#include "pipeline/EngagementPage.h"
#include "pipeline/EngagementService.h"
#include "pipeline/GoalListModel.h"
#include "pipeline/NeedListModel.h"
#include "pipeline/PipelineArea.h"
#include "settings/Settings.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace md;
using md::test::child;

namespace {

void settle() {
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

// What each list of the stage tabs is read by: its main text, which alone
// may be cut short, and its short columns, which never are.
struct ListColumns {
    const char* view;
    int mainColumn;
    QList<int> shortColumns;
};

const QList<ListColumns>& stageLists() {
    static const QList<ListColumns> lists{
        {"needsTableView",
         NeedListModel::DescriptionColumn,
         {NeedListModel::CategoryColumn, NeedListModel::PriorityColumn}},
        {"goalsTableView",
         GoalListModel::GoalColumn,
         {GoalListModel::SmartColumn, GoalListModel::ProgressColumn, GoalListModel::DueColumn,
          GoalListModel::EvaluationColumn}},
        {"actionsTableView",
         ActionListModel::ActionColumn,
         {ActionListModel::DueColumn, ActionListModel::StatusColumn}},
        {"evaluationGoalsTableView",
         GoalListModel::GoalColumn,
         {GoalListModel::ProgressColumn, GoalListModel::EvaluationColumn}},
    };
    return lists;
}

} // namespace

class TestEngagementLists final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void noListScrollsSideways_data();
    void noListScrollsSideways();
    void priceListTextsDoNotWrap_data() { noListScrollsSideways_data(); }
    void priceListTextsDoNotWrap();

private:
    QString seed();

    std::unique_ptr<test::TemporaryWorkspace> m_tw;
    qint64 m_engagementId = 0;
};

void TestEngagementLists::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    setDefaultKdfStrength(KdfStrength::Fast);
    m_tw = std::make_unique<test::TemporaryWorkspace>();
    QVERIFY2(m_tw->isValid(), qPrintable(m_tw->error()));
    const QString error = seed();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

// An engagement in its evaluation, as a mentor fills it in (the clock says
// 2 March 2026: the first action is overdue). Empty on success.
QString TestEngagementLists::seed() {
    Client client;
    client.fullName = QStringLiteral("Amara Nwosu-Fitzgerald");
    client.strengths = QStringLiteral("Calm under pressure\nClear writer\nTrusted by her team");
    client.weaknesses = QStringLiteral("Avoids conflict\nUndersells her own work");
    auto addedClient = m_tw->workspace().clients().add(client);
    if (!addedClient)
        return addedClient.message();
    EngagementService& pipeline = m_tw->workspace().engagements();
    Engagement e;
    e.clientId = addedClient->id;
    e.title = QStringLiteral("From team lead to head of platform engineering");
    e.startDate = QDate(2026, 1, 12);
    auto engagement = pipeline.addEngagement(e);
    if (!engagement)
        return engagement.message();
    m_engagementId = engagement->id;

    QList<qint64> needIds;
    const QList<std::pair<QString, NeedCategory>> needs{
        {QStringLiteral("Be heard in senior leadership meetings without preparing for days"),
         NeedCategory::Leadership},
        {QStringLiteral("Move from running one team to running a department of four teams"),
         NeedCategory::Promotion},
        {QStringLiteral("Negotiate a salary that matches the new responsibility"),
         NeedCategory::CareerMove},
        {QStringLiteral("Learn budgeting and headcount planning"), NeedCategory::SkillGap},
    };
    for (const auto& [description, category] : needs) {
        Need need;
        need.engagementId = m_engagementId;
        need.description = description;
        need.category = category;
        need.priority = needIds.size() % 2 ? NeedPriority::Medium : NeedPriority::High;
        need.strengthRefs = {QStringLiteral("Calm under pressure"),
                             QStringLiteral("Trusted by her team")};
        need.weaknessRefs = {QStringLiteral("Undersells her own work")};
        auto added = pipeline.addNeed(need);
        if (!added)
            return added.message();
        needIds << added->id;
    }

    const QStringList specifics{
        QStringLiteral("Present the platform roadmap to the leadership group every quarter "
                       "and answer their questions without notes"),
        QStringLiteral("Hold a first one-to-one with each of the eleven engineers of the "
                       "two teams she is about to take over"),
        QStringLiteral("Agree a written salary range for the head-of role with HR before the "
                       "promotion round closes"),
        QStringLiteral("Build next year's budget for the department with the finance partner"),
    };
    QList<qint64> goalIds;
    for (int i = 0; i < specifics.size(); ++i) {
        SmartGoal goal;
        goal.engagementId = m_engagementId;
        goal.specific = specifics.at(i);
        goal.metric = QStringLiteral("Sessions held");
        goal.unit = QStringLiteral("sessions");
        goal.baseline = 0;
        goal.target = i == 1 ? 11 : 4;
        goal.attainable = i == 3 ? QString() : QStringLiteral("Her manager offered the slots");
        goal.needIds = {needIds.at(i)};
        goal.dueDate = QDate(2026, 6 + i, 28);
        auto added = pipeline.addGoal(goal);
        if (!added)
            return added.message();
        goalIds << added->id;
    }
    for (double value : {1.0, 2.0, 4.0}) {
        ProgressEntry entry;
        entry.goalId = goalIds.at(0);
        entry.date = QDate(2026, 2, int(value) * 5);
        entry.value = value;
        if (auto added = pipeline.addProgress(entry); !added)
            return added.message();
    }
    ProgressEntry partway;
    partway.goalId = goalIds.at(1);
    partway.date = QDate(2026, 2, 20);
    partway.value = 7;
    if (auto added = pipeline.addProgress(partway); !added)
        return added.message();

    struct Seeded {
        int goal;
        const char* description;
        QDate due;
        ActionStatus status;
        QStringList people;
    };
    const QList<Seeded> actions{
        {0,
         "Ask the CTO for ten minutes at the next leadership offsite",
         QDate(2026, 2, 20),
         ActionStatus::Todo,
         {QStringLiteral("Dr. Henrike Vollmer-Steinbach (CTO)")}},
        {0,
         "Rehearse the roadmap talk with a peer from product",
         QDate(2026, 3, 18),
         ActionStatus::Doing,
         {QStringLiteral("Jonas"), QStringLiteral("Priya Raghunathan")}},
        {1,
         "Book the one-to-ones with every engineer of both teams",
         QDate(2026, 3, 6),
         ActionStatus::Done,
         {}},
        {2,
         "Collect salary benchmarks from two recruiters and the HR partner",
         QDate(2026, 4, 30),
         ActionStatus::Todo,
         {QStringLiteral("Recruiter at Hays"), QStringLiteral("HR business partner")}},
        {2, "Write down the lowest offer she will accept", QDate(), ActionStatus::Dropped, {}},
        {3,
         "Go through last year's budget line by line with finance",
         QDate(2026, 12, 28),
         ActionStatus::Todo,
         {QStringLiteral("Finance partner for engineering")}},
    };
    for (const Seeded& seeded : actions) {
        Action action;
        action.goalId = goalIds.at(seeded.goal);
        action.description = QString::fromUtf8(seeded.description);
        action.dueDate = seeded.due;
        action.status = seeded.status;
        action.people = seeded.people;
        if (auto added = pipeline.addAction(action); !added)
            return added.message();
    }

    Evaluation achieved;
    achieved.goalId = goalIds.at(0);
    achieved.outcome = EvaluationOutcome::Achieved;
    achieved.finalValue = 4;
    Evaluation notAchieved;
    notAchieved.goalId = goalIds.at(2);
    notAchieved.outcome = EvaluationOutcome::NotAchieved;
    Evaluation partly;
    partly.goalId = goalIds.at(1);
    partly.outcome = EvaluationOutcome::Partly;
    partly.finalValue = 8;
    for (const Evaluation& evaluation : {achieved, notAchieved, partly}) {
        if (auto saved = pipeline.saveEvaluation(evaluation); !saved)
            return saved.message();
    }

    // A price list with every kind of entry.
    BillingService& billing = m_tw->workspace().billing();
    const QList<std::tuple<OfferingKind, const char*, int, int>> offerings{
        {OfferingKind::Package, "Package of 10 sessions", 10, 12},
        {OfferingKind::Retainer, "Monthly check-in retainer", 1, 0},
        {OfferingKind::SingleSession, "Mentoring session (60 min)", 1, 0},
    };
    for (const auto& [kind, name, sessions, months] : offerings) {
        Offering offering;
        offering.kind = kind;
        offering.name = QString::fromUtf8(name);
        offering.price = Money(129000, QStringLiteral("EUR"));
        offering.taxRateBasisPoints = 1900;
        offering.sessionCount = sessions;
        offering.validityMonths = months;
        if (auto added = billing.addOffering(offering); !added)
            return added.message();
    }
    return {};
}

void TestEngagementLists::noListScrollsSideways_data() {
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024x700") << QSize(1024, 700);
    QTest::newRow("1366x800") << QSize(1366, 800);
}

void TestEngagementLists::noListScrollsSideways() {
    QFETCH(QSize, size);
    QTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    window.resize(size);
    window.show();
    window.showWorkspace(&m_tw->workspace());
    settle();
    auto* pipeline = window.findChild<PipelineArea*>();
    QVERIFY(pipeline);
    window.setCurrentArea(pipeline);
    pipeline->openEngagement(m_engagementId);
    settle();
    EngagementPage* page = pipeline->engagementPage();
    QVERIFY(page->isVisible());
    // The page fits the screen: a long client name and title do not make
    // the window wider than asked.
    QVERIFY2(window.width() <= size.width(),
             qPrintable(QStringLiteral("the window is %1 px wide").arg(window.width())));
    QTabWidget* tabs = page->tabs();

    int listsChecked = 0;
    bool needsChecked = false;
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        settle();
        const QString tabName = tabs->tabText(tab);
        for (QTableView* view : tabs->widget(tab)->findChildren<QTableView*>()) {
            if (!view->isVisible())
                continue;
            const QString where = tabName + QLatin1Char('/') + view->objectName();
            QHeaderView* header = view->horizontalHeader();
            int columnsWidth = 0;
            for (int column = 0; column < header->count(); ++column)
                columnsWidth += header->isSectionHidden(column) ? 0 : header->sectionSize(column);
            QVERIFY2(!view->horizontalScrollBar()->isVisible() &&
                         columnsWidth <= view->viewport()->width(),
                     qPrintable(QStringLiteral("%1 scrolls sideways: %2 px of columns in %3 px")
                                    .arg(where)
                                    .arg(columnsWidth)
                                    .arg(view->viewport()->width())));
            ++listsChecked;
        }
        // The goal editor's checklist of needs ("Relevant to") too.
        for (QListWidget* list : tabs->widget(tab)->findChildren<QListWidget*>()) {
            if (!list->isVisible())
                continue;
            QVERIFY2(!list->horizontalScrollBar()->isVisible(),
                     qPrintable(tabName + QLatin1Char('/') + list->objectName() +
                                QStringLiteral(" scrolls sideways")));
            // Not merely hidden: every item lies within the list's width.
            if (list->objectName() == QLatin1String("goalNeedsListWidget")) {
                QVERIFY(list->count() > 0);
                needsChecked = true;
            }
            for (int row = 0; row < list->count(); ++row) {
                const QRect rect = list->visualItemRect(list->item(row));
                QVERIFY2(rect.right() < list->viewport()->width(),
                         qPrintable(QStringLiteral("%1/%2: item %3 is %4 px wide in %5 px")
                                        .arg(tabName, list->objectName())
                                        .arg(row)
                                        .arg(rect.width())
                                        .arg(list->viewport()->width())));
            }
        }
    }

    // The stage tabs' lists: the main text keeps room to be read, and every
    // short text shown is whole, on one line.
    for (const ListColumns& list : stageLists()) {
        auto* view = child<QTableView>(page, list.view);
        QVERIFY2(view, list.view);
        QVERIFY2(view->model()->rowCount() >= 3, list.view);
        QVERIFY2(!view->wordWrap(), list.view);
        QHeaderView* header = view->horizontalHeader();
        QVERIFY(!header->isSectionHidden(list.mainColumn));
        QVERIFY2(header->sectionSize(list.mainColumn) >=
                     view->fontMetrics().averageCharWidth() * 10,
                 qPrintable(QStringLiteral("%1: the main text in %2 px")
                                .arg(QLatin1String(list.view))
                                .arg(header->sectionSize(list.mainColumn))));
        const QFontMetrics metrics(view->font());
        int shortShown = 0;
        for (int column : list.shortColumns) {
            if (header->isSectionHidden(column))
                continue;
            ++shortShown;
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                const QString text = view->model()->index(row, column).data().toString();
                QVERIFY2(metrics.horizontalAdvance(text) + 8 <= header->sectionSize(column),
                         qPrintable(QStringLiteral("%1: '%2' in %3 px")
                                        .arg(QLatin1String(list.view), text)
                                        .arg(header->sectionSize(column))));
            }
        }
        // Not everything hidden to make it fit.
        QVERIFY2(shortShown >= 1, list.view);
    }
    QVERIFY(listsChecked >= 4);
    QVERIFY(needsChecked);

    // The keys still move through the rows where the first column is hidden
    // (the actions' goal at 1024 px), and the editor follows.
    tabs->setCurrentWidget(page->actionsTab());
    settle();
    auto* actions = child<QTableView>(page, "actionsTableView");
    auto* description = child<QLineEdit>(page, "actionDescriptionLineEdit");
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    actions->setFocus();
    actions->selectRow(0);
    settle();
    const QString first =
        actions->model()->index(0, ActionListModel::ActionColumn).data().toString();
    QCOMPARE(description->text(), first);
    QTest::keyClick(actions, Qt::Key_Down);
    settle();
    QCOMPARE(actions->currentIndex().row(), 1);
    QCOMPARE(description->text(),
             actions->model()->index(1, ActionListModel::ActionColumn).data().toString());
    QTest::keyClick(actions, Qt::Key_Up);
    settle();
    QCOMPARE(description->text(), first);
}

void TestEngagementLists::priceListTextsDoNotWrap() {
    QFETCH(QSize, size);
    QTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    window.resize(size);
    window.show();
    window.showWorkspace(&m_tw->workspace());
    settle();
    auto* billing = window.findChild<BillingArea*>();
    QVERIFY(billing);
    window.setCurrentArea(billing);
    auto* tabs = billing->findChild<QTabWidget*>();
    QVERIFY(tabs);
    tabs->setCurrentWidget(billing->priceList());
    settle();
    auto* view = child<QTableView>(billing, "priceListTableView");
    QTRY_COMPARE(view->model()->rowCount(), 3);
    settle();
    QVERIFY(!view->wordWrap());
    QVERIFY(!view->horizontalScrollBar()->isVisible());
    // Every text but the name whole on one line ("Monthly retainer" and
    // "10 session(s), valid 12 months" wrapped before).
    const QFontMetrics metrics(view->font());
    // The cell's own margins, within which a view cuts a text short.
    const int margins = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
    QHeaderView* header = view->horizontalHeader();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        for (int column = 0; column < header->count(); ++column) {
            if (column == OfferingListModel::NameColumn)
                continue;
            const QString text = view->model()->index(row, column).data().toString();
            QVERIFY2(
                metrics.horizontalAdvance(text) + margins <= header->sectionSize(column),
                qPrintable(
                    QStringLiteral("'%1' in %2 px").arg(text).arg(header->sectionSize(column))));
        }
    }
}

QTEST_MAIN(TestEngagementLists)
#include "tst_engagementlists.moc"
