#include "billing/PriceListWidget.h"

#include "UiStyle.h"
#include "billing/BillingService.h"
#include "billing/Offering.h"
#include "billing/OfferingDialog.h"
#include "billing/OfferingListModel.h"
#include "billing/TaxRates.h"
#include "settings/SettingsService.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace md {

PriceListWidget::PriceListWidget(QWidget* parent)
    : QWidget(parent) {
    m_model = new OfferingListModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("priceListTableView"));
    m_view->setModel(m_model);
    // Nothing wraps: the name takes the room left, the kind fits every kind
    // whole, and the price, tax rate and terms fit the entries (a price list
    // is a few rows, measured as they change).
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OfferingListModel::NameColumn, QHeaderView::Stretch);
    QStringList kinds;
    for (OfferingKind kind : allOfferingKinds())
        kinds << offeringKindLabel(kind);
    header->setSectionResizeMode(OfferingListModel::KindColumn, QHeaderView::Fixed);
    ui::fitColumnToTexts(m_view, OfferingListModel::KindColumn, kinds);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->setVisible(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_add = new QPushButton(tr("Add…"), this);
    m_add->setObjectName(QStringLiteral("addOfferingButton"));
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editOfferingButton"));
    m_toggle = new QPushButton(tr("Deactivate"), this);
    m_toggle->setObjectName(QStringLiteral("toggleOfferingButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_toggle);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(m_add, &QPushButton::clicked, this, [this] { edit(Offering()); });
    connect(m_edit, &QPushButton::clicked, this, &PriceListWidget::editSelected);
    connect(m_view, &QTableView::doubleClicked, this, &PriceListWidget::editSelected);
    connect(m_toggle, &QPushButton::clicked, this, &PriceListWidget::toggleActive);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PriceListWidget::updateButtons);
    // A row that changed under the selection (deactivated) changes the button.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PriceListWidget::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PriceListWidget::updateButtons);
    connect(m_model, &OfferingListModel::loadFailed, this, &PriceListWidget::statusMessage);
    updateButtons();
}

void PriceListWidget::setWorkspace(Workspace* workspace) {
    m_workspace = workspace;
    m_model->setBilling(workspace ? &workspace->billing() : nullptr,
                        workspace ? &workspace->changes() : nullptr);
    updateButtons();
}

const Offering* PriceListWidget::selected() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->offeringAt(rows.first().row());
}

void PriceListWidget::updateButtons() {
    const Offering* o = selected();
    m_add->setEnabled(m_workspace);
    m_edit->setEnabled(o);
    m_toggle->setEnabled(o);
    m_toggle->setText(o && !o->active ? tr("Activate") : tr("Deactivate"));
}

void PriceListWidget::editSelected() {
    if (const Offering* o = selected())
        edit(*o);
}

void PriceListWidget::edit(const Offering& offering) {
    if (!m_workspace)
        return;
    const auto settings = m_workspace->settings().businessSettings();
    const QString currency = settings ? settings->currency : QStringLiteral("EUR");
    Offering initial = offering;
    if (initial.id == 0 && settings) // a new entry starts at the rate new invoice lines get
        initial.taxRateBasisPoints = TaxRates::defaultRate(*settings);
    auto* dialog = new OfferingDialog(initial, currency, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto entered = dialog->offering();
        if (!entered || !m_workspace)
            return;
        BillingService& billing = m_workspace->billing();
        auto stored =
            entered->id == 0 ? billing.addOffering(*entered) : billing.updateOffering(*entered);
        Q_EMIT statusMessage(stored ? tr("Saved \"%1\".").arg(stored->name) : stored.message());
    });
    dialog->open();
}

void PriceListWidget::toggleActive() {
    const Offering* o = selected();
    if (!o || !m_workspace)
        return;
    const Status changed = m_workspace->billing().setOfferingActive(o->id, !o->active);
    if (!changed)
        Q_EMIT statusMessage(changed.message());
}

} // namespace md
