#include "pipeline/EngagementTab.h"

#include "UiStyle.h"

#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace md::pipelineui {

std::optional<double> parseNumber(const QString& text, bool* ok) {
    const QString trimmed = text.trimmed();
    *ok = true;
    if (trimmed.isEmpty())
        return std::nullopt;
    bool parsed = false;
    double value = QLocale().toDouble(trimmed, &parsed);
    if (!parsed)
        value = QLocale::c().toDouble(trimmed, &parsed);
    if (!parsed) {
        *ok = false;
        return std::nullopt;
    }
    return value;
}

QString formatNumber(const std::optional<double>& value) {
    return value ? QLocale().toString(*value, 'g', 12) : QString();
}

QStringList splitList(const QString& text) {
    static const QRegularExpression separators(QStringLiteral("[,;\\n]"));
    QStringList parts;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            parts.append(trimmed);
    }
    return parts;
}

QTableView* makeListView(QAbstractItemModel* model, const QString& objectName, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QString widestShortDate() {
    return QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat);
}

QLabel* makeErrorLabel(const QString& objectName, QWidget* parent) {
    auto* error = new QLabel(parent);
    error->setObjectName(objectName);
    ui::styleAsError(error);
    return error;
}

EditorControls makeEditorControls(const QString& item, const EditorTexts& texts, QWidget* parent) {
    const QString lowerItem = item.left(1).toLower() + item.mid(1);
    EditorControls controls;
    // Created in the order the tabs always used, which is also their tab order.
    controls.error = makeErrorLabel(lowerItem + QStringLiteral("ErrorLabel"), parent);
    controls.newButton = new QPushButton(texts.newText, parent);
    controls.newButton->setObjectName(QStringLiteral("new") + item + QStringLiteral("Button"));
    controls.saveButton = new QPushButton(texts.saveText, parent);
    controls.saveButton->setObjectName(QStringLiteral("save") + item + QStringLiteral("Button"));
    controls.deleteButton = new QPushButton(texts.deleteText, parent);
    controls.deleteButton->setObjectName(QStringLiteral("delete") + item +
                                         QStringLiteral("Button"));
    return controls;
}

QHBoxLayout* makeButtonRow(const EditorControls& controls) {
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(controls.newButton);
    buttons->addStretch();
    buttons->addWidget(controls.deleteButton);
    buttons->addWidget(controls.saveButton);
    return buttons;
}

QSplitter* placeBesideList(QWidget* tab, QTableView* view, QWidget* editor, int listStretch,
                           int editorStretch) {
    auto* splitter = new QSplitter(Qt::Horizontal, tab);
    splitter->addWidget(view);
    splitter->addWidget(editor);
    splitter->setStretchFactor(0, listStretch);
    splitter->setStretchFactor(1, editorStretch);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(splitter);
    return splitter;
}

EditorControls buildFormEditor(QWidget* tab, QTableView* view, QLayout* form, const QString& item,
                               const EditorTexts& texts, int listStretch, int editorStretch) {
    const EditorControls controls = makeEditorControls(item, texts, tab);
    QHBoxLayout* buttons = makeButtonRow(controls);

    auto* editor = new QWidget(tab);
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(form);
    editorLayout->addWidget(controls.error);
    editorLayout->addLayout(buttons);
    editorLayout->addStretch();

    placeBesideList(tab, view, editor, listStretch, editorStretch);
    return controls;
}

} // namespace md::pipelineui
