// The window at the sizes of small laptops (1024×700 and 1366×800), with
// invented demo data: the pipeline shows every stage without scrolling
// sideways, the agreement list fits beside its preview, the agreement
// preview is wide enough to read, invoice statuses fit their column, the
// client form is not squeezed, lists show typical names whole, the sidebar
// can give its room to the page (remembered on this computer), and every
// main action has an icon even on a desktop without an icon theme.

#include "MainWindow.h"
#include "TemporaryWorkspace.h"
#include "UiTestHelpers.h"
#include "agreements/AgreementDetailsPanel.h"
#include "agreements/AgreementListModel.h"
#include "agreements/AgreementsArea.h"
#include "billing/BillingArea.h"
#include "billing/BillingReportModels.h"
#include "billing/BillingReportsWidget.h"
#include "billing/InvoiceListModel.h"
#include "clients/ClientListModel.h"
#include "clients/ClientsPage.h"
#include "demo/DemoGenerator.h"
#include "pipeline/BoardColumnView.h"
#include "pipeline/DashboardPage.h"
#include "pipeline/EngagementBoardModel.h"
#include "pipeline/EngagementCardDelegate.h"
#include "pipeline/PipelineArea.h"
#include "pipeline/PipelineBoard.h"
#include "settings/Settings.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFontMetrics>
#include <QHeaderView>
#include <QImage>
#include <QListWidget>
#include <QMenuBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace md;
using md::test::child;

namespace {

void settle() {
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

// One demo workspace for the whole test (generating it is the slow part).
struct Demo {
    test::TemporaryWorkspace tw;
    QString error;
    Demo() {
        if (!tw.isValid()) {
            error = tw.error();
            return;
        }
        DemoSize size;
        size.clients = 12;
        size.sessions = 240;
        size.invoices = 30;
        if (const Result<DemoReport> demo = generateDemo(tw.workspace(), size); !demo)
            error = demo.message();
    }
};

struct Window {
    QTemporaryDir settingsDir;
    Settings settings{settingsDir.filePath(QStringLiteral("settings.ini"))};
    MainWindow window{settings};

    Window(Workspace& workspace, const QSize& size) {
        window.resize(size);
        window.show();
        window.showWorkspace(&workspace);
        settle();
    }
};

} // namespace

class TestWindowLayout final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void boardShowsEveryStageWithoutScrollingSideways_data() { sizes(); }
    void boardShowsEveryStageWithoutScrollingSideways();
    void agreementPreviewIsReadable_data() { sizes(); }
    void agreementPreviewIsReadable();
    void agreementListFitsBesideThePreview_data() { sizes(); }
    void agreementListFitsBesideThePreview();
    void invoiceStatusFitsItsColumn_data() { sizes(); }
    void invoiceStatusFitsItsColumn();
    void billingReportsShowAmountsWhole_data() { sizes(); }
    void billingReportsShowAmountsWhole();
    void clientFormIsNotSqueezed_data() { sizes(); }
    void clientFormIsNotSqueezed();
    void sidebarCollapsesToIconsAndRemembersIt();
    void everyMainActionHasAnIcon();

private:
    static void sizes() {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1024x700") << QSize(1024, 700);
        QTest::newRow("1366x800") << QSize(1366, 800);
    }
    std::unique_ptr<Demo> m_demo;
};

void TestWindowLayout::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    setDefaultKdfStrength(KdfStrength::Fast);
    m_demo = std::make_unique<Demo>();
    QVERIFY2(m_demo->error.isEmpty(), qPrintable(m_demo->error));
}

void TestWindowLayout::boardShowsEveryStageWithoutScrollingSideways() {
    QFETCH(QSize, size);
    Window w(m_demo->tw.workspace(), size);
    auto* pipeline = w.window.findChild<PipelineArea*>();
    QVERIFY(pipeline);
    w.window.setCurrentArea(pipeline);
    settle();
    PipelineBoard* board = pipeline->board();
    QVERIFY(board->isVisible());
    QVERIFY(board->model()->rowCount() > 0);
    auto* scroll = child<QScrollArea>(board, "boardScrollArea");
    QVERIFY(scroll);
    QVERIFY2(!scroll->horizontalScrollBar()->isVisible(),
             qPrintable(QStringLiteral("the board scrolls sideways: %1 px of content in %2 px")
                            .arg(scroll->widget()->width())
                            .arg(scroll->viewport()->width())));
    // Every column on screen, each wide enough for a card, their tops in
    // line even where a heading wraps ("Profile & agreement (3)").
    const QRect visible = scroll->viewport()->rect();
    const int top = board->column(PipelineBoard::columnStates().constLast())
                        ->mapTo(scroll->viewport(), QPoint(0, 0))
                        .y();
    for (PipelineState state : PipelineBoard::columnStates()) {
        BoardColumnView* column = board->column(state);
        QVERIFY(column);
        const QRect inViewport(column->mapTo(scroll->viewport(), QPoint(0, 0)), column->size());
        QVERIFY2(visible.contains(inViewport), qPrintable(keyOf(state)));
        QCOMPARE(inViewport.top(), top);
        QVERIFY(column->width() >= EngagementCardDelegate::kMinimumWidth);
        QVERIFY(!column->horizontalScrollBar()->isVisible());
    }
}

