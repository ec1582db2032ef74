#include "pipeline/EngagementTab.h"

#include <QHeaderView>
#include <QLocale>
#include <QRegularExpression>
#include <QTableView>

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

} // namespace md::pipelineui
