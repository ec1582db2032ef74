#pragma once

#include "billing/Offering.h"
#include "common/Result.h"

#include <QPointer>
#include <QWidget>

class QPushButton;
class QTableView;

namespace md {

class OfferingListModel;
class Workspace;

// The price list: single sessions, packages and retainers, with add, edit and
// (de)activate. Entries are never needed for manual invoices; they price held
// sessions, package sales and retainer invoices. The list follows changes
// made anywhere (OfferingListModel).
class PriceListWidget final : public QWidget {
    Q_OBJECT
public:
    explicit PriceListWidget(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    QTableView* view() const { return m_view; }
    OfferingListModel* model() const { return m_model; }

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void edit(const Offering& offering);
    void editSelected();
    void toggleActive();
    void updateButtons();
    const Offering* selected() const;

    QPointer<Workspace> m_workspace;
    OfferingListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_toggle = nullptr;
};

} // namespace md