void TestWindowLayout::agreementPreviewIsReadable() {
    QFETCH(QSize, size);
    Window w(m_demo->tw.workspace(), size);
    auto* area = w.window.findChild<AgreementsArea*>();
    QVERIFY(area);
    w.window.setCurrentArea(area);
    settle();
    auto* view = child<QTableView>(area, "agreementTableView");
    QVERIFY(view->model()->rowCount() > 0);
    view->selectRow(0);
    settle();
    auto* text = child<QTextBrowser>(area, "agreementTextBrowser");
    QVERIFY(!text->toPlainText().isEmpty());
    // Forty characters of the agreement's font on a line at least.
    QVERIFY2(text->width() >= AgreementDetailsPanel::readableWidth() - 2,
             qPrintable(QStringLiteral("%1 px").arg(text->width())));
    QVERIFY2(text->width() * 3 >= area->width(),
             qPrintable(QStringLiteral("%1 of %2 px").arg(text->width()).arg(area->width())));
    QVERIFY(text->height() >= 200);
}

void TestWindowLayout::agreementListFitsBesideThePreview() {
    QFETCH(QSize, size);
    Window w(m_demo->tw.workspace(), size);
    auto* area = w.window.findChild<AgreementsArea*>();
    QVERIFY(area);
    w.window.setCurrentArea(area);
    settle();
    auto* view = child<QTableView>(area, "agreementTableView");
    QVERIFY(view->model()->rowCount() > 0);
    view->selectRow(0);
    settle();
    QHeaderView* header = view->horizontalHeader();
    int columnsWidth = 0;
    for (int column = 0; column < header->count(); ++column)
        columnsWidth += header->isSectionHidden(column) ? 0 : header->sectionSize(column);
    QVERIFY2(!view->horizontalScrollBar()->isVisible(),
             qPrintable(QStringLiteral("the list scrolls sideways: %1 px of columns in %2 px")
                            .arg(columnsWidth)
                            .arg(view->viewport()->width())));
    // The columns that say which agreement it is and where it stands stay.
    for (int column : {AgreementListModel::NumberColumn, AgreementListModel::ClientColumn,
                       AgreementListModel::TitleColumn, AgreementListModel::StateColumn})
        QVERIFY2(!header->isSectionHidden(column), qPrintable(QString::number(column)));
    QVERIFY(header->sectionSize(AgreementListModel::TitleColumn) >=
            view->fontMetrics().averageCharWidth() * 10);
    // Every text but the title fits its column on one line: none is cut
    // short, none wraps.
    const QFontMetrics metrics(view->font());
    QVERIFY(!view->wordWrap());
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        for (int column = 0; column < header->count(); ++column) {
            if (column == AgreementListModel::TitleColumn || header->isSectionHidden(column))
                continue;
            const QModelIndex index = view->model()->index(row, column);
            const QString text = index.data().toString();
            QVERIFY2(
                metrics.horizontalAdvance(text) + 8 <= header->sectionSize(column),
                qPrintable(
                    QStringLiteral("'%1' in %2 px").arg(text).arg(header->sectionSize(column))));
        }
    }
}

