#pragma once

#include "pipeline/StageGate.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <optional>

class QAbstractItemModel;
class QTableView;

namespace md {

class ClientRepository;
class Pipeline;

// One tab of the engagement page: the work of one stage. The page hands
// every tab the engagement (or nothing, when locking).
class EngagementTab : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual void setEngagement(Pipeline* pipeline, ClientRepository* clients,
                               qint64 engagementId) = 0;
    // Puts the focus where a missing item is filled in (a gate's FillTarget).
    virtual void focusTarget(const FillTarget& target) { Q_UNUSED(target); }

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
} // namespace pipelineui

} // namespace md
