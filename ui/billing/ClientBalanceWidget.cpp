#include "billing/ClientBalanceWidget.h"

#include "UiStyle.h"
#include "billing/BillingArea.h"
#include "billing/BillingDetailsDialog.h"
#include "billing/BillingService.h"
#include "billing/PackageListModel.h"
#include "billing/SellPackageDialog.h"
#include "common/ChangeNotifier.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace md {

ClientBalanceWidget::ClientBalanceWidget(BillingArea* area, QWidget* parent)
    : QWidget(parent)
    , m_area(area) {
    setObjectName(QStringLiteral("clientBalanceWidget"));
    m_heading = new QLabel(tr("Billing"), this);
    ui::styleAsHeading(m_heading, 1.1);
    m_balance = new QLabel(this);
    m_balance->setObjectName(QStringLiteral("balanceLabel"));
    m_balance->setWordWrap(true);
    m_packages = new PackageListModel(true, this);
    m_packagesView = new QListView(this);
    m_packagesView->setObjectName(QStringLiteral("packagesListView"));
    m_packagesView->setModel(m_packages);
    m_packagesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_packagesView->setMaximumHeight(90);
    m_newInvoice = new QPushButton(tr("New invoice…"), this);
    m_newInvoice->setObjectName(QStringLiteral("newClientInvoiceButton"));
    m_sell = new QPushButton(tr("Sell package…"), this);
    m_sell->setObjectName(QStringLiteral("sellPackageButton"));
    m_details = new QPushButton(tr("Billing details…"), this);
    m_details->setObjectName(QStringLiteral("billingDetailsButton"));
    m_details->setToolTip(tr("The billing name, address and tax id printed on invoices."));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newInvoice);
    buttons->addWidget(m_sell);
    buttons->addWidget(m_details);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_balance);
    layout->addWidget(m_packagesView);
    layout->addLayout(buttons);

    connect(m_newInvoice, &QPushButton::clicked, this, [this] {
        Q_EMIT invoiceRequested(m_clientId);
        if (m_area)
            m_area->newInvoice(m_clientId);
    });
    connect(m_sell, &QPushButton::clicked, this, &ClientBalanceWidget::sellPackage);
    connect(m_details, &QPushButton::clicked, this, &ClientBalanceWidget::editBillingDetails);
    reload();
}

void ClientBalanceWidget::setWorkspace(Workspace* workspace) {
    if (m_workspace)
        disconnect(&m_workspace->changes(), nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(&m_workspace->changes(), &ChangeNotifier::changed, this,
                &ClientBalanceWidget::followChanges);
    else
        m_clientId = 0;
    reload();
}

void ClientBalanceWidget::showClient(qint64 clientId) {
    m_clientId = clientId;
    reload();
}

void ClientBalanceWidget::followChanges(const ChangeSet& changes) {
    // The balance sums the client's invoices and payments; the packages
    // follow sales, credits used by sessions and the engagements' titles.
    if (m_clientId > 0 &&
        changes.touchesAny({RecordKind::Invoice, RecordKind::Payment, RecordKind::PackageSale,
                            RecordKind::Engagement, RecordKind::BusinessSettings}))
        reload();
}

void ClientBalanceWidget::reload() {
    const bool shown = m_workspace && m_clientId > 0;
    setVisible(shown);
    m_newInvoice->setEnabled(shown);
    m_sell->setEnabled(shown);
    m_details->setEnabled(shown);
    if (!shown) {
        m_balance->clear();
        m_packages->clear();
        return;
    }
    BillingService& billing = m_workspace->billing();
    const QLocale locale;
    auto balance = billing.clientBalance(m_clientId);
    if (!balance) {
        m_balance->setText(balance.message().toHtmlEscaped());
        m_packages->clear();
        return;
    }
    QStringList lines;
    if (balance->outstanding.isZero())
        lines << tr("Nothing owed.");
    else
        lines << tr("Owes %1 on %n invoice(s).", nullptr, balance->openInvoices)
                     .arg(balance->outstanding.format(locale));
    if (balance->overdue.isPositive())
        lines << tr("<b>%1 overdue.</b>").arg(balance->overdue.format(locale).toHtmlEscaped());
    if (balance->credit.isPositive())
        lines << tr("Credit of %1, used by the next invoice.").arg(balance->credit.format(locale));
    m_balance->setText(lines.join(QStringLiteral("<br>")));

    auto packages = billing.clientPackages(m_clientId);
    if (packages)
        m_packages->setPackages(*packages, m_workspace->clock().today());
    else
        m_packages->clear();
    m_packagesView->setVisible(m_packages->rowCount() > 0);
}

void ClientBalanceWidget::editBillingDetails() {
    if (!m_workspace || m_clientId <= 0)
        return;
    auto* dialog = new BillingDetailsDialog(*m_workspace, m_clientId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ClientBalanceWidget::sellPackage() {
    if (!m_workspace || m_clientId <= 0)
        return;
    BillingService& billing = m_workspace->billing();
    auto engagements = billing.clientPackages(m_clientId);
    auto offerings = billing.offerings();
    if (!engagements || !offerings) {
        QMessageBox::warning(this, tr("Sell package"),
                             !engagements ? engagements.message() : offerings.message());
        return;
    }
    QList<Offering> packages;
    for (const Offering& o : std::as_const(*offerings))
        if (o.kind == OfferingKind::Package)
            packages.append(o);
    if (engagements->isEmpty() || packages.isEmpty()) {
        QMessageBox::information(this, tr("Sell package"),
                                 engagements->isEmpty()
                                     ? tr("Start an engagement for this client first.")
                                     : tr("Add a package to the price list first (Billing › Price "
                                          "list)."));
        return;
    }
    auto* dialog = new SellPackageDialog(*engagements, packages, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_workspace)
            return;
        auto invoice = m_workspace->billing().sellPackageAndBill(
            dialog->engagementId(), dialog->offeringId(), m_workspace->clock().today());
        if (!invoice)
            QMessageBox::warning(this, tr("Sell package"), invoice.message());
        else if (m_area)
            m_area->selectInvoice(invoice->id);
    });
    dialog->open();
}

} // namespace md