void TestWindowLayout::invoiceStatusFitsItsColumn() {
    QFETCH(QSize, size);
    Window w(m_demo->tw.workspace(), size);
    auto* billing = w.window.findChild<BillingArea*>();
    QVERIFY(billing);
    w.window.setCurrentArea(billing);
    settle();
    auto* view = child<QTableView>(billing, "invoiceTableView");
    QTRY_VERIFY(view->model()->rowCount() > 0);
    QVERIFY(!view->wordWrap());
    QVERIFY(!view->horizontalScrollBar()->isVisible());
    // Every status whole on one line: the ones listed, and every one the
    // column can show ("Overdue (18 days)" among them).
    const int width = view->horizontalHeader()->sectionSize(InvoiceListModel::StatusColumn);
    const QFontMetrics metrics(view->font());
    QStringList statuses = InvoiceListModel::statusTexts();
    for (int row = 0; row < view->model()->rowCount(); ++row)
        statuses << view->model()->index(row, InvoiceListModel::StatusColumn).data().toString();
    QVERIFY(std::any_of(statuses.cbegin(), statuses.cend(), [](const QString& status) {
        return status.startsWith(QStringLiteral("Overdue ("));
    }));
    for (const QString& status : std::as_const(statuses))
        QVERIFY2(metrics.horizontalAdvance(status) + 8 <= width,
                 qPrintable(QStringLiteral("'%1' in %2 px").arg(status).arg(width)));
    // And every number whole, a credit note's "2026-0007 (credit note)" too.
    const int numberWidth = view->horizontalHeader()->sectionSize(InvoiceListModel::NumberColumn);
    QStringList numbers = InvoiceListModel::numberTexts();
    for (int row = 0; row < view->model()->rowCount(); ++row)
        numbers << view->model()->index(row, InvoiceListModel::NumberColumn).data().toString();
    for (const QString& number : std::as_const(numbers))
        QVERIFY2(metrics.horizontalAdvance(number) + 8 <= numberWidth,
                 qPrintable(QStringLiteral("'%1' in %2 px").arg(number).arg(numberWidth)));
}

void TestWindowLayout::billingReportsShowAmountsWhole() {
    QFETCH(QSize, size);
    Window w(m_demo->tw.workspace(), size);
    auto* billing = w.window.findChild<BillingArea*>();
    QVERIFY(billing);
    w.window.setCurrentArea(billing);
    auto* reports = billing->findChild<BillingReportsWidget*>();
    QVERIFY(reports);
    auto* tabs = qobject_cast<QTabWidget*>(reports->parentWidget()->parentWidget());
    QVERIFY(tabs);
    tabs->setCurrentWidget(reports);
    settle();
    QTRY_VERIFY(reports->ageingModel()->rowCount() > 0);
    QVERIFY(w.window.width() <= size.width());
    // QTableView hides the measure its base class offers.
    const auto textWidth = [](const QAbstractItemView* view, int column) {
        return view->sizeHintForColumn(column);
    };
    for (QTableView* view : {reports->revenueView(), reports->ageingView()}) {
        settle();
        QVERIFY2(!view->horizontalScrollBar()->isVisible(), qPrintable(view->objectName()));
        // Every amount whole: each column at least as wide as its widest text.
        const QHeaderView* header = view->horizontalHeader();
        for (int column = 0; column < header->count(); ++column) {
            if (header->isSectionHidden(column) ||
                header->sectionResizeMode(column) == QHeaderView::Stretch)
                continue;
            QVERIFY2(header->sectionSize(column) >= textWidth(view, column),
                     qPrintable(QStringLiteral("%1: column %2 is %3 px for %4 px of text")
                                    .arg(view->objectName())
                                    .arg(column)
                                    .arg(header->sectionSize(column))
                                    .arg(textWidth(view, column))));
        }
    }
}

void TestWindowLayout::clientFormIsNotSqueezed() {
    QFETCH(QSize, size);
    Window w(m_demo->tw.workspace(), size);
    ClientsPage* clients = w.window.clientsPage();
    w.window.setCurrentArea(clients);
    settle();
    auto* view = child<QTableView>(clients, "clientTableView");
    QVERIFY(view->model()->rowCount() > 0);
    const qint64 first = view->model()->index(0, 0).data(ClientListModel::IdRole).toLongLong();
    QVERIFY(clients->selectClient(first));
    settle();
    auto* form = child<QScrollArea>(clients, "scrollArea");
    QVERIFY(form && form->isVisible());
    // Most of the page's height is the form, not the panels under it.
    const int page = clients->height();
    QVERIFY2(form->viewport()->height() * 100 >= page * 55,
             qPrintable(QStringLiteral("the form shows %1 of %2 px")
                            .arg(form->viewport()->height())
                            .arg(page)));
    // The client's name is shown whole in the list.
    const QString name = view->model()->index(0, ClientListModel::NameColumn).data().toString();
    const int needed = view->fontMetrics().horizontalAdvance(name) + 12;
    QVERIFY2(view->columnWidth(ClientListModel::NameColumn) >= needed, qPrintable(name));
}

