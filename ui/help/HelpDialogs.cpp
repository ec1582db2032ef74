#include "help/HelpDialogs.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QSet>
#include <QShortcut>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace md {

namespace {

QDialog* dialogWithButtons(QWidget* parent, const QString& title, const QString& objectName) {
    auto* dialog = new QDialog(parent);
    dialog->setObjectName(objectName);
    dialog->setWindowTitle(title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(dialog);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return dialog;
}

void insertAboveButtons(QDialog* dialog, QWidget* content) {
    static_cast<QVBoxLayout*>(dialog->layout())->insertWidget(0, content, 1);
}

// "&Lock" as the menu shows it: "Lock".
QString plainText(const QAction* action) {
    QString text = action->text();
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text;
}

void collect(const QMenu* menu, const QString& path, QList<std::pair<QString, QString>>* rows,
             QSet<const QAction*>* seen) {
    for (QAction* action : menu->actions()) {
        if (action->menu()) {
            collect(action->menu(), path + plainText(action) + QStringLiteral(" › "), rows, seen);
            continue;
        }
        if (action->isSeparator() || action->shortcut().isEmpty())
            continue;
        seen->insert(action);
        rows->append(
            {path + plainText(action), action->shortcut().toString(QKeySequence::NativeText)});
    }
}

} // namespace

void showUserGuide(QWidget* parent) {
    static QPointer<QDialog> open;
    if (open) {
        open->raise();
        open->activateWindow();
        return;
    }
    QDialog* dialog =
        dialogWithButtons(parent, QCoreApplication::translate("md::Help", "User Guide"),
                          QStringLiteral("userGuideDialog"));
    auto* browser = new QTextBrowser(dialog);
    browser->setObjectName(QStringLiteral("userGuideBrowser"));
    browser->setOpenExternalLinks(true);
    QFile guide(QStringLiteral(":/help/user-guide.md"));
    if (guide.open(QIODevice::ReadOnly))
        browser->setMarkdown(QString::fromUtf8(guide.readAll()));
    else
        browser->setPlainText(
            QCoreApplication::translate("md::Help", "The user guide is missing from this build."));
    insertAboveButtons(dialog, browser);
    dialog->resize(640, 560);
    open = dialog;
    dialog->show();
}

void showKeyboardShortcuts(QWidget* window) {
    QList<std::pair<QString, QString>> rows;
    QSet<const QAction*> seen;
    if (auto* menuBar = window->findChild<QMenuBar*>()) {
        for (QAction* top : menuBar->actions()) {
            if (top->menu())
                collect(top->menu(), plainText(top) + QStringLiteral(" › "), &rows, &seen);
        }
    }
    // Keys without a menu entry: actions added to widgets, and shortcuts.
    for (const QAction* action : window->findChildren<QAction*>()) {
        if (seen.contains(action) || action->shortcut().isEmpty() || action->menu())
            continue;
        seen.insert(action);
        rows.append({plainText(action), action->shortcut().toString(QKeySequence::NativeText)});
    }
    for (const QShortcut* shortcut : window->findChildren<QShortcut*>()) {
        if (shortcut->key().isEmpty() || shortcut->whatsThis().isEmpty())
            continue;
        rows.append({shortcut->whatsThis(), shortcut->key().toString(QKeySequence::NativeText)});
    }

    QDialog* dialog =
        dialogWithButtons(window, QCoreApplication::translate("md::Help", "Keyboard Shortcuts"),
                          QStringLiteral("keyboardShortcutsDialog"));
    auto* table = new QTableWidget(int(rows.size()), 2, dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({QCoreApplication::translate("md::Help", "Command"),
                                      QCoreApplication::translate("md::Help", "Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < rows.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        table->setItem(row, 1, new QTableWidgetItem(rows.at(row).second));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    insertAboveButtons(dialog, table);
    dialog->resize(520, 560);
    dialog->show();
}

} // namespace md
