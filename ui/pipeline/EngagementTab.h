#pragma once

#include "pipeline/StageGate.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <optional>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QLayout;
class QPushButton;
class QSplitter;
class QTableView;

namespace md {

class Workspace;

// One tab of the engagement page: the work of one stage. The page hands
// every tab the engagement (or nothing, when locking); each tab follows the
// workspace's change notifications for what it shows.
class EngagementTab : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual void setEngagement(Workspace* workspace, qint64 engagementId) = 0;
    // Puts the focus where a missing item is filled in (a gate's FillTarget).
    virtual void focusTarget(const FillTarget& target) { Q_UNUSED(target); }
    // Selects and shows one of the tab's items (a need, a goal, an action;
    // for the evaluation, its goal); false when the tab has no such item.
    virtual bool selectItem(qint64 id) {
        Q_UNUSED(id);
        return false;
    }

Q_SIGNALS:
    void statusMessage(const QString& message);
};

// Small helpers for the tabs' forms.
namespace pipelineui {
// Parses a number typed in the user's locale (or with a dot); empty gives
// nothing; `ok` is false for text that is not a number.
std::optional<double> parseNumber(const QString& text, bool* ok);
QString formatNumber(const std::optional<double>& value);
// Splits "a, b; c" into trimmed, non-empty parts.
QStringList splitList(const QString& text);
// The read-only, one-row-at-a-time list every tab shows beside its form.
QTableView* makeListView(QAbstractItemModel* model, const QString& objectName, QWidget* parent);
// A due date as the lists show it, at its widest: what a date column is sized to.
QString widestShortDate();

// A tab editor's buttons, translated by the tab so each keeps its own tr() context.
struct EditorTexts {
    QString newText;
    QString deleteText;
    QString saveText;
};
// The error line and the New / Delete / Save buttons under a tab's form.
struct EditorControls {
    QLabel* error = nullptr;
    QPushButton* newButton = nullptr;
    QPushButton* deleteButton = nullptr;
    QPushButton* saveButton = nullptr;
};
QLabel* makeErrorLabel(const QString& objectName, QWidget* parent);
// `item` names the widgets: "Action" gives actionErrorLabel, newActionButton,
// deleteActionButton and saveActionButton (the names the tests look for).
EditorControls makeEditorControls(const QString& item, const EditorTexts& texts, QWidget* parent);
// New on the left, Delete and Save on the right.
QHBoxLayout* makeButtonRow(const EditorControls& controls);
// Fills `tab` with a splitter: the list on the left, the editor on the right.
QSplitter* placeBesideList(QWidget* tab, QTableView* view, QWidget* editor, int listStretch,
                           int editorStretch);
// The plain editor column (form, error line, buttons) beside the list.
EditorControls buildFormEditor(QWidget* tab, QTableView* view, QLayout* form, const QString& item,
                               const EditorTexts& texts, int listStretch, int editorStretch);
} // namespace pipelineui

} // namespace md
