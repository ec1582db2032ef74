// Help › User Guide shows the bundled manual (the file the README links),
// Help › Keyboard Shortcuts lists every shortcut the window has, and every
// area in the sidebar has an icon; a first window fits its screen.

#include "MainWindow.h"
#include "UiTestHelpers.h"
#include "settings/Settings.h"

#include <QAction>
#include <QDialog>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QMenu>
#include <QScreen>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace md;
using namespace md::test;

class TestHelp final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void theUserGuideIsTheBundledManual();
    void everyShortcutIsListed();
    void everyAreaHasAnIconEvenWithoutATheme();
    void aFirstWindowFitsItsScreen();
};

void TestHelp::theUserGuideIsTheBundledManual() {
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    window.show();
    auto* action = child<QAction>(&window, "userGuideAction");
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
    QVERIFY(action->isEnabled()); // also while no workspace is open
    action->trigger();
    auto* dialog = window.findChild<QDialog*>(QStringLiteral("userGuideDialog"));
    QVERIFY(dialog && dialog->isVisible());
    const QString text = child<QTextBrowser>(dialog, "userGuideBrowser")->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("MentorDesk user guide")), qPrintable(text.left(200)));
    QVERIFY(text.contains(QStringLiteral("SMART goals")));
    QVERIFY(text.contains(QStringLiteral("recovery key")));
    // The same file as in the repository, not a copy that could drift.
    QFile bundled(QStringLiteral(":/help/user-guide.md"));
    QVERIFY(bundled.open(QIODevice::ReadOnly));
    QFile source(qEnvironmentVariable("MENTORDESK_SOURCE_DIR") +
                 QStringLiteral("/docs/user-guide.md"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QCOMPARE(bundled.readAll(), source.readAll());
    // Asking again raises the same window.
    action->trigger();
    QCOMPARE(window.findChildren<QDialog*>(QStringLiteral("userGuideDialog")).size(), 1);
}

void TestHelp::everyShortcutIsListed() {
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    window.show();
    child<QAction>(&window, "keyboardShortcutsAction")->trigger();
    auto* dialog = window.findChild<QDialog*>(QStringLiteral("keyboardShortcutsDialog"));
    QVERIFY(dialog && dialog->isVisible());
    auto* table = child<QTableWidget>(dialog, "shortcutsTable");
    QHash<QString, QString> listed;
    for (int row = 0; row < table->rowCount(); ++row)
        listed.insert(table->item(row, 0)->text(), table->item(row, 1)->text());
    QCOMPARE(listed.value(QStringLiteral("File › Lock")),
             QKeySequence(Qt::CTRL | Qt::Key_L).toString(QKeySequence::NativeText));
    QCOMPARE(listed.value(QStringLiteral("Edit › Search Everything")),
             QKeySequence(Qt::CTRL | Qt::Key_K).toString(QKeySequence::NativeText));
    QVERIFY(listed.contains(QStringLiteral("View › Clients")));
    // Every action of the window with a shortcut has its row.
    QSet<QString> keys;
    for (const QAction* action : window.findChildren<QAction*>()) {
        if (!action->shortcut().isEmpty() && !action->menu())
            keys.insert(action->shortcut().toString(QKeySequence::NativeText));
    }
    QSet<QString> listedKeys(listed.cbegin(), listed.cend());
    QCOMPARE(listedKeys, keys);
}

void TestHelp::everyAreaHasAnIconEvenWithoutATheme() {
    // The offscreen platform has no icon theme: the bundled icons stand in.
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    auto* list = child<QListWidget>(&window, "areaListWidget");
    QCOMPARE(list->count(), 6);
    for (int row = 0; row < list->count(); ++row) {
        const QIcon icon = list->item(row)->icon();
        QVERIFY2(!icon.pixmap(20, 20).isNull(), qPrintable(list->item(row)->text()));
        // Something is drawn, not an empty square.
        const QImage image = icon.pixmap(20, 20).toImage();
        int drawn = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                drawn += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
        QVERIFY2(drawn > 20, qPrintable(list->item(row)->text()));
    }
}

void TestHelp::aFirstWindowFitsItsScreen() {
    // No saved geometry: the default size, but never past the screen (the
    // toolbar's search field sits at its right edge).
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    const QSize available = window.screen()->availableGeometry().size();
    QVERIFY2(available.width() < 1180, "the test needs a screen narrower than the default");
    QVERIFY(window.width() <= available.width());
    QVERIFY(window.height() <= available.height());
}

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
