#include "billing/ClientBalanceWidget.h"

#include "UiStyle.h"
#include "billing/BillingArea.h"
#include "billing/BillingDetailsDialog.h"
#include "billing/BillingService.h"
#include "storage/OfferingRepository.h"
#include "storage/PackageRepository.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
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
    m_packages = new QListWidget(this);
    m_packages->setObjectName(QStringLiteral("packagesListWidget"));
    m_packages->setMaximumHeight(90);
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
    layout->addWidget(m_packages);
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

void ClientBalanceWidget::setBilling(BillingService* billing) {
    if (m_billing)
        disconnect(m_billing, nullptr, this, nullptr);
    m_billing = billing;
    if (m_billing)
        connect(m_billing, &BillingService::billingChanged, this, &ClientBalanceWidget::reload);
    else
        m_clientId = 0;
    reload();
}

void ClientBalanceWidget::showClient(qint64 clientId) {
    m_clientId = clientId;
    reload();
}

void ClientBalanceWidget::reload() {
    m_packages->clear();
    const bool shown = m_billing && m_clientId > 0;
    setVisible(shown);
    m_newInvoice->setEnabled(shown);
    m_sell->setEnabled(shown);
    m_details->setEnabled(shown);
    if (!shown) {
        m_balance->clear();
        return;
    }
    const QLocale locale;
    auto balance = m_billing->clientBalance(m_clientId);
    if (!balance) {
        m_balance->setText(balance.message());
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

    auto packages = m_billing->clientPackages(m_clientId);
    if (!packages)
        return;
    for (const EngagementPackages& engagement : std::as_const(*packages)) {
        for (const PackageCredit& credit : engagement.credits) {
            const bool expired = credit.isExpired(m_billing->clock().today());
            auto* item = new QListWidgetItem(tr("%1 – %2: %3%4")
                                                 .arg(engagement.title, credit.sale.description,
                                                      credit.usageText(locale),
                                                      expired ? tr(" (expired)") : QString()),
                                             m_packages);
            item->setData(Qt::UserRole, credit.sale.id);
        }
        for (const CreditWarning& warning : engagement.warnings) {
            auto* item = new QListWidgetItem(QStringLiteral("⚠ ") + warning.message, m_packages);
            item->setForeground(QColor(0xb0, 0x60, 0x00));
        }
    }
    m_packages->setVisible(m_packages->count() > 0);
}

void ClientBalanceWidget::editBillingDetails() {
    if (!m_billing || m_clientId <= 0)
        return;
    auto* dialog = new BillingDetailsDialog(*m_billing, m_clientId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ClientBalanceWidget::sellPackage() {
    if (!m_billing || m_clientId <= 0)
        return;
    auto engagements = m_billing->packages().engagementsOf(m_clientId);
    auto offerings = m_billing->offerings().list();
    if (!engagements || !offerings)
        return;
    QList<Offering> packages;
    for (const Offering& o : *offerings)
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
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("sellPackageDialog"));
    dialog->setWindowTitle(tr("Sell package"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* engagement = new QComboBox(dialog);
    engagement->setObjectName(QStringLiteral("engagementComboBox"));
    for (const auto& [id, title] : std::as_const(*engagements))
        engagement->addItem(title, id);
    auto* package = new QComboBox(dialog);
    package->setObjectName(QStringLiteral("packageComboBox"));
    for (const Offering& o : std::as_const(packages))
        package->addItem(QStringLiteral("%1 (%2)").arg(o.name, o.price.format()), o.id);
    auto* note = new QLabel(tr("The engagement gets the package's sessions as credits, and an "
                               "invoice draft bills the price. If the client paid elsewhere, "
                               "delete the draft: the credits stay."),
                            dialog);
    note->setWordWrap(true);
    ui::styleAsSecondary(note);
    auto* form = new QFormLayout(dialog);
    form->addRow(tr("Engagement:"), engagement);
    form->addRow(tr("Package:"), package);
    form->addRow(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, engagement, package] {
        if (!m_billing)
            return;
        auto invoice = m_billing->sellPackageAndBill(engagement->currentData().toLongLong(),
                                                     package->currentData().toLongLong(),
                                                     m_billing->clock().today());
        if (!invoice)
            QMessageBox::warning(this, tr("Sell package"), invoice.message());
        else if (m_area)
            m_area->selectInvoice(invoice->id);
    });
    dialog->open();
}

} // namespace md