void TestWindowLayout::sidebarCollapsesToIconsAndRemembersIt() {
    QTemporaryDir settingsDir;
    const QString ini = settingsDir.filePath(QStringLiteral("settings.ini"));
    int wide = 0;
    {
        Settings settings(ini);
        MainWindow window(settings);
        window.resize(1024, 700);
        window.show();
        window.showWorkspace(&m_demo->tw.workspace());
        settle();
        auto* areas = child<QListWidget>(&window, "areaListWidget");
        auto* toggle = child<QAction>(&window, "compactSidebarAction");
        QVERIFY(areas && toggle);
        QVERIFY(!toggle->shortcut().isEmpty());
        QVERIFY(!toggle->isChecked());
        wide = areas->width();
        const QString title = areas->item(0)->text();
        QVERIFY(!title.isEmpty());
        const int pageBefore = window.currentArea()->width();

        toggle->trigger();
        settle();
        QVERIFY(window.isSidebarCollapsed());
        QVERIFY2(areas->width() <= areas->iconSize().width() + 32,
                 qPrintable(QStringLiteral("%1 px").arg(areas->width())));
        QVERIFY(areas->item(0)->text().isEmpty());
        QCOMPARE(areas->item(0)->toolTip(), title); // still named, on hover
        QVERIFY(!areas->item(0)->icon().isNull());
        QVERIFY(window.currentArea()->width() >= pageBefore + wide - areas->width() - 2);
        // The View menu still names every area.
        auto* show = child<QAction>(&window, "showArea1Action");
        QCOMPARE(show->text(), title);
    }
    {
        // A new window on this computer starts as the last one was left.
        Settings settings(ini);
        MainWindow window(settings);
        window.show();
        settle();
        auto* areas = child<QListWidget>(&window, "areaListWidget");
        QVERIFY(window.isSidebarCollapsed());
        QVERIFY(areas->width() < wide);
        child<QAction>(&window, "compactSidebarAction")->trigger();
        settle();
        QCOMPARE(areas->width(), wide);
        QVERIFY(!areas->item(0)->text().isEmpty());
        QVERIFY(!settings.value(Settings::Key::SidebarCollapsed).toBool());
    }
}

void TestWindowLayout::everyMainActionHasAnIcon() {
    // A desktop without an icon theme: every icon comes from the bundle.
    QIcon::setThemeName(QStringLiteral("no-such-theme"));
    Window w(m_demo->tw.workspace(), QSize(1024, 700));
    QStringList missing;
    for (const char* name :
         {"newClientAction", "importClientsAction", "exportWorkspaceAction", "openWorkspaceAction",
          "changePassphraseAction", "newRecoveryKeyAction", "backUpNowAction", "restoreAction",
          "lockAction", "quitAction", "findAction", "searchAction", "preferencesAction",
          "userGuideAction", "keyboardShortcutsAction", "aboutAction", "compactSidebarAction"}) {
        auto* action = child<QAction>(&w.window, name);
        if (!action || action->icon().isNull() || action->icon().pixmap(16).isNull())
            missing << QString::fromLatin1(name);
    }
    auto* agreements = w.window.findChild<AgreementsArea*>();
    for (const char* name : {"newAgreementAction", "printMenuAction", "printAction",
                             "savePdfAction", "signOnScreenAction", "exportForClientAction"}) {
        auto* action = child<QAction>(agreements, name);
        if (!action || action->icon().isNull() || action->icon().pixmap(16).isNull())
            missing << QString::fromLatin1(name);
    }
    for (const char* name :
         {"newClientButton", "newSessionButton", "newEngagementButton", "newInvoiceButton"}) {
        auto* button = child<QAbstractButton>(&w.window, name);
        if (!button || button->icon().isNull() || button->icon().pixmap(16).isNull())
            missing << QString::fromLatin1(name);
    }
    auto* areas = child<QListWidget>(&w.window, "areaListWidget");
    for (int row = 0; row < areas->count(); ++row) {
        if (areas->item(row)->icon().pixmap(20).isNull())
            missing << areas->item(row)->text();
    }
    // And every entry of the menus.
    for (QAction* menu : w.window.menuBar()->actions()) {
        for (QAction* action : menu->menu()->actions()) {
            if (!action->isSeparator() && action->icon().isNull() &&
                action->menuRole() != QAction::AboutQtRole)
                missing << action->text();
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));

    // The bundled drawings themselves: each one draws something.
    const QStringList bundled = QDir(QStringLiteral(":/icons/actions")).entryList();
    QVERIFY(bundled.size() >= 20);
    for (const QString& file : bundled) {
        const QImage image =
            QIcon(QStringLiteral(":/icons/actions/") + file).pixmap(24, 24).toImage();
        int drawn = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                drawn += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
        QVERIFY2(drawn > 20, qPrintable(file));
    }
}

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
